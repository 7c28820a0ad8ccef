import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import type { NewAssessmentValues } from '../components/NewAssessmentDialog';
import { useLanguage } from '../i18n/useLanguage';
import { templateText } from '../../../assessments/questionnaire/templateText';
import type { TemplateBundle } from '../templates/templateBundle';
import type { IntakeQuestions } from './intakeAnswers';

interface ProductFieldsProps {
  bundle: TemplateBundle;
  questions: IntakeQuestions;
  values: NewAssessmentValues;
  controlStatusId: string;
  controlStatusError: string | null;
  onChange: (patch: Partial<NewAssessmentValues>) => void;
}

/** Product category and export-control status, offered with the template's own options and words. */
export function ProductFields({
  bundle,
  questions,
  values,
  controlStatusId,
  controlStatusError,
  onChange,
}: ProductFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const { text } = templateText(bundle, language);
  const { productCategory, controlStatus } = questions;
  return (
    <>
      {productCategory && (
        <fieldset className="fieldset">
          <legend className="field__label">{t('newAssessment.productCategoryLabel')}</legend>
          <div className="checkbox-grid">
            {(productCategory.options ?? []).map((option) => (
              <label key={option.value} className="checkbox">
                <input
                  type="checkbox"
                  value={option.value}
                  checked={values.productCategories.includes(option.value)}
                  onChange={(event) =>
                    onChange({
                      productCategories: event.target.checked
                        ? [...values.productCategories, option.value]
                        : values.productCategories.filter((value) => value !== option.value),
                    })
                  }
                />
                {text(`questions.${productCategory.id}.options.${option.value}`, option.label)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {controlStatus && (
        <>
          <Field
            id={controlStatusId}
            label={t('newAssessment.controlStatusLabel')}
            error={controlStatusError}
          >
            {(control) => (
              <select
                {...control}
                className="select"
                value={values.controlStatus}
                onChange={(event) => onChange({ controlStatus: event.target.value })}
              >
                <option value="">{t('newAssessment.controlStatusNotSet')}</option>
                {(controlStatus.options ?? []).map((option) => (
                  <option key={option.value} value={option.value}>
                    {text(`questions.${controlStatus.id}.options.${option.value}`, option.label)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={`${id}-code`}
            label={t('newAssessment.controlCodeLabel')}
            hint={t('newAssessment.controlCodeHint')}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="text"
                dir="ltr"
                autoComplete="off"
                value={values.controlCode}
                onChange={(event) => onChange({ controlCode: event.target.value })}
              />
            )}
          </Field>
        </>
      )}
    </>
  );
}
