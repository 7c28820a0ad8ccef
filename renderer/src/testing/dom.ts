import { act } from 'react';

/** Tells React that updates in these tests are wrapped in act(). */
export function enableActEnvironment(): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
}

/** The control a <label> with exactly this text points at. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(text: string): T {
  const label = [...document.querySelectorAll('label')].find(
    (candidate) => candidate.textContent?.trim() === text,
  );
  const control = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
  if (!control) throw new Error(`No control labelled "${text}"`);
  return control as T;
}

export function byRole<T extends HTMLElement = HTMLElement>(selector: string, text: string): T {
  const found = [...document.querySelectorAll<T>(selector)].find(
    (element) => element.textContent?.trim() === text,
  );
  if (!found) throw new Error(`No ${selector} with text "${text}"`);
  return found;
}

export function byTestId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.querySelector<T>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`No element with data-testid="${id}"`);
  return found;
}

/** Sets a controlled field's value the way typing does, so React sees the change. */
export function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const prototype =
    element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function click(element: HTMLElement): void {
  act(() => {
    element.click();
  });
}

/** Polls until the check passes (flushing React between tries); fails with the last error. */
export async function waitFor<T>(check: () => T, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
    }
  }
}
