import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { WrongPassphraseError } from '../shared/errors';
import { canonicalJson } from '../shared/canonicalJson';
import type { KdfParams, WrappedKey } from './header';

export const DATA_KEY_BYTES = 32;

/** Production work factor: about 0.3 s and 128 MiB on a current laptop. */
export const DEFAULT_KDF_LOG_N = 17;

export function newKdfParams(logN = DEFAULT_KDF_LOG_N): KdfParams {
  return { name: 'scrypt', logN, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
}

/**
 * scrypt on libuv's thread pool, so unlocking never blocks the process that serves the window. The
 * parameters come from a header whose schema caps them (logN ≤ 20, r = 8, p ≤ 4); the passphrase is
 * passed as UTF-8 bytes in a Buffer that is zeroed once scrypt has read it.
 */
export function deriveKeyEncryptionKey(passphrase: string, kdf: KdfParams): Promise<Buffer> {
  const N = 2 ** kdf.logN;
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(
      secret,
      Buffer.from(kdf.salt, 'base64'),
      DATA_KEY_BYTES,
      { N, r: kdf.r, p: kdf.p, maxmem: 256 * N * kdf.r + 32 * 1024 * 1024 },
      (error, key) => {
        secret.fill(0);
        if (error) reject(error);
        else resolve(key);
      },
    );
  });
}

/**
 * The KDF parameters and workspace id are authenticated as additional data, so editing the header
 * (to weaken the KDF or graft the key onto another workspace) makes unwrapping fail.
 */
function wrapAad(workspaceId: string, kdf: KdfParams): Buffer {
  return Buffer.from(canonicalJson({ workspaceId, kdf }), 'utf8');
}

export function wrapDataKey(dataKey: Buffer, kek: Buffer, workspaceId: string, kdf: KdfParams): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(wrapAad(workspaceId, kdf));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    alg: 'A256GCM',
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

export function unwrapDataKey(wrapped: WrappedKey, kek: Buffer, workspaceId: string, kdf: KdfParams): Buffer {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(wrapAad(workspaceId, kdf));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
    if (key.length !== DATA_KEY_BYTES) throw new WrongPassphraseError();
    return key;
  } catch {
    throw new WrongPassphraseError();
  }
}

export type SubkeyPurpose = 'database' | 'vault' | 'signing' | 'backup' | 'anchor';

/** Separate keys per use, so a weakness in one use never exposes another. */
export function deriveSubkey(dataKey: Buffer, purpose: SubkeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), `assay/${purpose}/v1`, DATA_KEY_BYTES));
}
