/** Which screen of the open assessment was showing, so a reload returns to the decision screen too. */
export const OPEN_SCREEN_KEY = 'assay.openScreen';

export type OpenScreen = 'assessment' | 'decision';

export function readOpenScreen(storage: Pick<Storage, 'getItem'> | null): OpenScreen {
  try {
    return storage?.getItem(OPEN_SCREEN_KEY) === 'decision' ? 'decision' : 'assessment';
  } catch {
    return 'assessment';
  }
}

export function rememberOpenScreen(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null,
  screen: OpenScreen | null,
): void {
  try {
    if (screen === 'decision') storage?.setItem(OPEN_SCREEN_KEY, screen);
    else storage?.removeItem(OPEN_SCREEN_KEY);
  } catch {
    // Without storage a reload returns to the assessment itself.
  }
}
