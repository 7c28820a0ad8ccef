const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Chosen files by name; the full path in the tooltip. */
export function FileList({ paths, testId }: { paths: readonly string[]; testId: string }) {
  return (
    <ul className="file-list" data-testid={testId}>
      {paths.map((path) => (
        <li key={path}>
          <bdi dir="ltr" title={path}>
            {baseName(path)}
          </bdi>
        </li>
      ))}
    </ul>
  );
}

interface OptionalFilesProps {
  pick: () => void;
  clear: () => void;
  paths: readonly string[];
  labels: { pick: string; hint: string; clear: string };
  testId: string;
}

/** An optional set of files that shape the verdict (trust anchors, timestamp authorities, CRLs). */
export function OptionalFiles({ pick, clear, paths, labels, testId }: OptionalFilesProps) {
  return (
    <div className="stack">
      <button type="button" className="button button--secondary" onClick={pick}>
        {labels.pick}
      </button>
      <p className="field__hint">{labels.hint}</p>
      {paths.length > 0 && (
        <>
          <FileList paths={paths} testId={testId} />
          <button type="button" className="link-button" onClick={clear}>
            {labels.clear}
          </button>
        </>
      )}
    </div>
  );
}
