import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { AppError } from '../shared/errors';
import { writeFileAtomicSync } from '../shared/atomicWrite';
import { anchorSchema } from './anchor/anchorRecord';

export const WORKSPACE_FORMAT = 'assay-workspace';
/** 2 adds `anchor`; version 1 headers are still read and become 2 at the next unlock. */
export const WORKSPACE_FORMAT_VERSION = 2;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');

export const MIN_KDF_LOG_N = 14;
export const MAX_KDF_LOG_N = 20;
export const KDF_R = 8;
export const MAX_KDF_P = 4;

export const kdfParamsSchema = z
  .object({
    name: z.literal('scrypt'),
    // Lower bounds stop a tampered header from downgrading the work factor to something trivial;
    // upper bounds stop it from making unlock allocate gigabytes or run for hours (checked before
    // any scrypt work): logN 20 with r 8 is 1 GiB, p 4 is four times the time of p 1.
    logN: z
      .number()
      .int()
      .min(MIN_KDF_LOG_N, `expected scrypt logN from ${MIN_KDF_LOG_N} to ${MAX_KDF_LOG_N}`)
      .max(MAX_KDF_LOG_N, `expected scrypt logN from ${MIN_KDF_LOG_N} to ${MAX_KDF_LOG_N}`),
    r: z.literal(KDF_R, `expected scrypt r = ${KDF_R}`),
    p: z
      .number()
      .int()
      .min(1, `expected scrypt p from 1 to ${MAX_KDF_P}`)
      .max(MAX_KDF_P, `expected scrypt p from 1 to ${MAX_KDF_P}`),
    salt: base64,
  })
  .strict();

export type KdfParams = z.infer<typeof kdfParamsSchema>;

export const wrappedKeySchema = z
  .object({
    alg: z.literal('A256GCM'),
    iv: base64,
    ciphertext: base64,
    tag: base64,
  })
  .strict();

export type WrappedKey = z.infer<typeof wrappedKeySchema>;

/** `workspace.json`: everything needed to unlock, nothing secret. */
export const workspaceHeaderSchema = z
  .object({
    format: z.literal(WORKSPACE_FORMAT),
    formatVersion: z.number().int().min(1),
    workspaceId: z.uuid(),
    createdAt: z.iso.datetime(),
    kdf: kdfParamsSchema,
    wrappedKey: wrappedKeySchema,
    /** The newest audit event this workspace is known to have reached (format 2); see anchor/. */
    anchor: anchorSchema.optional(),
  })
  .strict();

export type WorkspaceHeader = z.infer<typeof workspaceHeaderSchema>;

export function readWorkspaceHeader(file: string): WorkspaceHeader {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('workspace_missing', `Cannot read ${file}: ${(error as Error).message}`, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('workspace_corrupt', `${file} is not valid JSON: ${(error as Error).message}`, {
      file,
    });
  }
  const parsed = workspaceHeaderSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    const first = issues[0];
    throw new AppError(
      'workspace_corrupt',
      `${file} is not a valid workspace header: ${first ? `${first.path || '(root)'}: ${first.message}` : 'invalid'}`,
      { file, issues },
    );
  }
  if (parsed.data.formatVersion > WORKSPACE_FORMAT_VERSION) {
    throw new AppError(
      'database_from_newer_version',
      `${file} has workspace format ${parsed.data.formatVersion}; this version of Assay reads up to ${WORKSPACE_FORMAT_VERSION}.`,
      { file, found: parsed.data.formatVersion, supported: WORKSPACE_FORMAT_VERSION },
    );
  }
  return parsed.data;
}

export function writeWorkspaceHeader(file: string, header: WorkspaceHeader): void {
  writeFileAtomicSync(file, `${JSON.stringify(workspaceHeaderSchema.parse(header), null, 2)}\n`);
}
