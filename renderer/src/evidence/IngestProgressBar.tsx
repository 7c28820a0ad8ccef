import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import type { IngestProgress } from './useIngest';

interface IngestProgressBarProps {
  progress: IngestProgress;
  onCancel: () => void;
}

export function IngestProgressBar({ progress, onCancel }: IngestProgressBarProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = new Intl.NumberFormat(language);
  const percent = progress.total > 0 ? progress.done / progress.total : null;
  const label = t('evidence.adding', { name: progress.name });
  return (
    <div className="ingest-progress" data-testid="ingest-progress">
      <p className="ingest-progress__label">
        <bdi>{label}</bdi>
        {progress.count > 1 && (
          <span className="muted">
            {' · '}
            {t('evidence.addingProgress', {
              done: number.format(progress.position),
              total: number.format(progress.count),
            })}
          </span>
        )}
      </p>
      <progress
        className="ingest-progress__bar"
        aria-label={label}
        max={1}
        value={percent ?? undefined}
        aria-valuetext={
          percent === null ? undefined : new Intl.NumberFormat(language, { style: 'percent' }).format(percent)
        }
      />
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('evidence.cancelAdd')}
      </button>
    </div>
  );
}
