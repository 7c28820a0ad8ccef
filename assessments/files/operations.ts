import type { Handlers } from '../api/dispatch';
import { AppError } from '../shared/errors';
import type { FileStaging } from './fileStaging';

/** Downloads exist only where a browser window is served; elsewhere the call says why it cannot act. */
export function fileOperations(
  staging: FileStaging | undefined,
): Pick<Handlers, 'files.prepareDownload' | 'files.download'> {
  const require = (): FileStaging => {
    if (staging) return staging;
    throw new AppError(
      'invalid_input',
      'Downloads exist only in a browser window; the desktop app saves files with its save dialog.',
    );
  };
  return {
    'files.prepareDownload': ({ name }) => require().prepareDownload(name),
    'files.download': ({ ref }) => require().issueDownload(ref),
  };
}
