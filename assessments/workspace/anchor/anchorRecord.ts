import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import { canonicalJson } from '../../shared/canonicalJson';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits');

/**
 * The newest audit event the workspace is known to have reached, and a MAC that only the data key
 * can make: `mac = HMAC-SHA-256(anchor key, canonical JSON {hash, seq, workspaceId})`.
 */
export const anchorSchema = z
  .object({
    seq: z.number().int().min(1),
    hash: hex64,
    mac: hex64,
  })
  .strict();

export type Anchor = z.infer<typeof anchorSchema>;

function macFor(anchorKey: Buffer, workspaceId: string, seq: number, hash: string): Buffer {
  return createHmac('sha256', anchorKey).update(canonicalJson({ workspaceId, seq, hash }), 'utf8').digest();
}

export function makeAnchor(anchorKey: Buffer, workspaceId: string, seq: number, hash: string): Anchor {
  return { seq, hash, mac: macFor(anchorKey, workspaceId, seq, hash).toString('hex') };
}

/** Constant-time check that `anchor` was made with this workspace's key for this workspace. */
export function anchorMacMatches(anchorKey: Buffer, workspaceId: string, anchor: Anchor): boolean {
  const expected = macFor(anchorKey, workspaceId, anchor.seq, anchor.hash);
  const found = Buffer.from(anchor.mac, 'hex');
  return found.length === expected.length && timingSafeEqual(found, expected);
}
