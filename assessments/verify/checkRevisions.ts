import { readCertification, validPermissions } from './certification';
import { Checks } from './checks';
import { renderVerifyMessage, type VerifyMessageKey } from './messages';
import { diffRevisions } from './pdf/diffRevisions';
import type { SignatureCandidate } from './pdf/pdfDocument';
import type { PdfObjects } from './pdf/pdfObjects';
import { BudgetExceededError, isArray, PdfFormatError, type Budget } from './pdf/pdfValues';
import { revisionViews } from './pdf/revisionView';
import { readRevisions, revisionEndingAt, type RevisionReport } from './pdf/revisions';
import type { RevisionChange, VerificationCheck } from './verificationSchema';

export interface RevisionAnalysis {
  count: number;
  report: RevisionReport | null;
  /** 0-based revision the first signature covers, when it ends at one. */
  signedIndex: number | null;
  /** The signed revision, read through its own cross-reference: the report as signed. */
  signedView: PdfObjects | null;
  /** The newest revision (validation data added after signing lives here). */
  latest: PdfObjects | null;
  changes: RevisionChange[];
  checks: VerificationCheck[];
  /** Something after the first signature changes what the document shows: not allowed. */
  modified: boolean;
  /** The cross-reference structure cannot be read, so no revision can be trusted. */
  broken: boolean;
}

/** Where a signature's signed bytes end (ByteRange c + d), or null when its ByteRange is unusable. */
export function signedEnd(candidate: SignatureCandidate): number | null {
  const range = candidate.dict.entries.get('ByteRange');
  if (!isArray(range) || range.items.length !== 4) return null;
  const [, , c, d] = range.items;
  return typeof c === 'number' && typeof d === 'number' && Number.isSafeInteger(c + d) ? c + d : null;
}

/** The signatures in the order they were made: by where their signed bytes end. */
export function inSigningOrder(candidates: readonly SignatureCandidate[]): SignatureCandidate[] {
  const end = (c: SignatureCandidate) => signedEnd(c) ?? Number.MAX_SAFE_INTEGER;
  return [...candidates].sort((a, b) => end(a) - end(b) || a.offset - b.offset);
}

/**
 * Reads the file as revisions and judges everything after the first signature: further signatures,
 * their fields and appearances, document timestamps and validation data are allowed; metadata dates
 * and the producer are noted; anything else (page content, annotations, attachments, the page tree,
 * bytes or objects no cross-reference explains) is a modification, whoever signs after it.
 */
export function checkRevisions(
  bytes: Buffer,
  budget: Budget,
  candidates: readonly SignatureCandidate[],
): RevisionAnalysis {
  const checks = new Checks();
  const none: RevisionAnalysis = {
    count: 0,
    report: null,
    signedIndex: null,
    signedView: null,
    latest: null,
    changes: [],
    checks: checks.list,
    modified: false,
    broken: true,
  };
  let report: RevisionReport;
  try {
    report = readRevisions(bytes, budget);
  } catch (error) {
    if (error instanceof BudgetExceededError || !(error instanceof PdfFormatError)) throw error;
    checks.fail('revisions', 'revCheckUnreadable', { reason: error.message });
    return none;
  }
  const views = revisionViews(bytes, report, budget);
  const first = inSigningOrder(candidates)[0];
  const end = first ? signedEnd(first) : null;
  const signedIndex = end === null ? null : (revisionEndingAt(report, end) ?? null);
  const count = report.revisions.length;
  const latest = views[count - 1] ?? null;
  if (signedIndex === null) {
    if (first) checks.fail('revisions', 'revCheckSignatureNotAtRevision', { end: end ?? '—' });
    return { ...none, count, report, latest, broken: false };
  }
  // A certification (only ever the first signature) sets what may follow it.
  const docMdp = first ? validPermissions(readCertification(first.dict, views[signedIndex] ?? null)) : null;
  const changes: RevisionChange[] = diffRevisions(bytes, report, signedIndex, budget, docMdp).map(
    (change) => ({
      ...change,
      revision: change.revision + 1,
      message: renderVerifyMessage(change.key, change.params),
    }),
  );
  const signedBytes = report.revisions[signedIndex]?.end ?? bytes.length;
  const after = (offset: number) => offset >= signedBytes;
  const strayAfter = report.unreachable.filter((o) => after(o.offset));
  const strayBefore = report.unreachable.filter((o) => !after(o.offset));
  const eofAfter = report.strayEofMarkers.filter(after);
  const list = (objects: { num: number; gen: number }[]) =>
    objects
      .slice(0, 10)
      .map((o) => `${o.num} ${o.gen}`)
      .join(', ') + (objects.length > 10 ? ` (+${objects.length - 10})` : '');
  const fail = (key: VerifyMessageKey, params: Record<string, string | number>) =>
    checks.fail('revisions', key, params);
  if (strayAfter.length > 0)
    fail('revCheckObjectsAfterSigning', { count: strayAfter.length, objects: list(strayAfter) });
  if (eofAfter.length > 0) fail('revCheckUpdateWithoutXref', { count: eofAfter.length });
  // When a signature covers the newest revision, even whitespace after its signed bytes is unsigned.
  const ends = candidates.map(signedEnd).filter((e): e is number => e !== null);
  const lastEnd = ends.length > 0 ? Math.max(...ends) : null;
  const coversNewest = lastEnd !== null && revisionEndingAt(report, lastEnd) === count - 1;
  const trailing = coversNewest && lastEnd !== null ? bytes.length - lastEnd : report.trailingBytes;
  if (trailing > 0) fail('revCheckTrailingBytes', { bytes: trailing });
  if (strayBefore.length > 0)
    checks.warn('revisions', 'revCheckObjectsUnreachable', {
      count: strayBefore.length,
      objects: list(strayBefore),
    });
  const disallowed = changes.filter((c) => c.verdict === 'disallowed').length;
  if (!checks.failed && disallowed === 0)
    checks.pass('revisions', 'revCheckNothingChanged', { count, signed: signedIndex + 1 });
  return {
    count,
    report,
    signedIndex,
    signedView: views[signedIndex] ?? null,
    latest,
    changes,
    checks: checks.list,
    modified: checks.failed || disallowed > 0,
    broken: false,
  };
}
