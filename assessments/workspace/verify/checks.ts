/** One line of a workspace verification: what was checked, how it came out, in plain words. */
export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface VerificationCheck {
  /** Stable identifier (`anchor.outside`, `schema`, …) for scripts and translations. */
  id: string;
  status: CheckStatus;
  message: string;
}

export const pass = (id: string, message: string): VerificationCheck => ({ id, status: 'pass', message });
export const warn = (id: string, message: string): VerificationCheck => ({ id, status: 'warn', message });
export const fail = (id: string, message: string): VerificationCheck => ({ id, status: 'fail', message });

/** The first 16 hex digits, as the report's audit annex prints event hashes. */
export const shortHash = (hash: string): string => `${hash.slice(0, 16)}…`;
