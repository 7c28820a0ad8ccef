import type { TFunction } from 'i18next';
import type { Assumption } from '../../../assessments/scoring/sensitivitySchema';
import type { TemplateText } from '../../../assessments/questionnaire/templateText';

/**
 * One assumption as a sentence in the reader's language. Each kind has its own key and its own
 * arguments; the questions it rests on are listed beside the sentence as links, not inside it.
 */
export function assumptionSentence(
  t: TFunction,
  text: TemplateText,
  locale: string,
  assumption: Assumption,
): string {
  const floor = { high: t('risk.tier.High'), refer: t('risk.recommendation.refer') };
  const unknown = t('wizard.unknown');
  switch (assumption.kind) {
    case 'severityAssumed': {
      const args = { value: assumption.value, section: text.sectionTitle(assumption.section), unknown };
      return assumption.reason === 'unknown'
        ? t('risk.assumptions.severityUnknown', args)
        : t('risk.assumptions.severityUnanswered', args);
    }
    case 'likelihoodAssumed': {
      const args = { section: text.sectionTitle(assumption.section) };
      return assumption.noneAnswered
        ? t('risk.assumptions.likelihoodNoneAnswered', args)
        : t('risk.assumptions.likelihoodUnanswered', args);
    }
    case 'unknownAnswer':
      return t('risk.assumptions.unknownAnswer', {
        section: text.sectionTitle(assumption.section),
        risk: assumption.risk,
        unknown,
      });
    case 'gapFlag': {
      const questionId = assumption.questionIds[0] ?? '';
      return t('risk.assumptions.gapFlag', {
        message: text.flagMessage(questionId, assumption.flagId, assumption.flagId),
        ...floor,
      });
    }
    case 'unknownGate':
      return t('risk.assumptions.unknownGate', {
        share: assumption.share,
        maxShare: assumption.maxShare,
        sections: new Intl.ListFormat(locale, { type: 'conjunction' }).format(assumption.sections),
        unknown,
        ...floor,
      });
  }
}
