import type { Verdict } from './verificationSchema';

/**
 * Exit codes of `assay verify`, documented in docs/signing.md: 0 valid, 1 invalid or modified after
 * signing (also: not signed), 2 usage, 3 valid but untrusted, 4 indeterminate, 5 not verified.
 */
export const EXIT_CODE: Record<Verdict, number> = {
  valid: 0,
  invalid: 1,
  'modified-after-signing': 1,
  'not-signed': 1,
  'valid-untrusted': 3,
  indeterminate: 4,
  'not-verified': 5,
};

/** Most severe first: a batch reports the most severe verdict among its files. */
const SEVERITY: readonly Verdict[] = [
  'invalid',
  'modified-after-signing',
  'not-signed',
  'not-verified',
  'indeterminate',
  'valid-untrusted',
  'valid',
];

export function mostSevere(verdicts: readonly Verdict[]): Verdict {
  return SEVERITY.find((verdict) => verdicts.includes(verdict)) ?? 'valid';
}
