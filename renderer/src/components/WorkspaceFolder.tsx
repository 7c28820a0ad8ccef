interface WorkspaceFolderProps {
  label: string;
  directory: string;
}

/** The folder the core manages; a path reads left to right even on a right-to-left page. */
export function WorkspaceFolder({ label, directory }: WorkspaceFolderProps) {
  return (
    <dl className="workspace-folder">
      <dt className="field__label">{label}</dt>
      <dd>
        <code className="path" dir="ltr">
          {directory}
        </code>
      </dd>
    </dl>
  );
}
