import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { isolate } from '../format/isolate';
import { datasetName } from './datasetKinds';

type ImportResult = OperationOutput<'reference.import'>;

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
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const { dataset, preview } = result;
  const changes = preview?.changes ?? [];
  const previous = preview?.previous ?? null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (changes.length > 0 && !reason.trim()) {
      setReasonMissing(true);
      document.getElementById(`${baseId}-reason`)?.focus();
      return;
    }
    onConfirm(changes.length > 0 ? reason.trim() : undefined);
  };

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
      {changes.length > 0 && (
        <div className="field">
          <label className="field__label" htmlFor={`${baseId}-reason`}>
            {t('referenceData.import.reasonLabel')}
          </label>
          <p className="field__hint" id={`${baseId}-reason-hint`}>
            {t('referenceData.import.reasonHint')}
          </p>
          <textarea
            id={`${baseId}-reason`}
            className="textarea"
            dir="auto"
            maxLength={2000}
            aria-describedby={`${baseId}-reason-hint${reasonMissing ? ` ${baseId}-reason-error` : ''}`}
            aria-invalid={reasonMissing || undefined}
            aria-required="true"
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              if (event.target.value.trim()) setReasonMissing(false);
            }}
          />
          {reasonMissing && (
            <p className="field__error" id={`${baseId}-reason-error`}>
              {t('referenceData.import.reasonRequired')}
            </p>
          )}
        </div>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" data-testid="import-confirm">
          {changes.length > 0
            ? t('referenceData.import.confirmWithReason')
            : t('referenceData.import.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('referenceData.import.cancel')}
        </button>
      </div>
    </form>
  );
}
