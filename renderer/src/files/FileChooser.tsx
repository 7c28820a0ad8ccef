import { forwardRef, useId, useImperativeHandle, useRef, type ReactNode } from 'react';

export interface FileChooserProps {
  /** The button's text (e.g. "Add files…"). */
  label: ReactNode;
  /** What the file input offers first: extensions and MIME types, as in `<input accept>`. */
  accept?: string;
  multiple?: boolean;
  /** Set when the control cannot act right now; the reason is shown beside it and announced. */
  unavailableReason?: string | null;
  /** Busy (a file in flight): the button stays focusable but does nothing. */
  busy?: boolean;
  onFiles: (files: File[]) => void;
  className?: string;
  testId?: string;
}

export interface FileChooserHandle {
  focus(): void;
}

/**
 * A button that opens the system's file chooser, the same in a browser and on the desktop. The
 * chosen files go to `onFiles`; what happens to them (upload, grant) is the client's business.
 */
export const FileChooser = forwardRef<FileChooserHandle, FileChooserProps>(function FileChooser(
  { label, accept, multiple = false, unavailableReason = null, busy = false, onFiles, className, testId },
  ref,
) {
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const reasonId = useId();
  useImperativeHandle(ref, () => ({ focus: () => buttonRef.current?.focus() }), []);
  const inert = busy || unavailableReason !== null;
  return (
    <span className="file-chooser">
      <input
        ref={inputRef}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        accept={accept}
        multiple={multiple}
        data-testid={testId ? `${testId}-input` : undefined}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared so choosing the same file again still reports a change.
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <button
        ref={buttonRef}
        type="button"
        className={className ?? 'button button--secondary'}
        aria-disabled={inert ? true : undefined}
        aria-describedby={unavailableReason ? reasonId : undefined}
        data-testid={testId}
        onClick={() => {
          if (!inert) inputRef.current?.click();
        }}
      >
        {label}
      </button>
      {unavailableReason && (
        <span id={reasonId} className="field__hint file-chooser__reason">
          {unavailableReason}
        </span>
      )}
    </span>
  );
});
