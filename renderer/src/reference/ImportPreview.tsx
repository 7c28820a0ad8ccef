import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { contract, type OperationOutput } from '../../../assessments/api/contract';
import { FormField } from '../forms/FormField';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';
import { isolate } from '../format/isolate';
import { datasetName } from './datasetKinds';

type ImportResult = OperationOutput<'reference.import'>;

/** The reason the import takes with a change that needs one. */
const reasonSchema = contract['reference.import'].input.pick({ acceptChange: true }).required();
/** Without such a change nothing is asked, and whatever the field holds is not sent. */
const noReasonSchema = z.object({ acceptChange: z.string() });

interface ImportPreviewProps {
  file: string;
  result: ImportResult;
  /** Imports for good; `reason` is given when the preview found a change that needs one. */
  onConfirm: (reason: string | undefined) => void;
  onCancel: () => void;
}

/**
 * The counts of a checked file, against the latest imported version of the same list, before
 * anything is written. A drop of more than 5 % or a re-issued publication date needs a reason,
 * which is kept with the dataset and in the audit trail.
 */
export function ImportPreview({ file, result, onConfirm, onCancel }: ImportPreviewProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const { dataset, preview } = result;
  const changes = preview?.changes ?? [];
  const previous = preview?.previous ?? null;
  const needsReason = changes.length > 0;
  const form = useZodForm(needsReason ? reasonSchema : noReasonSchema, {
    defaultValues: { acceptChange: '' },
  });
  const submit = submitOnce(form, (values) => onConfirm(needsReason ? values.acceptChange : undefined));

  return (
    <form
      className={`alert ${changes.length > 0 ? 'alert--warning' : 'alert--info'} import-preview`}
      aria-labelledby={`${baseId}-title`}
      data-testid="import-preview"
      noValidate
      onSubmit={submit}
    >
      <p id={`${baseId}-title`} className="import-preview__title">
        {t('referenceData.import.previewTitle')}
      </p>
      <p>
        {t('referenceData.import.previewCounts', {
          file: isolate(file),
          source: datasetName(t, dataset),
          records: dataset.records,
          entries: dataset.entries,
          indicators: dataset.indicators,
        })}
      </p>
      <p>
        {previous
          ? t('referenceData.import.previewPrevious', {
              vintage: isolate(previous.vintage ?? '—'),
              records: previous.records,
            })
          : t('referenceData.import.previewNoPrevious')}
      </p>
      {changes.map((change) => (
        <p key={change.kind} className="import-preview__change" data-testid="import-change">
          {change.kind === 'shrink'
            ? t('referenceData.import.changeShrink', {
                records: change.records,
                previous: change.previousRecords,
                percent: Math.round((1 - change.records / Math.max(1, change.previousRecords)) * 100),
              })
            : t('referenceData.import.changeSameVintage', { vintage: isolate(change.vintage ?? '') })}
        </p>
      ))}
      {needsReason && (
        <FormField
          control={form.control}
          name="acceptChange"
          id={`${baseId}-reason`}
          label={t('referenceData.import.reasonLabel')}
          hint={t('referenceData.import.reasonHint')}
          required
          words={{ required: t('referenceData.import.reasonRequired') }}
        >
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              dir="auto"
              maxLength={2000}
              {...form.register('acceptChange')}
            />
          )}
        </FormField>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" data-testid="import-confirm">
          {needsReason ? t('referenceData.import.confirmWithReason') : t('referenceData.import.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('referenceData.import.cancel')}
        </button>
      </div>
    </form>
  );
}
