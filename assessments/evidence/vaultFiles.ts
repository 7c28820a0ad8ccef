import { open, rm, type FileHandle } from 'node:fs/promises';

export function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** FileHandle.write may write less than asked; loop until every byte is at its position. */
export async function writeAllAt(handle: FileHandle, bytes: Buffer, position: number): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const result = await handle.write(bytes, written, bytes.length - written, position + written);
    written += result.bytesWritten;
  }
}

/** Makes a rename durable: the directory entry itself must reach the disk. */
export async function fsyncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; the rename is already durable enough there.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Used only on failure paths, where the original error is the one worth reporting. */
export async function discardFile(handle: FileHandle | undefined, path: string): Promise<void> {
  await handle?.close().catch(() => undefined);
  await rm(path, { force: true }).catch(() => undefined);
}

export function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error as Error | undefined)?.name === 'AbortError';
}

export function isDiskFull(error: unknown): boolean {
  const code = errnoOf(error);
  return code === 'ENOSPC' || code === 'EDQUOT';
}
