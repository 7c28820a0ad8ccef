import { useRef, useState, type DragEvent, type ReactNode } from 'react';

export interface FileDropZoneProps {
  /** Shown over the zone while files are dragged onto it (e.g. "Drop to attach to C3"). */
  dropLabel: string;
  /** Ignore drops (a file already in flight, or nothing can be done with one here). */
  disabled?: boolean;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  children: ReactNode;
  className?: string;
  testId?: string;
}

function carriesFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes('Files');
}

/**
 * Accepts files dragged from the desktop onto its children. Dropping is a shortcut: every drop
 * zone sits beside a FileChooser button, which is the keyboard and screen-reader path.
 */
export function FileDropZone({
  dropLabel,
  disabled = false,
  multiple = true,
  onFiles,
  children,
  className,
  testId,
}: FileDropZoneProps) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the pointer left.
  const depth = useRef(0);
  const reset = () => {
    depth.current = 0;
    setOver(false);
  };
  return (
    <div
      className={`file-drop${over ? ' file-drop--over' : ''}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      onDragEnter={(event) => {
        if (disabled || !carriesFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (disabled || !carriesFiles(event)) return;
        // Without this the browser opens the dropped file in place of the app.
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        if (disabled || !carriesFiles(event)) return;
        event.preventDefault();
        reset();
        const files = [...event.dataTransfer.files];
        if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
      }}
    >
      {children}
      {over && (
        <div className="file-drop__overlay" aria-hidden="true">
          {dropLabel}
        </div>
      )}
    </div>
  );
}
