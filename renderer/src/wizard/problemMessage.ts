import type { TFunction } from 'i18next';
import type { Question } from '../../../assessments/questionnaire/templateSchema';

/**
 * The engine (validateAnswer) decides whether an answer fits; this says so in the reader's language.
 * The engine's own wording is English and written for files and logs, not for the form.
 */
export function problemMessage(t: TFunction, question: Question): string {
  switch (question.type) {
    case 'single':
    case 'yesno':
      return t('wizard.invalid.choice');
    case 'multi':
      return t('wizard.invalid.multi');
    case 'scale':
      return t('wizard.invalid.scale');
    case 'text':
    case 'evidence':
      return t('wizard.invalid.text');
    case 'date':
      return t('wizard.invalid.date');
    case 'country':
      return t('wizard.invalid.country');
    case 'entity':
      return t('wizard.invalid.entity');
  }
}
