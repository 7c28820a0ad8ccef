import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RELIABILITY_GRADES, updateEvidenceInputSchema } from '../../../assessments/evidence/schemas';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field, type ControlProps } from '../components/Field';
import { errorText } from '../errors/errorText';
import type { EvidenceItem } from './evidenceTypes';

const CREDIBILITY_GRADES = ['1', '2', '3', '4', '5', '6'] as const;

interface Values {
  source: string;
  acquiredAt: string;
  acquiredHow: string;
  acquiredBy: string;
  reliability: string;
  credibility: string;
  restricted: boolean;
  notes: string;
}

function valuesOf(item: EvidenceItem): Values {
  return {
    source: item.source,
    acquiredAt: item.acquiredAt ?? '',
    acquiredHow: item.acquiredHow,
    acquiredBy: item.acquiredBy,
    reliability: item.reliability ?? '',
    credibility: item.credibility === null ? '' : String(item.credibility),
    restricted: item.restricted,
    notes: item.notes,
  };
}

interface ProvenanceFormProps {
  item: EvidenceItem;
  onSaved: (item: EvidenceItem) => void;
}

/** Provenance as human-rights investigators record it: source, acquisition, Admiralty grades. */
export function ProvenanceForm({ item, onSaved }: ProvenanceFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const [values, setValues] = useState<Values>(() => valuesOf(item));
  const [dateError, setDateError] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const change = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setSaved(false);
    if (key === 'acquiredAt') setDateError(false);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    // The contract's schema decides what is valid; the form only maps empty choices to null.
    const parsed = updateEvidenceInputSchema.shape.metadata.safeParse({
      ...values,
      acquiredAt: values.acquiredAt || null,
      reliability: values.reliability || null,
      credibility: values.credibility ? Number(values.credibility) : null,
    });
    if (!parsed.success) {
      setDateError(parsed.error.issues.some((issue) => issue.path[0] === 'acquiredAt'));
      if (!parsed.error.issues.some((issue) => issue.path[0] === 'acquiredAt'))
        setFailure(t('errors.invalid_input'));
      document.getElementById(`${id}-acquiredAt`)?.focus();
      return;
    }
    setSaving(true);
    try {
      const updated = await client.invoke('evidence.update', { evidenceId: item.id, metadata: parsed.data });
      setValues(valuesOf(updated));
      setSaved(true);
      onSaved(updated);
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setSaving(false);
    }
  };

  const text = (key: 'source' | 'acquiredBy', control: ControlProps) => (
    <input
      {...control}
      className="input"
      type="text"
      dir="auto"
      autoComplete="off"
      value={values[key]}
      onChange={(event) => change(key, event.target.value)}
    />
  );

  return (
    <form className="form provenance" noValidate onSubmit={(event) => void submit(event)}>
      <h4 className="provenance__heading">{t('evidence.metadata.heading')}</h4>
      <ErrorAlert message={failure} />
      <Field
        id={`${id}-source`}
        label={t('evidence.metadata.source')}
        hint={t('evidence.metadata.sourceHint')}
      >
        {(control) => text('source', control)}
      </Field>
      <div className="provenance__grid">
        <Field
          id={`${id}-acquiredAt`}
          label={t('evidence.metadata.acquiredAt')}
          error={dateError ? t('evidence.metadata.invalidDate') : null}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              value={values.acquiredAt}
              onChange={(event) => change('acquiredAt', event.target.value)}
            />
          )}
        </Field>
        <Field id={`${id}-acquiredBy`} label={t('evidence.metadata.acquiredBy')}>
          {(control) => text('acquiredBy', control)}
        </Field>
        <Field id={`${id}-reliability`} label={t('evidence.metadata.reliability')}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={values.reliability}
              onChange={(event) => change('reliability', event.target.value)}
            >
              <option value="">{t('evidence.metadata.notGraded')}</option>
              {RELIABILITY_GRADES.map((grade) => (
                <option key={grade} value={grade}>
                  {t(`evidence.reliability.${grade}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-credibility`} label={t('evidence.metadata.credibility')}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={values.credibility}
              onChange={(event) => change('credibility', event.target.value)}
            >
              <option value="">{t('evidence.metadata.notGraded')}</option>
              {CREDIBILITY_GRADES.map((grade) => (
                <option key={grade} value={grade}>
                  {t(`evidence.credibility.${grade}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id={`${id}-acquiredHow`} label={t('evidence.metadata.acquiredHow')}>
        {(control) => (
          <textarea
            {...control}
            className="textarea textarea--short"
            dir="auto"
            rows={2}
            value={values.acquiredHow}
            onChange={(event) => change('acquiredHow', event.target.value)}
          />
        )}
      </Field>
      <Field id={`${id}-notes`} label={t('evidence.metadata.notes')}>
        {(control) => (
          <textarea
            {...control}
            className="textarea textarea--short"
            dir="auto"
            rows={3}
            value={values.notes}
            onChange={(event) => change('notes', event.target.value)}
          />
        )}
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.restricted}
          onChange={(event) => change('restricted', event.target.checked)}
        />
        {t('evidence.metadata.restricted')}
      </label>
      <div className="form__actions form__actions--start">
        <button type="submit" className="button button--primary" aria-disabled={saving || undefined}>
          {saving ? t('evidence.metadata.saving') : t('evidence.metadata.save')}
        </button>
        <p className="form__status" role="status">
          {saved ? t('evidence.metadata.saved') : ''}
        </p>
      </div>
    </form>
  );
}
