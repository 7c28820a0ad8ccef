import { constants, type BigIntStats } from 'node:fs';
import { lstat, open, stat, type FileHandle } from 'node:fs/promises';
import { AppError } from '../shared/errors';

/** An evidence file opened for reading, with the fstat taken right after opening. */
export interface OpenedSource {
  handle: FileHandle;
  before: BigIntStats;
}

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Turns a file-system error about the evidence file into a message that says what to fix. */
export function sourceError(path: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = errnoCode(error);
  const details = { path, errno: code };
  switch (code) {
    case 'ENOENT':
      return new AppError('not_found', `Evidence file ${path} does not exist.`, details);
    case 'EACCES':
    case 'EPERM':
      return new AppError('permission_denied', `No permission to read evidence file ${path}.`, details, {
        cause: error,
      });
    case 'ENAMETOOLONG':
      return new AppError('invalid_input', `The path of evidence file ${path} is too long.`, details);
    case 'ENOTDIR':
      return new AppError('invalid_input', `A folder in the path ${path} is not a folder.`, details);
    case 'ELOOP':
      return new AppError('invalid_input', `Evidence file ${path} is a loop of symbolic links.`, details);
    case 'EISDIR':
      return new AppError('invalid_input', `Evidence path ${path} is a directory, not a file.`, details);
    default:
      return new AppError('internal', `Could not read evidence file ${path}: ${String(error)}`, details);
  }
}

function describeKind(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  return 'a device';
}

interface Kind {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
}

function refuseUnlessRegular(path: string, info: Kind, viaLink: boolean): void {
  if (info.isFile()) return;
  const prefix = viaLink ? 'a symbolic link to ' : '';
  throw new AppError(
    'invalid_input',
    `Evidence path ${path} is ${prefix}${describeKind(info)}, not a regular file.`,
    { path },
  );
}

/**
 * Classifies the path before opening it (opening a FIFO would block until a writer appears),
 * then opens non-blocking and re-checks the opened descriptor, so a path swapped for a special
 * file between the check and the open is still refused.
 */
export async function openSource(path: string): Promise<OpenedSource> {
  try {
    const link = await lstat(path);
    if (link.isSymbolicLink()) refuseUnlessRegular(path, await stat(path), true);
    else refuseUnlessRegular(path, link, false);
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const before = await handle.stat({ bigint: true });
      refuseUnlessRegular(path, before, false);
      return { handle, before };
    } catch (error) {
      await handle.close();
      throw error;
    }
  } catch (error) {
    throw sourceError(path, error);
  }
}

export function changedWhileReading(path: string, detail: string): AppError {
  return new AppError(
    'conflict',
    `Evidence file ${path} changed while being read (${detail}); nothing was stored. Try again once it is no longer being written.`,
    { path },
  );
}

/** Compares the fstat after the read with the one before it and with the bytes actually read. */
export function assertUnchanged(
  path: string,
  before: BigIntStats,
  after: BigIntStats,
  bytesRead: number,
): void {
  if (after.size !== before.size)
    throw changedWhileReading(path, `size went from ${before.size} to ${after.size} bytes`);
  if (BigInt(bytesRead) !== before.size) {
    throw changedWhileReading(path, `${bytesRead} bytes were read but it had ${before.size}`);
  }
  if (after.mtimeNs !== before.mtimeNs) throw changedWhileReading(path, 'its modification time changed');
  if (after.ino !== before.ino || after.dev !== before.dev)
    throw changedWhileReading(path, 'it was replaced');
}
