import { isPlaceTab, type PlaceTab } from '../assessmentPlace/placeTabs';

/** Which tab of the open assessment was showing, so a reload returns to it. */
export const OPEN_SCREEN_KEY = 'assay.openScreen';

export function readOpenScreen(storage: Pick<Storage, 'getItem'> | null): PlaceTab {
  try {
    const stored = storage?.getItem(OPEN_SCREEN_KEY);
    return isPlaceTab(stored) ? stored : 'questionnaire';
  } catch {
    return 'questionnaire';
  }
}

export function rememberOpenScreen(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null,
  tab: PlaceTab | null,
): void {
  try {
    if (tab && tab !== 'questionnaire') storage?.setItem(OPEN_SCREEN_KEY, tab);
    else storage?.removeItem(OPEN_SCREEN_KEY);
  } catch {
    // Without storage a reload returns to the questionnaire.
  }
}
