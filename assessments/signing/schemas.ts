import * as z from 'zod';
import { readPath, writePath } from '../files/pathFields';

export const fingerprintSchema = z
  .string()
  .transform((value) => value.replace(/:/g, '').toLowerCase())
  .pipe(z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 certificate fingerprint (64 hex digits)'));

export const createIdentityInputSchema = z.object({
  name: z.string().trim().min(1, 'enter the signer’s name').max(200),
  organisation: z.string().trim().min(1, 'enter the organisation').max(200),
  // IA5String in the certificate: an ASCII address.
  email: z
    .email('enter an email address')
    .max(254)
    .regex(/^[\x21-\x7e]+$/, 'the email address must be ASCII'),
  validityYears: z.number().int().min(1).max(10).default(3),
});

export const importIdentityInputSchema = z.object({
  path: readPath('choose the PKCS#12 file'),
  password: z.string().max(1024),
});

export const identitySummarySchema = z.object({
  fingerprint: z.string(),
  commonName: z.string(),
  organisation: z.string(),
  email: z.string(),
  subject: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  keyAlgorithm: z.enum(['rsa', 'ec']),
  origin: z.enum(['created', 'imported']),
  selfSigned: z.boolean(),
  chainLength: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
});

export const exportCertificateInputSchema = z.object({
  fingerprint: fingerprintSchema,
  /** Also write the PEM there (a path the save dialog returned). */
  path: writePath('choose where to save the certificate').optional(),
});

export const exportCertificateOutputSchema = z.object({
  fingerprint: z.string(),
  pem: z.string(),
  path: z.string().nullable(),
});

export type CreateIdentityInput = z.input<typeof createIdentityInputSchema>;
export type IdentitySummary = z.infer<typeof identitySummarySchema>;
