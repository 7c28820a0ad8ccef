import { useTranslation } from 'react-i18next';
import { useClient } from '../client/ClientContext';
import { isolate } from '../format/isolate';

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
