import { EMBEDDED_ASSESSMENT_NAME } from './embeddedAssessment';
import { inSigningOrder, signedEnd } from './checkRevisions';
import { readEmbeddedFile } from './pdf/embeddedFiles';
import { PdfDocument } from './pdf/pdfDocument';
import { Budget, DEFAULT_MAX_STEPS } from './pdf/pdfValues';
import { RevisionView } from './pdf/revisionView';
import { readRevisions, revisionEndingAt } from './pdf/revisions';
import { MAX_INFLATED_BYTES } from './verifyPdf';

const budget = () => new Budget(DEFAULT_MAX_STEPS, MAX_INFLATED_BYTES);

/**
 * The bytes of revision `n` (1 is the oldest) exactly as they stood when it was written: for a
 * signature's revision, the bytes as signed. Throws a plain message when there is no such revision.
 */
export function extractRevision(bytes: Buffer, n: number): Buffer {
  const report = readRevisions(bytes, budget());
  const revision = report.revisions[n - 1];
  if (!revision)
    throw new Error(`the file has ${report.revisions.length} revision(s); there is no revision ${n}`);
  // A signer may leave out the end of line after %%EOF; the bytes as signed end where it says.
  const signed = new PdfDocument(bytes, budget()).signatureCandidates
    .map(signedEnd)
    .find((end) => end !== null && revisionEndingAt(report, end) === revision.index);
  return bytes.subarray(0, signed ?? revision.end);
}

/**
 * assessment.json as the first signature signed it: read from the signed revision through its own
 * cross-reference, so an attachment swapped in a later update is never what comes out.
 */
export function extractSignedAssessmentJson(bytes: Buffer): Buffer {
  const doc = new PdfDocument(bytes, budget());
  const first = inSigningOrder(doc.signatureCandidates)[0];
  if (!first) throw new Error('the file carries no signature, so no content is signed');
  const report = readRevisions(bytes, budget());
  const end = signedEnd(first);
  const index = end === null ? undefined : revisionEndingAt(report, end);
  const revision = index === undefined ? undefined : report.revisions[index];
  if (!revision) throw new Error('the first signature does not end at a revision of the file');
  const json = readEmbeddedFile(
    new RevisionView(bytes, report, revision.index, budget()),
    EMBEDDED_ASSESSMENT_NAME,
  );
  if (!json) throw new Error(`the signed revision carries no ${EMBEDDED_ASSESSMENT_NAME}`);
  return json;
}
