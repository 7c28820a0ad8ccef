import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../autosave/AutosaveQueue';
import { formatTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';

interface SaveStateIndicatorProps {
  id: string;
  status: SaveStatus;
}

/** Always rendered, so the live region exists before its first change and every change is heard. */
export function SaveStateIndicator({ id, status }: SaveStateIndicatorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <p
      id={id}
      className="save-state"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="save-state"
      data-state={status.kind}
      data-saved-at={status.kind === 'saved' && status.savedAt ? status.savedAt.toISOString() : undefined}
    >
      {describe()}
    </p>
  );

  function describe(): string {
    switch (status.kind) {
      case 'saved':
        return status.savedAt
          ? t('answer.saveState.saved', { time: formatTime(status.savedAt, language) })
          : t('answer.saveState.empty');
      case 'dirty':
        return t('answer.saveState.dirty');
      case 'saving':
        return t('answer.saveState.saving');
      case 'error':
        return status.retrying ? t('answer.saveState.retrying') : t('answer.saveState.failed');
    }
  }
}
