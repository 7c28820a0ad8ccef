/** Remembers which assessment is open so a reload of the tab (or window) returns to it. */
export const OPEN_ASSESSMENT_KEY = 'assay.openAssessment';

export function readOpenAssessment(storage: Pick<Storage, 'getItem'> | null): string | null {
  try {
    return storage?.getItem(OPEN_ASSESSMENT_KEY) || null;
  } catch {
    return null;
  }
}

export function rememberOpenAssessment(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null,
  id: string | null,
): void {
  try {
    if (id) storage?.setItem(OPEN_ASSESSMENT_KEY, id);
    else storage?.removeItem(OPEN_ASSESSMENT_KEY);
  } catch {
    // Without storage a reload simply returns to the list.
  }
}
