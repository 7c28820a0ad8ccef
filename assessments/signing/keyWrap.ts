import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../shared/errors';

export interface SealedKey {
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/** The fingerprint is authenticated, so a sealed key cannot be moved to another certificate's row. */
const aad = (fingerprint: string) => Buffer.from(`assay/signing-key/v1:${fingerprint}`, 'utf8');

export function sealPrivateKey(pkcs8Der: Buffer, signingKey: Buffer, fingerprint: string): SealedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', signingKey, iv);
  cipher.setAAD(aad(fingerprint));
  const ciphertext = Buffer.concat([cipher.update(pkcs8Der), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
}

export function openPrivateKey(sealed: SealedKey, signingKey: Buffer, fingerprint: string): Buffer {
  try {
    const decipher = createDecipheriv('aes-256-gcm', signingKey, sealed.iv);
    decipher.setAAD(aad(fingerprint));
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    throw new AppError(
      'workspace_corrupt',
      `The private key of signing identity ${fingerprint} cannot be decrypted; the stored key was altered or belongs to another workspace.`,
      { fingerprint },
    );
  }
}
