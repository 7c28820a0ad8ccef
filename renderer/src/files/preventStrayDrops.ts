/**
 * A file dropped outside a drop target would make the browser (or Electron) open it in place of
 * the app, losing the screen the person was on. Such drops are swallowed; drop targets handle
 * their own before this runs.
 */
export function preventStrayDrops(win: Window): () => void {
  const swallow = (event: DragEvent): void => {
    if (event.defaultPrevented) return;
    if (event.dataTransfer && [...event.dataTransfer.types].includes('Files')) {
      event.preventDefault();
      if (event.type === 'dragover') event.dataTransfer.dropEffect = 'none';
    }
  };
  win.addEventListener('dragover', swallow);
  win.addEventListener('drop', swallow);
  return () => {
    win.removeEventListener('dragover', swallow);
    win.removeEventListener('drop', swallow);
  };
}
