import { createHash, type X509Certificate } from 'node:crypto';
import { checkEmbeddedAssessment, type ContentResult } from './checkEmbeddedAssessment';
import { checkRevisions, type RevisionAnalysis } from './checkRevisions';
import { Checks } from './checks';
import { renderVerifyMessage, type VerifyMessageKey } from './messages';
import { PdfDocument } from './pdf/pdfDocument';
import { Budget, BudgetExceededError, DEFAULT_MAX_STEPS } from './pdf/pdfValues';
import { readDss } from './readDss';
import { verifySignatures } from './verifySignatures';
import { summarise } from './summarise';
import type { TemplateLookup } from './templateLookup';
import {
  MAX_PDF_BYTES,
  type MessageParams,
  type PdfVerification,
  type SignatureVerification,
  type Verdict,
} from './verificationSchema';

export { MAX_PDF_BYTES };

/** Total decompressed bytes the verifier will produce for one file. */
export const MAX_INFLATED_BYTES = 96 * 1024 * 1024;

export interface VerifyPdfOptions {
  /** Certificates the verifier trusts as signers (a regulator's imported anchors). */
  trustAnchors?: readonly X509Certificate[];
  /** Time-stamping authorities whose timestamps prove when a signature existed. */
  tsaAnchors?: readonly X509Certificate[];
  /** Revocation lists (DER) to check certificates against, besides those in the file's DSS. */
  crls?: readonly Buffer[];
  /** Known templates by hash, to skip re-validating a template the verifier already trusts. */
  templates?: TemplateLookup;
  /** Shown in the result; verification itself never reads a path. */
  file?: string;
  /** The time of verification (certificates must be valid now unless a timestamp proves otherwise). */
  now?: Date;
  /** Work budget in steps (deterministic: the same file gives the same verdict on any machine). */
  maxSteps?: number;
}

function emptyResult(size: number, file: string | null, sha256: string | null): PdfVerification {
  return {
    file,
    sizeBytes: size,
    sha256,
    verdict: 'invalid',
    summary: [],
    signatures: [],
    revisions: { count: 0, signedRevision: null, changes: [], checks: [] },
    content: { assessmentId: null, templateRef: null, format: null, facts: null, checks: [] },
    error: null,
  };
}

function failed(
  size: number,
  file: string | null,
  sha256: string | null,
  verdict: Verdict,
  key: VerifyMessageKey,
  params: MessageParams = {},
): PdfVerification {
  const result = emptyResult(size, file, sha256);
  result.verdict = verdict;
  result.error = { key, params, message: renderVerifyMessage(key, params) };
  result.summary = summarise(result);
  return result;
}

/**
 * The overall verdict, most serious first: a failed signature or content check is invalid; any
 * change after the first signature that is not validation data or a further signature is
 * modification (whoever signed later); time evidence that cannot settle a certificate's validity is
 * indeterminate; otherwise valid, or valid-untrusted when a signer is not trusted.
 */
function decideVerdict(
  signatures: SignatureVerification[],
  revisions: RevisionAnalysis,
  content: ContentResult,
): Verdict {
  if (signatures.length === 0) return 'not-signed';
  // Without a readable revision structure nothing says which bytes are the report as signed.
  if (revisions.broken || !revisions.signedView) return 'invalid';
  if (signatures.some((s) => s.status === 'invalid')) return 'invalid';
  if (content.checks.some((c) => c.status === 'fail')) return 'invalid';
  if (revisions.modified) return 'modified-after-signing';
  if (signatures.some((s) => s.status === 'indeterminate')) return 'indeterminate';
  const people = signatures.filter((s) => s.kind === 'signature');
  return people.length > 0 && people.every((s) => s.trusted) ? 'valid' : 'valid-untrusted';
}

/** The result for a file refused for its size before it is read. */
export function refuseTooLarge(sizeBytes: number, file: string | null): PdfVerification {
  return failed(sizeBytes, file, null, 'invalid', 'fileTooLarge', { size: sizeBytes, limit: MAX_PDF_BYTES });
}

/**
 * Verifies a signed Assay report entirely in memory: the file as revisions (what changed after the
 * first signature, and whether that is allowed), every signature and document timestamp, and the
 * embedded assessment.json of the signed revision against its recomputed score, the visible pages,
 * the signer it names and the times it records. Hostile input yields a verdict with an error, never
 * an exception; the work is bounded by a step budget, so the verdict does not depend on the machine.
 */
export async function verifyPdf(bytes: Buffer, options: VerifyPdfOptions = {}): Promise<PdfVerification> {
  const file = options.file ?? null;
  if (bytes.length > MAX_PDF_BYTES) return refuseTooLarge(bytes.length, file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const headerAt = bytes.subarray(0, 1024).indexOf('%PDF-', 0, 'latin1');
  if (headerAt < 0) return failed(bytes.length, file, sha256, 'invalid', 'fileNotPdf');
  const budget = new Budget(options.maxSteps ?? DEFAULT_MAX_STEPS, MAX_INFLATED_BYTES);
  try {
    const doc = new PdfDocument(bytes, budget);
    const revisions = checkRevisions(bytes, budget, doc.signatureCandidates);
    const dss = revisions.latest ? readDss(revisions.latest) : { certs: [], crls: [], ocsps: [] };
    const signatures = await verifySignatures(bytes, doc.signatureCandidates, revisions, {
      anchors: options.trustAnchors ?? [],
      tsaAnchors: options.tsaAnchors ?? [],
      crls: [...(options.crls ?? []), ...dss.crls],
      ocsps: dss.ocsps,
      extraCertificates: dss.certs,
      now: options.now ?? new Date(),
    });
    // Nothing in a file whose every signature fails can be relied on, so its content is not read;
    // otherwise the content is the revision the first signature covers, read through its own xref.
    const usable = signatures.some((s) => s.status !== 'invalid');
    let content: ContentResult;
    if (usable && revisions.signedView) {
      content = checkEmbeddedAssessment(
        revisions.signedView,
        signatures.map((s) => ({
          number: s.index + 1,
          kind: s.kind,
          fingerprint: s.signer?.fingerprint ?? null,
          claimedTime: s.signingTime ? new Date(s.signingTime) : null,
        })),
        options.templates,
      );
    } else {
      const checks = new Checks();
      checks.skip('content', 'contentNotChecked');
      content = { assessmentId: null, templateRef: null, format: null, facts: null, checks: checks.list };
    }
    const result: PdfVerification = {
      ...emptyResult(bytes.length, file, sha256),
      verdict: decideVerdict(signatures, revisions, content),
      signatures,
      revisions: {
        count: revisions.count,
        signedRevision: revisions.signedIndex === null ? null : revisions.signedIndex + 1,
        changes: revisions.changes,
        checks: revisions.checks,
      },
      content,
    };
    result.summary = summarise(result);
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof BudgetExceededError)
      return failed(bytes.length, file, sha256, 'not-verified', 'fileBudgetExceeded', { reason });
    return failed(bytes.length, file, sha256, 'invalid', 'fileUnreadable', { reason });
  }
}
