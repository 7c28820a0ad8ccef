import * as z from 'zod';
import { readPath, writePath } from '../files/pathFields';

export const timestampRequestInputSchema = z.object({
  /** The signed PDF to timestamp later. */
  path: readPath('choose the signed PDF'),
  /** Where the request (.tsq) goes; an existing file is never overwritten. */
  outPath: writePath('choose where to save the request'),
});

export const timestampRequestOutputSchema = z.object({
  path: z.string(),
  sizeBytes: z.number().int(),
  /** SHA-256 of the byte ranges the timestamp will cover (the request's imprint), lowercase hex. */
  imprintSha256: z.string(),
});

export const timestampApplyInputSchema = z.object({
  /** The same PDF the request was made for. */
  path: readPath('choose the signed PDF'),
  /** The TSA's answer: a TimeStampResp (.tsr) or a bare TimeStampToken. */
  responsePath: readPath('choose the response file'),
  /** Where the timestamped PDF goes; an existing file is never overwritten. */
  outPath: writePath('choose where to save the timestamped report'),
});

export const timestampApplyOutputSchema = z.object({
  path: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  /** The time the token states, ISO 8601; `pdf.verify` with the TSA trusted turns it into a proven time. */
  genTime: z.string(),
  tsaName: z.string().nullable(),
  tokenBytes: z.number().int(),
});

export type TimestampRequestInput = z.output<typeof timestampRequestInputSchema>;
export type TimestampRequestOutput = z.output<typeof timestampRequestOutputSchema>;
export type TimestampApplyInput = z.output<typeof timestampApplyInputSchema>;
export type TimestampApplyOutput = z.output<typeof timestampApplyOutputSchema>;
