/** What CRLs and OCSP responses say about one certificate, at the time a path is validated. */
export type RevocationStatus =
  | { status: 'good'; source: 'crl' | 'ocsp'; issuedAt: Date }
  | { status: 'revoked'; source: 'crl' | 'ocsp'; issuedAt: Date; revokedAt: Date; reason: string }
  | { status: 'not-checked' };

/** RFC 5280 §5.3.1 CRLReason names (also used by OCSP). */
export const REVOCATION_REASONS: Record<number, string> = {
  0: 'unspecified',
  1: 'keyCompromise',
  2: 'cACompromise',
  3: 'affiliationChanged',
  4: 'superseded',
  5: 'cessationOfOperation',
  6: 'certificateHold',
  8: 'removeFromCRL',
  9: 'privilegeWithdrawn',
  10: 'aACompromise',
};

/**
 * A "not revoked" answer speaks for the time it was issued. It covers `at` when it was issued at
 * or after `at`, or when it was still the current answer then (its next update not yet due).
 */
export function answerCovers(thisUpdate: Date, nextUpdate: Date | undefined, at: Date): boolean {
  return thisUpdate >= at || (nextUpdate !== undefined && nextUpdate >= at);
}

/** A revocation listed anywhere is final; otherwise the latest covering "good" answer. */
export function combineStatuses(statuses: readonly RevocationStatus[]): RevocationStatus {
  const revoked = statuses.find((s) => s.status === 'revoked');
  if (revoked) return revoked;
  const good = statuses
    .filter((s): s is Extract<RevocationStatus, { status: 'good' }> => s.status === 'good')
    .sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime());
  return good[0] ?? { status: 'not-checked' };
}
