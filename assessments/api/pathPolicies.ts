import { AppError } from '../shared/errors';
import type { DialogGrants } from './dialogGrants';
import type { PathPolicy } from './guardFilePaths';
import { DOWNLOAD_PREFIX, STREAM_PREFIX, UPLOAD_PREFIX, type FileStaging } from '../files/fileStaging';
import type { PathField } from '../files/pathFields';

/** Desktop window: a path is usable once the person chose it (file input, drop or save dialog). */
export function grantedPaths(grants: DialogGrants): PathPolicy {
  return {
    resolve: async (value, field) => {
      if (field.access === 'read') grants.requireReadable(value);
      else grants.requireWritable(value);
      return value;
    },
  };
}

/**
 * Browser window: it has no paths at all. A read names a file it uploaded, a write names a
 * download it prepared; anything else is refused before an operation sees it.
 */
export function stagedFiles(staging: FileStaging): PathPolicy {
  return {
    resolve: async (value, field: PathField) => {
      if (field.access === 'read') {
        if (value.startsWith(UPLOAD_PREFIX)) return staging.resolveUpload(value).path;
        // Left as it is: the operation takes the arriving bytes from the staging itself.
        if (field.stream && value.startsWith(STREAM_PREFIX)) return value;
        throw refused(value, 'a browser window reads only files chosen in its file picker or dropped on it');
      }
      if (field.target === 'folder')
        throw refused(
          value,
          'a browser window cannot name a folder; the desktop app chooses one in its save dialog',
        );
      if (value.startsWith(DOWNLOAD_PREFIX)) return staging.resolveDownload(value);
      throw refused(value, 'a browser window writes files only as downloads');
    },
    shownAs: (value) => staging.nameOf(value) ?? value,
  };
}

function refused(value: string, why: string): AppError {
  return new AppError('invalid_input', `${value} cannot be used here: ${why}.`, {
    path: value,
    issues: [{ path: 'path', message: why }],
  });
}
