import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPayload } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { isolate } from '../format/isolate';
import { useLanguage } from '../i18n/useLanguage';

type Progress = EventPayload<'reference.progress'>;

/** A file handed over from a browser is read from a staged copy that keeps the chosen name. */
const baseName = (path: string) => path.split(/[\\/]/u).pop() ?? path;

interface ImportProgressBarProps {
  /** The file in flight, as given to the import; empty while it is still being handed over. */
  path: string;
  file: string;
  /** Checking (a dry run) or importing for good. */
  stage: 'checking' | 'importing';
}

/**
 * What the core reports while it reads a reference file: a bar over the bytes read, then "saving".
 * Before the first event (small files finish before one is due) it shows an indeterminate bar.
 */
export function ImportProgressBar({ path, file, stage }: ImportProgressBarProps) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(
    () =>
      client.on('reference.progress', (payload) => {
        if (path !== '' && (payload.path === path || baseName(payload.path) === file)) setProgress(payload);
      }),
    [client, path, file],
  );
  const fraction = progress && progress.total > 0 ? progress.done / progress.total : null;
  const label =
    progress?.phase === 'storing'
      ? t('referenceData.import.storing', { file: isolate(file) })
      : stage === 'checking'
        ? t('referenceData.import.checking', { file: isolate(file) })
        : t('referenceData.import.busy', { file: isolate(file) });
  return (
    <div className="ingest-progress" role="status" data-testid="import-busy">
      <p className="ingest-progress__label">{label}</p>
      <progress
        className="ingest-progress__bar"
        aria-label={label}
        max={1}
        value={progress?.phase === 'storing' ? undefined : (fraction ?? undefined)}
        aria-valuetext={
          fraction === null
            ? undefined
            : new Intl.NumberFormat(language, { style: 'percent' }).format(fraction)
        }
      />
    </div>
  );
}
