import { open, type FileHandle } from 'node:fs/promises';
import { fileError } from '../shared/errors';
import { countNewlines } from './csvReader';
import { ImportError } from './importError';
import { IMPORT_LIMITS } from './limits';

/** The bytes of a file, read in chunks, with how far the reading has got. */
export type ByteSource = AsyncIterable<Uint8Array>;

/** Reads a file in 1 MiB chunks; `onRead(done)` after each chunk. Memory stays bounded by a chunk. */
export async function* fileChunks(
  path: string,
  onRead?: (done: number) => void,
  chunkBytes: number = IMPORT_LIMITS.chunkBytes,
): ByteSource {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileError(error, path, 'read');
  }
  try {
    let done = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(chunkBytes);
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) return;
      done += bytesRead;
      onRead?.(done);
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** A source as given, or bytes in memory as one. */
export function asSource(input: Uint8Array | ByteSource): ByteSource {
  return input instanceof Uint8Array ? bytesChunks(input) : input;
}

/** Bytes already in memory, as a source (tests, and parts extracted from a workbook). */
export async function* bytesChunks(
  bytes: Uint8Array,
  chunkBytes: number = IMPORT_LIMITS.chunkBytes,
): ByteSource {
  for (let start = 0; start < bytes.length; start += chunkBytes)
    yield bytes.subarray(start, Math.min(bytes.length, start + chunkBytes));
}

/**
 * Strict UTF-8 text of a byte source, chunk by chunk; the first invalid byte is reported with its
 * file and line. A NUL character is left to the reader, which names its line.
 */
export async function* utf8Text(source: ByteSource, file: string, hint = ''): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 0;
  for await (const chunk of source) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw invalidUtf8(chunk, lines, file, hint);
    }
    lines += countNewlines(text);
    yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new ImportError({ file, line: lines + 1 }, `the file ends inside a UTF-8 character${hint}`);
  }
}

/**
 * Text of a list published in Windows-1252 that may have been re-saved as UTF-8: the first
 * non-ASCII bytes decide. Valid UTF-8 there means UTF-8 throughout (a later invalid byte is an
 * error); otherwise the file is read as Windows-1252, whose curly quotes are never valid UTF-8.
 */
export async function* utf8OrWindows1252Text(source: ByteSource, file: string): AsyncGenerator<string> {
  let mode: 'undecided' | 'utf8' | 'cp1252' = 'undecided';
  let utf8 = new TextDecoder('utf-8', { fatal: true });
  const cp1252 = new TextDecoder('windows-1252');
  let lines = 0;
  for await (const chunk of source) {
    let text: string;
    if (mode === 'cp1252') text = cp1252.decode(chunk, { stream: true });
    else if (mode === 'undecided' && chunk.every((byte) => byte < 0x80)) text = cp1252.decode(chunk);
    else {
      try {
        text = utf8.decode(chunk, { stream: true });
        mode = 'utf8';
      } catch (error) {
        if (mode === 'utf8') throw invalidUtf8(chunk, lines, file, '');
        void error;
        utf8 = new TextDecoder('utf-8', { fatal: true });
        mode = 'cp1252';
        text = cp1252.decode(chunk, { stream: true });
      }
    }
    lines += countNewlines(text);
    yield text;
  }
}

function invalidUtf8(chunk: Uint8Array, linesBefore: number, file: string, hint: string): ImportError {
  const lossy = new TextDecoder('utf-8').decode(chunk);
  const bad = lossy.indexOf('\ufffd');
  const line = linesBefore + (bad === -1 ? 0 : countNewlines(lossy.slice(0, bad))) + 1;
  return new ImportError({ file, line }, `the file is not valid UTF-8${hint}`);
}
