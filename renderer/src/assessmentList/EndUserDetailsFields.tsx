import { useState } from 'react';
import { Controller, type Control, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { IDENTIFIER_TYPES } from '../../../assessments/questionnaire/answers';
import { CountrySelect } from '../components/CountrySelect';
import type { NewAssessmentOutput, NewAssessmentValues } from './newAssessmentSchema';
import { FormField } from '../forms/FormField';

export type EndUserDetailField = 'endUserNationality' | 'endUserIdentifierType' | 'endUserIdentifierValue';

interface EndUserDetailsFieldsProps {
  control: Control<NewAssessmentValues, unknown, NewAssessmentOutput>;
  register: UseFormRegister<NewAssessmentValues>;
  fieldId: (field: EndUserDetailField) => string;
}

/**
 * The end user's country and one identifier, folded away: most assessments start without them,
 * and screening uses them to tell the end user apart from a listed namesake. The dialog opens the
 * group itself when one of its fields has a problem to show.
 */
export function EndUserDetailsFields({ control, register, fieldId }: EndUserDetailsFieldsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="form-disclosure" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="form-disclosure__summary">{t('newAssessment.endUserDetails.summary')}</summary>
      <div className="form-disclosure__body">
        <p className="field__hint">{t('newAssessment.endUserDetails.hint')}</p>
        <FormField
          control={control}
          name="endUserNationality"
          id={fieldId('endUserNationality')}
          label={t('newAssessment.endUserDetails.nationality')}
          words={{ invalid: t('newAssessment.endUserDetails.errors.nationality') }}
        >
          {(props) => (
            <Controller
              control={control}
              name="endUserNationality"
              render={({ field }) => (
                <CountrySelect {...props} value={field.value} onChange={(code) => field.onChange(code)} />
              )}
            />
          )}
        </FormField>
        <div className="form-disclosure__pair">
          <FormField
            control={control}
            name="endUserIdentifierType"
            id={fieldId('endUserIdentifierType')}
            label={t('newAssessment.endUserDetails.identifierType')}
            words={{ invalid: t('newAssessment.endUserDetails.errors.identifierType') }}
          >
            {(props) => (
              <select {...props} {...register('endUserIdentifierType')} className="select">
                <option value="">{t('newAssessment.endUserDetails.identifierTypeNone')}</option>
                {IDENTIFIER_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`wizard.entity.identifierTypes.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            control={control}
            name="endUserIdentifierValue"
            id={fieldId('endUserIdentifierValue')}
            label={t('newAssessment.endUserDetails.identifierValue')}
            words={{ invalid: t('newAssessment.endUserDetails.errors.identifierValue') }}
          >
            {(props) => (
              <input
                {...props}
                {...register('endUserIdentifierValue')}
                className="input"
                type="text"
                dir="auto"
                autoComplete="off"
              />
            )}
          </FormField>
        </div>
      </div>
    </details>
  );
}
