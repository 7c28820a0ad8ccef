import * as z from 'zod';
import { readPath, writePath } from '../files/pathFields';
import { fingerprintSchema } from './schemas';

export const reviewConclusionSchema = z.enum(['concur', 'do-not-concur']);

export const countersignInputSchema = z.object({
  /** SHA-256 fingerprint of the reviewer's signing identity in this workspace. */
  identity: fingerprintSchema,
  /** The signed report to countersign. */
  path: readPath('choose the signed report'),
  /** Where the countersigned report goes; an existing file is never overwritten. */
  outPath: writePath('choose where to save the countersigned report'),
  conclusion: reviewConclusionSchema,
  /** The reviewer's comment, signed in full in /Reason; its start is drawn in the box. */
  comment: z.string().trim().max(2000).default(''),
});

export const countersignOutputSchema = z.object({
  path: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  /** The reserved field the signature went into (Reviewer1 or Reviewer2). */
  field: z.string(),
  conclusion: reviewConclusionSchema,
  signedAt: z.string(),
  /** The assessment the report carries, when its embedded assessment.json could be read. */
  assessmentId: z.string().nullable(),
  /** The verifier's verdict on the report before it was countersigned. */
  inputVerdict: z.enum(['valid', 'valid-untrusted']),
});

export type CountersignInput = z.input<typeof countersignInputSchema>;
export type CountersignOutput = z.infer<typeof countersignOutputSchema>;
