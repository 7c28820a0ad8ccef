/** The tabs of one assessment's place, in the order the work is done. */
export const PLACE_TABS = ['questionnaire', 'evidence', 'screening', 'decision', 'report'] as const;
export type PlaceTab = (typeof PLACE_TABS)[number];

export function isPlaceTab(value: unknown): value is PlaceTab {
  return typeof value === 'string' && (PLACE_TABS as readonly string[]).includes(value);
}
