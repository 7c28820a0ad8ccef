import { REVIEWER_FIELDS, REVIEWER_LABEL_BAND } from './reviewerFields';
import { SignPdf } from '@signpdf/signpdf';
import type { ReviewConclusion } from './commitmentType';
import { CONCLUSION_WORDS, conclusionAppearance } from './conclusionAppearance';
import {
  appendSignatureIntoField,
  SignatureFieldError,
  signatureFields,
  type SignatureFieldInfo,
} from './fillSignatureField';
import { readNewestRevision } from './newestRevision';
import { CadesDetachedSigner, contentsCapacity, type SigningKeyMaterial } from './signPdf';

/** The empty signature fields a report reserves for reviewers, in the order they are filled. */

export interface CountersignPdfOptions {
  fieldName: string;
  conclusion: ReviewConclusion;
  comment: string;
  signingTime: Date;
  location?: string;
}

/** The /Reason of a countersignature: the conclusion in words, then the whole comment. */
export function countersignReason(conclusion: ReviewConclusion, comment: string): string {
  const words = `Reviewed: ${CONCLUSION_WORDS[conclusion].toLowerCase()}`;
  const trimmed = comment.trim();
  return trimmed ? `${words} — ${trimmed}` : words;
}

/**
 * The first reserved reviewer field that is still empty. Refuses (SignatureFieldError) a report
 * without reviewer fields, or whose reviewer fields are all signed.
 */
export function firstEmptyReviewerField(pdf: Buffer): SignatureFieldInfo {
  const fields = signatureFields(readNewestRevision(pdf));
  const reserved = REVIEWER_FIELDS.flatMap((name) => fields.filter((field) => field.name === name));
  if (reserved.length === 0)
    throw new SignatureFieldError(
      'no-such-field',
      REVIEWER_FIELDS.join(', '),
      `the PDF has no reviewer signature field (${REVIEWER_FIELDS.join(', ')})`,
    );
  const empty = reserved.find((field) => !field.signed);
  if (!empty)
    throw new SignatureFieldError(
      'already-signed',
      REVIEWER_FIELDS.join(', '),
      `every reviewer signature field (${reserved.map((field) => field.name).join(', ')}) is already signed`,
    );
  return empty;
}

/**
 * Countersigns a signed PDF: one incremental update that signs the empty field `fieldName` (PAdES
 * B-B, with a commitment-type-indication for the conclusion and the conclusion in /Reason) and
 * draws the conclusion, the reviewer, the time and the start of the comment in its widget.
 */
export async function countersignPdf(
  pdf: Buffer,
  identity: SigningKeyMaterial,
  options: CountersignPdfOptions,
): Promise<Buffer> {
  const withPlaceholder = appendSignatureIntoField(pdf, {
    fieldName: options.fieldName,
    signingTime: options.signingTime,
    reason: countersignReason(options.conclusion, options.comment),
    location: options.location,
    signerName: identity.signerName,
    contentsBytes: contentsCapacity(identity),
    appearance: (width, height) =>
      conclusionAppearance(
        {
          conclusion: options.conclusion,
          reviewerName: identity.signerName,
          signingTime: options.signingTime,
          comment: options.comment,
        },
        width,
        height,
        REVIEWER_LABEL_BAND,
      ),
  });
  return new SignPdf().sign(
    withPlaceholder,
    new CadesDetachedSigner(identity, options.conclusion),
    options.signingTime,
  );
}
