import { useTranslation } from 'react-i18next';
import { useClient } from '../client/ClientContext';

/** First-strong isolates keep a Latin path whole and in order inside an Arabic sentence. */
function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

interface SavedFileNoticeProps {
  /** What `client.files.saveAs` answered: the chosen path (desktop) or the downloaded file's name. */
  savedAs: string;
  testId?: string;
}

/**
 * Where an export went: the path chosen in the save dialog on the desktop, or, in a browser, that
 * the download started (the browser, not Assay, decides where it lands).
 */
export function SavedFileNotice({ savedAs, testId }: SavedFileNoticeProps) {
  const { t } = useTranslation();
  const { savesWithDialog } = useClient().files;
  return (
    <p className="saved-file" data-testid={testId}>
      {savesWithDialog
        ? t('files.savedTo', { path: isolate(savedAs) })
        : t('files.downloadStarted', { name: isolate(savedAs) })}
    </p>
  );
}
