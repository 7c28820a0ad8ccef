import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

interface ModalProps {
  title: string;
  onClose: () => void;
  /** Receives focus when the dialog opens; defaults to the browser's choice (first focusable). */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /** For content wider than a form (tables side by side). */
  wide?: boolean;
  children: ReactNode;
}

/**
 * A native modal <dialog>: the browser makes the page behind it inert, traps focus and turns
 * Escape into a `cancel` event. The parent owns open/closed by mounting it; on unmount focus goes
 * back to whatever opened it.
 */
export function Modal({ title, onClose, initialFocusRef, wide, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = document.activeElement;
    if (!dialog.open) {
      // jsdom (unit tests) has no showModal; an open attribute is the closest it gets.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    initialFocusRef?.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [initialFocusRef]);

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={(event) => {
        // Closing is the parent's decision (it unmounts us); the browser must not close on its own.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__header">
        <h2 id={titleId}>{title}</h2>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
