import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import {
  MAX_MAX_LIST_AGE_DAYS,
  MIN_MAX_LIST_AGE_DAYS,
  maxListAgeDaysSchema,
} from '../../../assessments/settings/schemas';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { errorText } from '../errors/errorText';

export type WorkspaceSettings = OperationOutput<'settings.get'>;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; days: number }
  | { kind: 'failed'; message: string };

interface ListAgeSettingProps {
  settings: WorkspaceSettings;
  onSaved: (settings: WorkspaceSettings) => void;
}

/** The workspace's limit on the age of screening lists, which signed reports warn about. */
export function ListAgeSetting({ settings, onSaved }: ListAgeSettingProps) {
  const { t } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const [draft, setDraft] = useState(String(settings.screeningMaxListAgeDays));
  const [invalid, setInvalid] = useState(false);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state.kind === 'saving') return;
    // An empty field is not zero: Number('') would pass as 0 and be refused with the wrong reason.
    const checked = maxListAgeDaysSchema.safeParse(draft.trim() === '' ? Number.NaN : Number(draft));
    setInvalid(!checked.success);
    if (!checked.success) {
      setState({ kind: 'idle' });
      document.getElementById(`${baseId}-days`)?.focus();
      return;
    }
    setState({ kind: 'saving' });
    try {
      const saved = await client.invoke('settings.set', {
        ...settings,
        screeningMaxListAgeDays: checked.data,
      });
      setState({ kind: 'saved', days: saved.screeningMaxListAgeDays });
      onSaved(saved);
    } catch (error) {
      setState({ kind: 'failed', message: errorText(t, error) });
    }
  };

  return (
    <section className="panel" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`}>{t('referenceData.listAge.title')}</h2>
      <p className="muted">{t('referenceData.listAge.intro')}</p>
      <form className="form list-age-form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          id={`${baseId}-days`}
          label={t('referenceData.listAge.label')}
          error={
            invalid
              ? t('referenceData.listAge.invalid', { min: MIN_MAX_LIST_AGE_DAYS, max: MAX_MAX_LIST_AGE_DAYS })
              : null
          }
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
              value={draft}
              onChange={(event) => {
                setDraft(event.target.value);
                if (state.kind === 'saved') setState({ kind: 'idle' });
              }}
            />
          )}
        </Field>
        <div className="form__actions list-age-form__actions">
          <button
            type="submit"
            className="button button--primary"
            aria-disabled={state.kind === 'saving' || undefined}
          >
            {state.kind === 'saving' ? t('referenceData.listAge.saving') : t('referenceData.listAge.save')}
          </button>
        </div>
      </form>
      <p role="status" className="form__status" data-testid="list-age-status">
        {state.kind === 'saved' ? t('referenceData.listAge.saved', { count: state.days }) : null}
      </p>
      {state.kind === 'failed' && <ErrorAlert message={state.message} />}
    </section>
  );
}
