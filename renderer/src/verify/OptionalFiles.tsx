import { useTranslation } from 'react-i18next';
import { FileChooser } from '../files/FileChooser';
import { FileDropZone } from '../files/FileDropZone';

/** Chosen files by the names the person knows them by. */
export function FileList({ files, testId }: { files: readonly File[]; testId: string }) {
  return (
    <ul className="file-list" data-testid={testId}>
      {files.map((file, index) => (
        // Two folders can hold files of the same name: the position keeps the keys apart.
        <li key={`${index}-${file.name}`}>
          <bdi dir="ltr">{file.name}</bdi>
        </li>
      ))}
    </ul>
  );
}

interface OptionalFilesProps {
  accept: string;
  onFiles: (files: File[]) => void;
  clear: () => void;
  files: readonly File[];
  labels: { pick: string; hint: string; clear: string };
  testId: string;
}

/**
 * An optional set of files that shape the verdict (trust anchors, timestamp authorities, CRLs),
 * chosen with its button or dropped onto the group.
 */
export function OptionalFiles({ accept, onFiles, clear, files, labels, testId }: OptionalFilesProps) {
  const { t } = useTranslation();
  return (
    <FileDropZone
      dropLabel={t('files.dropHere')}
      onFiles={onFiles}
      className="stack"
      testId={`${testId}-drop`}
    >
      <FileChooser
        label={labels.pick}
        accept={accept}
        multiple
        onFiles={onFiles}
        testId={`${testId}-choose`}
      />
      <p className="field__hint">{labels.hint}</p>
      {files.length > 0 && (
        <>
          <FileList files={files} testId={testId} />
          <button type="button" className="link-button" onClick={clear}>
            {labels.clear}
          </button>
        </>
      )}
    </FileDropZone>
  );
}
