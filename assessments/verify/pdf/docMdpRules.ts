import type { RevisionChange } from './revisionDiff';

/**
 * The permissions of the document's certification (DocMDP /P), or null when the first signature
 * does not certify: 1 no change, 2 filling in the form and signing, 3 also annotations.
 */
export type DocMdp = 1 | 2 | 3 | null;

/**
 * Under P=1 only validation data and document timestamps may follow the certification: a new
 * signature is refused, and so is what would otherwise be a tolerated change (refreshed dates, an
 * unused object, a signature box covering its page).
 */
export function refuseUnderNoChanges(change: RevisionChange): RevisionChange {
  if (change.key === 'revSignatureAdded')
    return { ...change, verdict: 'disallowed', key: 'revCertifiedSignatureRefused' };
  if (change.verdict !== 'warning') return change;
  return {
    ...change,
    verdict: 'disallowed',
    key: 'revCertifiedChangeRefused',
    params: { ...change.params, object: change.objectNumber ?? '—' },
  };
}
