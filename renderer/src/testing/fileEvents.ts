import { act } from 'react';

function element<T extends Element>(target: T | string, suffix = ''): T {
  if (typeof target !== 'string') return target;
  const found = document.querySelector<T>(`[data-testid="${target}${suffix}"]`);
  if (!found) throw new Error(`no element with test id ${target}${suffix}`);
  return found;
}

/**
 * What a file input reports when the person chooses `files` in the system's chooser. A test id
 * names the FileChooser (its input carries the id with `-input`).
 */
export function chooseFiles(input: HTMLInputElement | string, files: File[]): void {
  const target = element(input, typeof input === 'string' ? '-input' : '');
  Object.defineProperty(target, 'files', { value: files, configurable: true });
  act(() => {
    target.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** A drag from the desktop ending on `target`: jsdom has no DataTransfer, so the events carry a stand-in. */
export function dropFiles(target: Element | string, files: File[]): void {
  const zone = element(target);
  const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
  for (const type of ['dragenter', 'dragover', 'drop']) {
    const event = new Event(type, { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
    act(() => {
      zone.dispatchEvent(event);
    });
  }
}
