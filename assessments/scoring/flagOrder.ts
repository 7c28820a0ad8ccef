import type { RedFlagCode } from '../questionnaire/templateSchema';

// A record, not a list, so a new flag code does not compile until it has a place in the order.
const RANK: Record<RedFlagCode, number> = { STOP: 0, ESC: 1, NOTIFY: 2, GAP: 3 };

/**
 * The order in which red flags are shown everywhere (app, report, command line): gravest first. It
 * is not the engine's order, which follows the template so the result stays byte-stable.
 */
export const FLAG_CODE_ORDER = (Object.keys(RANK) as RedFlagCode[]).sort((a, b) => RANK[a] - RANK[b]);

export function compareFlags(a: { code: RedFlagCode }, b: { code: RedFlagCode }): number {
  return RANK[a.code] - RANK[b.code];
}

/** A copy of `flags` in display order; flags of one code keep their template order. */
export function inFlagOrder<T extends { code: RedFlagCode }>(flags: readonly T[]): T[] {
  return [...flags].sort(compareFlags);
}
