import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type OperationOutput } from '../../../assessments/api/contract';
import { MAX_MAX_LIST_AGE_DAYS, MIN_MAX_LIST_AGE_DAYS } from '../../../assessments/settings/schemas';
import { useClient } from '../client/ClientContext';
import { applyCoreProblems } from '../forms/applyCoreProblems';
import { everyProblem } from '../forms/fieldErrorText';
import { FormError } from '../forms/FormError';
import { FormField } from '../forms/FormField';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';

export type WorkspaceSettings = OperationOutput<'settings.get'>;

const listAgeSchema = contract['settings.set'].input.pick({ screeningMaxListAgeDays: true });

interface ListAgeSettingProps {
  settings: WorkspaceSettings;
  onSaved: (settings: WorkspaceSettings) => void;
}

/** The workspace's limit on the age of screening lists, which signed reports warn about. */
export function ListAgeSetting({ settings, onSaved }: ListAgeSettingProps) {
  const { t } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const [savedDays, setSavedDays] = useState<number | null>(null);
  const form = useZodForm(listAgeSchema, {
    defaultValues: { screeningMaxListAgeDays: settings.screeningMaxListAgeDays },
  });
  const { isSubmitting } = form.formState;

  const submit = submitOnce(
    form,
    async (values) => {
      setSavedDays(null);
      try {
        const saved = await client.invoke('settings.set', { ...settings, ...values });
        setSavedDays(saved.screeningMaxListAgeDays);
        onSaved(saved);
      } catch (error) {
        applyCoreProblems(form, error, t);
      }
    },
    () => setSavedDays(null),
  );

  return (
    <section className="panel" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`}>{t('referenceData.listAge.title')}</h2>
      <p className="muted">{t('referenceData.listAge.intro')}</p>
      <form className="form list-age-form" noValidate onSubmit={submit}>
        <FormError control={form.control} />
        <FormField
          control={form.control}
          name="screeningMaxListAgeDays"
          id={`${baseId}-days`}
          label={t('referenceData.listAge.label')}
          words={everyProblem(
            t('referenceData.listAge.invalid', { min: MIN_MAX_LIST_AGE_DAYS, max: MAX_MAX_LIST_AGE_DAYS }),
          )}
        >
          {(control) => (
            <input
              {...control}
              className="input list-age-form__days"
              type="number"
              inputMode="numeric"
              min={MIN_MAX_LIST_AGE_DAYS}
              max={MAX_MAX_LIST_AGE_DAYS}
              step={1}
              // An empty field is NaN, not zero, so it is refused as no number rather than as too small.
              {...form.register('screeningMaxListAgeDays', {
                valueAsNumber: true,
                onChange: () => setSavedDays(null),
              })}
            />
          )}
        </FormField>
        <div className="form__actions list-age-form__actions">
          <button type="submit" className="button button--primary" aria-disabled={isSubmitting || undefined}>
            {isSubmitting ? t('referenceData.listAge.saving') : t('referenceData.listAge.save')}
          </button>
        </div>
      </form>
      <p role="status" className="form__status" data-testid="list-age-status">
        {savedDays !== null ? t('referenceData.listAge.saved', { count: savedDays }) : null}
      </p>
    </section>
  );
}
