import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../shared/errors';
import { Vault } from './vault';

/** Test support shared by the vault tests (not a test file itself). */
export const SMALL_CHUNK = 64 * 1024;

export function newVault(root: string, chunkSize = SMALL_CHUNK): Vault {
  return new Vault({ dir: join(root, 'vault'), key: randomBytes(32), chunkSize });
}

export function writeRandomFile(root: string, name: string, size: number): string {
  const path = join(root, name);
  writeFileSync(path, randomBytes(size));
  return path;
}

/** The SHA-256 of a whole file read at once: the reference the vault's chunked hashing must match. */
export function sha256OfFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Every file under the vault folder, temp files included. */
export function vaultFiles(root: string): string[] {
  const dir = join(root, 'vault');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw new Error(`expected an AppError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected the operation to fail');
}
