import * as z from 'zod';
import { readPath } from '../files/pathFields';

/** Larger files are refused before parsing; reports are a few megabytes. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;

/** A PEM bundle of trust anchors is a few kilobytes; anything this large is not one. */
export const MAX_TRUST_ANCHOR_FILE_BYTES = 1024 * 1024;

export const checkStatusSchema = z.enum(['pass', 'fail', 'warn', 'skip']);

export const messageParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/**
 * One named check: a message key with parameters (shown in the interface language) and the same
 * sentence rendered in English (what the command line prints).
 */
export const verificationCheckSchema = z.object({
  id: z.string(),
  status: checkStatusSchema,
  key: z.string(),
  params: messageParamsSchema,
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
  /** A signature by a person, or an RFC 3161 document timestamp (ETSI.RFC3161). */
  kind: z.enum(['signature', 'document-timestamp']),
  /** The first signature is the assessor's; later ones countersign; timestamps only prove time. */
  role: z.enum(['assessor', 'countersigner', 'timestamp']),
  subFilter: z.string().nullable(),
  byteRange: z.array(z.number()).nullable(),
  /** The revision (1-based, oldest first) whose bytes the signature covers, when it ends at one. */
  revision: z.number().int().nullable(),
  /** Bytes of the file after the end of the signed range (later revisions, or appended bytes). */
  bytesAfterSignedRange: z.number().int().nullable(),
  /** The signer's claim (/M, else CMS signing-time), ISO 8601. */
  signingTime: z.string().nullable(),
  /** genTime of a trusted RFC 3161 timestamp over this signature (or the document timestamp's own). */
  provenTime: z.string().nullable(),
  timestampAuthority: z
    .object({ subject: z.string(), fingerprint: z.string(), trusted: z.boolean() })
    .nullable(),
  signer: signerCertificateSchema.nullable(),
  /** A certification signature (DocMDP): the permissions it grants (1 none, 2 forms and signing, 3 also annotations). */
  certification: z.object({ permissions: z.number() }).nullable(),
  trusted: z.boolean(),
  status: z.enum(['valid', 'valid-untrusted', 'indeterminate', 'invalid']),
  /**
   * What the signer concluded, when the signature states a CAdES commitment type: 'approval'
   * (a reviewer concurs), 'creation' (Assay writes "do not concur" this way), another ETSI type's
   * name or an OID; `reason` is the signature's /Reason, the conclusion in words.
   */
  conclusion: z.object({ commitment: z.string(), reason: z.string().nullable() }).nullable(),
  checks: z.array(verificationCheckSchema),
});

/** One object that changed in a revision after the first signature, and whether that is allowed. */
export const revisionChangeSchema = z.object({
  /** 1-based revision that made the change. */
  revision: z.number().int(),
  objectNumber: z.number().int().nullable(),
  kind: z.string(),
  /** 1-based page the change applies to, when it applies to one. */
  page: z.number().int().nullable(),
  verdict: z.enum(['allowed', 'warning', 'disallowed']),
  key: z.string(),
  params: messageParamsSchema,
  message: z.string(),
});

/** The decision a signed report carries, for the first lines a licensing officer reads. */
export const reportFactsSchema = z.object({
  tier: z.string(),
  computedRecommendation: z.string(),
  finalRecommendation: z.string().nullable(),
  reviewDate: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  generatedAt: z.string(),
  signerFingerprint: z.string().nullable(),
});

export const verdictSchema = z.enum([
  'valid',
  'valid-untrusted',
  'indeterminate',
  'invalid',
  'modified-after-signing',
  'not-verified',
  'not-signed',
]);

/** A sentence for a person, as a message key with parameters and in English. */
export const verifyMessageSchema = z.object({
  key: z.string(),
  params: messageParamsSchema,
  message: z.string(),
});

export const pdfVerificationSchema = z.object({
  file: z.string().nullable(),
  sizeBytes: z.number().int(),
  sha256: z.string().nullable(),
  verdict: verdictSchema,
  /** Plain-language sentences, most important first. */
  summary: z.array(z.string()),
  signatures: z.array(signatureVerificationSchema),
  /** The file as revisions: how many, which one the first signature covers, what changed after it. */
  revisions: z.object({
    count: z.number().int(),
    signedRevision: z.number().int().nullable(),
    changes: z.array(revisionChangeSchema),
    checks: z.array(verificationCheckSchema),
  }),
  content: z.object({
    assessmentId: z.string().nullable(),
    templateRef: z.string().nullable(),
    format: z.string().nullable(),
    facts: reportFactsSchema.nullable(),
    checks: z.array(verificationCheckSchema),
  }),
  /** Set when the file could not be read at all (not a PDF, too large, work budget exhausted). */
  error: verifyMessageSchema.nullable(),
});

export type MessageParams = z.infer<typeof messageParamsSchema>;
export type VerificationCheck = z.infer<typeof verificationCheckSchema>;
export type SignatureVerification = z.infer<typeof signatureVerificationSchema>;
export type PdfVerification = z.infer<typeof pdfVerificationSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type RevisionChange = z.infer<typeof revisionChangeSchema>;
export type ReportFacts = z.infer<typeof reportFactsSchema>;
export type VerifyMessage = z.infer<typeof verifyMessageSchema>;

export const verifyPdfInputSchema = z
  .object({
    /** A file to read (preferred: read here with a size cap). */
    path: readPath('choose the PDF').optional(),
    /** Or the bytes themselves, base64 (for a renderer that only has a dropped file's contents). */
    bytesBase64: z
      .string()
      .max(Math.ceil(MAX_PDF_BYTES / 3) * 4)
      .optional(),
    /** Certificates (PEM) the verifier trusts. */
    trustAnchorsPem: z.array(z.string().max(1_000_000)).max(100).default([]),
    /** Or PEM files to read (a renderer cannot read files itself); each at most MAX_TRUST_ANCHOR_FILE_BYTES. */
    trustAnchorPaths: z.array(readPath()).max(100).default([]),
    /** Time-stamping authorities (PEM) whose RFC 3161 timestamps prove when a signature existed. */
    tsaAnchorsPem: z.array(z.string().max(1_000_000)).max(100).default([]),
    tsaAnchorPaths: z.array(readPath()).max(100).default([]),
    /** Certificate revocation lists (DER or PEM) to check the signers' certificates against. */
    crlPaths: z.array(readPath()).max(100).default([]),
  })
  .refine((input) => (input.path === undefined) !== (input.bytesBase64 === undefined), {
    message: 'give either path or bytesBase64',
    path: ['path'],
  });
