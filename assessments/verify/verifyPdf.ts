import { createHash, type X509Certificate } from 'node:crypto';
import { checkEmbeddedAssessment, type ContentResult, type TemplateLookup } from './checkEmbeddedAssessment';
import { checkSignature } from './checkSignature';
import { PdfDocument } from './pdf/pdfDocument';
import { Budget } from './pdf/pdfValues';
import { summarise } from './summarise';
import {
  MAX_PDF_BYTES,
  type PdfVerification,
  type SignatureVerification,
  type Verdict,
} from './verificationSchema';

export { MAX_PDF_BYTES };

/** Total decompressed bytes the verifier will produce for one file. */
export const MAX_INFLATED_BYTES = 96 * 1024 * 1024;
/** Reading one file stops with an error after this long. */
export const DEFAULT_TIME_LIMIT_MS = 1500;

export interface VerifyPdfOptions {
  /** Certificates the verifier trusts (a regulator's imported anchors). */
  trustAnchors?: readonly X509Certificate[];
  /** Known templates by hash, to skip re-validating a template the verifier already trusts. */
  templates?: TemplateLookup;
  /** Shown in the result; verification itself never reads a path. */
  file?: string;
  /** When to judge certificate validity if a signature claims no time. */
  now?: Date;
  timeLimitMs?: number;
}

function failed(
  bytes: Buffer | number,
  file: string | null,
  sha256: string | null,
  error: string,
): PdfVerification {
  const result: PdfVerification = {
    file,
    sizeBytes: typeof bytes === 'number' ? bytes : bytes.length,
    sha256,
    verdict: 'invalid',
    summary: [],
    signatures: [],
    content: { assessmentId: null, templateRef: null, checks: [] },
    error,
  };
  result.summary = summarise(result);
  return result;
}

function decideVerdict(signatures: SignatureVerification[], content: ContentResult, size: number): Verdict {
  if (signatures.length === 0) return 'not-signed';
  if (signatures.some((s) => s.status === 'invalid')) return 'invalid';
  const signedEnd = Math.max(...signatures.map((s) => size - (s.bytesAfterSignedRange ?? size)));
  if (signedEnd < size) return 'modified-after-signing';
  if (content.checks.some((c) => c.status === 'fail')) return 'invalid';
  return signatures.every((s) => s.trusted) ? 'valid' : 'valid-untrusted';
}

/** The result for a file refused for its size before it is read. */
export function refuseTooLarge(sizeBytes: number, file: string | null): PdfVerification {
  return failed(
    sizeBytes,
    file,
    null,
    `The file is ${sizeBytes} bytes; files over ${MAX_PDF_BYTES} bytes are not verified.`,
  );
}

/**
 * Verifies a signed Assay report entirely in memory: every signature (ByteRange, digest, CMS,
 * signing-certificate-v2, certificate validity, trust), bytes appended after signing, and the
 * embedded assessment.json of the signed revision against its recomputed score and the visible
 * pages. Hostile input yields an "invalid" result with an error, never an exception or a hang.
 */
export function verifyPdf(bytes: Buffer, options: VerifyPdfOptions = {}): PdfVerification {
  const file = options.file ?? null;
  if (bytes.length > MAX_PDF_BYTES) {
    return failed(
      bytes,
      file,
      null,
      `The file is ${bytes.length} bytes; files over ${MAX_PDF_BYTES} bytes are not verified.`,
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const headerAt = bytes.subarray(0, 1024).indexOf('%PDF-', 0, 'latin1');
  if (headerAt < 0) return failed(bytes, file, sha256, 'This is not a PDF file (no %PDF- header).');
  const deadline = performance.now() + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  try {
    const doc = new PdfDocument(bytes, new Budget(deadline, MAX_INFLATED_BYTES));
    const signatures = doc.signatureCandidates.map((candidate, index) =>
      checkSignature(bytes, candidate, index, {
        anchors: options.trustAnchors ?? [],
        now: options.now ?? new Date(),
      }),
    );
    // The content that was signed is the revision the (furthest-reaching) valid signature covers;
    // anything appended later is not read as the report.
    const anyUsable = signatures.length === 0 || signatures.some((s) => s.status !== 'invalid');
    const ends = signatures
      .filter((s) => s.status !== 'invalid' && s.byteRange)
      .map((s) => bytes.length - (s.bytesAfterSignedRange ?? 0));
    const signedEnd = ends.length > 0 ? Math.max(...ends) : bytes.length;
    const contentDoc =
      signedEnd === bytes.length
        ? doc
        : new PdfDocument(bytes.subarray(0, signedEnd), new Budget(deadline, MAX_INFLATED_BYTES));
    // Nothing in a file whose every signature fails can be relied on, so its content is not read.
    const content: ContentResult = anyUsable
      ? checkEmbeddedAssessment(contentDoc, options.templates)
      : {
          assessmentId: null,
          templateRef: null,
          checks: [
            {
              id: 'content',
              status: 'skip',
              message: 'The content was not checked because no signature is valid.',
            },
          ],
        };
    const result: PdfVerification = {
      file,
      sizeBytes: bytes.length,
      sha256,
      verdict: decideVerdict(signatures, content, bytes.length),
      summary: [],
      signatures,
      content,
      error: null,
    };
    result.summary = summarise(result);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(bytes, file, sha256, `The PDF cannot be read: ${message}.`);
  }
}
