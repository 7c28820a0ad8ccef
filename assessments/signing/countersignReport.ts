import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { AppError } from '../shared/errors';
import { appendAuditEvent } from '../audit/auditLog';
import { writeFileAtomicSync } from '../shared/atomicWrite';
import { PdfFormatError } from '../verify/pdf/pdfValues';
import type { TemplateLookup } from '../verify/templateLookup';
import { MAX_PDF_BYTES, type Verdict } from '../verify/verificationSchema';
import { verifyPdf } from '../verify/verifyPdf';
import { countersignPdf, firstEmptyReviewerField } from './countersignPdf';
import { countersignInputSchema, type CountersignInput, type CountersignOutput } from './countersignSchemas';
import { SignatureFieldError } from './fillSignatureField';
import { loadSigningKey, type IdentityDeps } from './identityService';

/** Why a report that did not verify is not countersigned, by verdict. */
const REFUSED_BECAUSE: Partial<Record<Verdict, string>> = {
  'modified-after-signing': 'it was modified after it was signed',
  invalid: 'its signatures or its content do not verify',
  indeterminate: 'the time evidence cannot show its signer’s certificate was valid when it signed',
  'not-signed': 'it carries no signature',
  'not-verified': "it could not be verified within the verifier's work limits",
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function readReport(path: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a regular file');
    size = stat.size;
  } catch (error) {
    throw new AppError('not_found', `Cannot read ${path}: ${(error as Error).message}`, { field: 'path' });
  }
  if (size > MAX_PDF_BYTES)
    throw new AppError('invalid_input', `${path} is ${size} bytes; a report is at most ${MAX_PDF_BYTES}.`, {
      field: 'path',
    });
  return readFileSync(path);
}

/** The reserved field to sign, or a refusal that names the file and what is wrong with it. */
function reviewerField(path: string, pdf: Buffer): string {
  try {
    return firstEmptyReviewerField(pdf).name;
  } catch (error) {
    if (error instanceof SignatureFieldError)
      throw new AppError('conflict', `${path} cannot be countersigned: ${error.message}.`, {
        field: 'path',
        problem: error.problem === 'already-signed' ? 'no-empty-reviewer-field' : 'no-reviewer-field',
      });
    if (error instanceof PdfFormatError)
      throw new AppError('invalid_input', `${path} cannot be countersigned: ${error.message}.`, {
        field: 'path',
      });
    throw error;
  }
}

/**
 * `report.countersign`: a reviewer's approval signature on a signed report. The report is verified
 * first and countersigned only when its signatures hold and nothing changed after them (a reviewer
 * must not lend a signature to altered bytes); trust in the assessor is the regulator's to settle.
 * The signature goes into the first empty reserved field (Reviewer1, then Reviewer2) in one
 * incremental update; the output is written atomically, never over an existing file, and the
 * countersignature is recorded in the reviewer's audit log.
 */
export async function countersignReport(
  deps: IdentityDeps & { templates?: TemplateLookup },
  rawInput: CountersignInput,
): Promise<CountersignOutput> {
  const input = countersignInputSchema.parse(rawInput);
  const { ws, clock } = deps;
  if (existsSync(input.outPath))
    throw new AppError('conflict', `${input.outPath} already exists; choose another file name.`, {
      field: 'outPath',
    });
  const pdf = readReport(input.path);
  const verified = await verifyPdf(pdf, { file: input.path, templates: deps.templates, now: clock.now() });
  if (verified.verdict !== 'valid' && verified.verdict !== 'valid-untrusted')
    throw new AppError(
      'conflict',
      `${input.path} is not countersigned: ${REFUSED_BECAUSE[verified.verdict] ?? verified.verdict} (verdict ${verified.verdict}).`,
      { field: 'path', verdict: verified.verdict, summary: verified.summary },
    );
  const field = reviewerField(input.path, pdf);
  const signedAt = clock.now();
  const countersigned = await countersignPdf(pdf, loadSigningKey({ ws }, input.identity), {
    fieldName: field,
    conclusion: input.conclusion,
    comment: input.comment,
    signingTime: signedAt,
  });
  try {
    writeFileAtomicSync(input.outPath, countersigned);
  } catch (error) {
    throw new AppError('internal', `${input.outPath} could not be written: ${(error as Error).message}`, {
      field: 'outPath',
    });
  }
  const assessmentId = verified.content.assessmentId;
  const outputSha256 = sha256(countersigned);
  ws.db.transaction(() => {
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: 'report.countersigned',
        // A report from another workspace may carry no readable assessment; its bytes name it then.
        subjectType: assessmentId ? 'assessment' : 'report',
        subjectId: assessmentId ?? sha256(pdf),
        payload: {
          inputSha256: sha256(pdf),
          outputSha256,
          conclusion: input.conclusion,
          comment: input.comment,
          identity: input.identity,
          field,
          path: input.outPath,
        },
      },
      signedAt,
    );
  })();
  return {
    path: input.outPath,
    sha256: outputSha256,
    sizeBytes: countersigned.length,
    field,
    conclusion: input.conclusion,
    signedAt: signedAt.toISOString(),
    assessmentId,
    inputVerdict: verified.verdict,
  };
}
