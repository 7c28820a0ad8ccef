import { z } from 'zod';

/** Larger files are refused before parsing; reports are a few megabytes. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;

/** A PEM bundle of trust anchors is a few kilobytes; anything this large is not one. */
export const MAX_TRUST_ANCHOR_FILE_BYTES = 1024 * 1024;

export const checkStatusSchema = z.enum(['pass', 'fail', 'warn', 'skip']);

/** One named check with a plain-language message saying what was found. */
export const verificationCheckSchema = z.object({
  id: z.string(),
  status: checkStatusSchema,
  message: z.string(),
});

export const signerCertificateSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  /** SHA-256 of the DER certificate, lowercase hex. */
  fingerprint: z.string(),
  serialNumber: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  selfSigned: z.boolean(),
});

export const signatureVerificationSchema = z.object({
  index: z.number().int(),
  objectNumber: z.number().int(),
  subFilter: z.string().nullable(),
  byteRange: z.array(z.number()).nullable(),
  /** Bytes of the file after the end of the signed range (an appended update when > 0). */
  bytesAfterSignedRange: z.number().int().nullable(),
  signingTime: z.string().nullable(),
  signer: signerCertificateSchema.nullable(),
  trusted: z.boolean(),
  status: z.enum(['valid', 'valid-untrusted', 'invalid']),
  checks: z.array(verificationCheckSchema),
});

export const verdictSchema = z.enum([
  'valid',
  'valid-untrusted',
  'invalid',
  'modified-after-signing',
  'not-signed',
]);

export const pdfVerificationSchema = z.object({
  file: z.string().nullable(),
  sizeBytes: z.number().int(),
  sha256: z.string().nullable(),
  verdict: verdictSchema,
  /** Plain-language sentences, most important first. */
  summary: z.array(z.string()),
  signatures: z.array(signatureVerificationSchema),
  content: z.object({
    assessmentId: z.string().nullable(),
    templateRef: z.string().nullable(),
    checks: z.array(verificationCheckSchema),
  }),
  /** Set when the file could not be read at all (not a PDF, too large, time limit). */
  error: z.string().nullable(),
});

export type VerificationCheck = z.infer<typeof verificationCheckSchema>;
export type SignatureVerification = z.infer<typeof signatureVerificationSchema>;
export type PdfVerification = z.infer<typeof pdfVerificationSchema>;
export type Verdict = z.infer<typeof verdictSchema>;

export const verifyPdfInputSchema = z
  .object({
    /** A file to read (preferred: read here with a size cap). */
    path: z.string().min(1).max(32_768).optional(),
    /** Or the bytes themselves, base64 (for a renderer that only has a dropped file's contents). */
    bytesBase64: z
      .string()
      .max(Math.ceil(MAX_PDF_BYTES / 3) * 4)
      .optional(),
    /** Certificates (PEM) the verifier trusts. */
    trustAnchorsPem: z.array(z.string().max(1_000_000)).max(100).default([]),
    /** Or PEM files to read (a renderer cannot read files itself); each at most MAX_TRUST_ANCHOR_FILE_BYTES. */
    trustAnchorPaths: z.array(z.string().min(1).max(32_768)).max(100).default([]),
  })
  .refine((input) => (input.path === undefined) !== (input.bytesBase64 === undefined), {
    message: 'give either path or bytesBase64',
    path: ['path'],
  });
