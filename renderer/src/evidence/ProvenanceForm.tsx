import { useEffect, useId, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { RELIABILITY_GRADES, evidenceMetadataSchema } from '../../../assessments/evidence/schemas';
import { useClient } from '../client/ClientContext';
import { DateInput } from '../components/DateInput';
import { applyCoreProblems } from '../forms/applyCoreProblems';
import { FormError } from '../forms/FormError';
import { FormField } from '../forms/FormField';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';
import type { EvidenceItem } from './evidenceTypes';

const CREDIBILITY_GRADES = ['1', '2', '3', '4', '5', '6'] as const;
const shape = evidenceMetadataSchema.shape;

/** An empty field or "not graded" choice is no value. */
const blankAsNull = <T extends z.ZodType>(schema: T) =>
  z.union([z.literal('').transform(() => null), schema]);

/**
 * The contract's provenance fields as the form holds them: dates and grades as the strings the
 * fields give, parsed to what `evidence.update` takes.
 */
export const provenanceFormSchema = z.object({
  source: shape.source,
  acquiredAt: blankAsNull(shape.acquiredAt),
  acquiredHow: shape.acquiredHow,
  acquiredBy: shape.acquiredBy,
  reliability: blankAsNull(shape.reliability),
  credibility: blankAsNull(
    z.enum(CREDIBILITY_GRADES).transform(Number).pipe(shape.credibility.unwrap().unwrap()),
  ),
  restricted: shape.restricted,
  notes: shape.notes,
});

type ProvenanceValues = z.input<typeof provenanceFormSchema>;

function valuesOf(item: EvidenceItem): ProvenanceValues {
  return {
    source: item.source,
    acquiredAt: item.acquiredAt ?? '',
    acquiredHow: item.acquiredHow,
    acquiredBy: item.acquiredBy,
    reliability: item.reliability ?? '',
    credibility:
      item.credibility === null ? '' : (String(item.credibility) as ProvenanceValues['credibility']),
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
  const form = useZodForm(provenanceFormSchema, { defaultValues: valuesOf(item) });
  const { control, register } = form;
  const [saved, setSaved] = useState(false);

  // "Saved" holds only until the next change.
  useEffect(() => {
    const subscription = form.watch(() => setSaved(false));
    return () => subscription.unsubscribe();
  }, [form]);

  const save = async (metadata: z.output<typeof provenanceFormSchema>) => {
    try {
      const updated = await client.invoke('evidence.update', { evidenceId: item.id, metadata });
      form.reset(valuesOf(updated));
      setSaved(true);
      onSaved(updated);
    } catch (error) {
      applyCoreProblems(form, error, t);
    }
  };

  const saving = form.formState.isSubmitting;
  return (
    <form className="form provenance" noValidate onSubmit={submitOnce(form, save)}>
      <h4 className="provenance__heading">{t('evidence.metadata.heading')}</h4>
      <FormError control={control} />
      <FormField
        control={control}
        name="source"
        id={`${id}-source`}
        label={t('evidence.metadata.source')}
        hint={t('evidence.metadata.sourceHint')}
      >
        {(field) => (
          <input
            {...field}
            className="input"
            type="text"
            dir="auto"
            autoComplete="off"
            {...register('source')}
          />
        )}
      </FormField>
      <div className="provenance__grid">
        <FormField
          control={control}
          name="acquiredAt"
          id={`${id}-acquiredAt`}
          label={t('evidence.metadata.acquiredAt')}
          words={{ invalid: t('evidence.metadata.invalidDate') }}
        >
          {(field) => (
            <Controller
              control={control}
              name="acquiredAt"
              render={({ field: date }) => (
                <DateInput
                  {...field}
                  ref={date.ref}
                  name={date.name}
                  value={typeof date.value === 'string' ? date.value : ''}
                  onChange={date.onChange}
                  onBlur={date.onBlur}
                />
              )}
            />
          )}
        </FormField>
        <FormField
          control={control}
          name="acquiredBy"
          id={`${id}-acquiredBy`}
          label={t('evidence.metadata.acquiredBy')}
        >
          {(field) => (
            <input
              {...field}
              className="input"
              type="text"
              dir="auto"
              autoComplete="off"
              {...register('acquiredBy')}
            />
          )}
        </FormField>
        <FormField
          control={control}
          name="reliability"
          id={`${id}-reliability`}
          label={t('evidence.metadata.reliability')}
        >
          {(field) => (
            <select {...field} className="select" {...register('reliability')}>
              <option value="">{t('evidence.metadata.notGraded')}</option>
              {RELIABILITY_GRADES.map((grade) => (
                <option key={grade} value={grade}>
                  {t(`evidence.reliability.${grade}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          control={control}
          name="credibility"
          id={`${id}-credibility`}
          label={t('evidence.metadata.credibility')}
        >
          {(field) => (
            <select {...field} className="select" {...register('credibility')}>
              <option value="">{t('evidence.metadata.notGraded')}</option>
              {CREDIBILITY_GRADES.map((grade) => (
                <option key={grade} value={grade}>
                  {t(`evidence.credibility.${grade}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField
        control={control}
        name="acquiredHow"
        id={`${id}-acquiredHow`}
        label={t('evidence.metadata.acquiredHow')}
      >
        {(field) => (
          <textarea
            {...field}
            className="textarea textarea--short"
            dir="auto"
            rows={2}
            {...register('acquiredHow')}
          />
        )}
      </FormField>
      <FormField control={control} name="notes" id={`${id}-notes`} label={t('evidence.metadata.notes')}>
        {(field) => (
          <textarea
            {...field}
            className="textarea textarea--short"
            dir="auto"
            rows={3}
            {...register('notes')}
          />
        )}
      </FormField>
      <label className="checkbox">
        <input type="checkbox" {...register('restricted')} />
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
