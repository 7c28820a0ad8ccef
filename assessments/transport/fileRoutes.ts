import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import * as z from 'zod';
import { dispatch, type Handlers } from '../api/dispatch';
import type { Envelope } from '../api/envelope';
import { AppError } from '../shared/errors';
import { MAX_UPLOAD_BYTES, type FileStaging } from '../files/fileStaging';

/** The evidence fields other than the file, sent beside an evidence upload (URI-encoded JSON). */
const INPUT_HEADER = 'x-assay-input';
/** The chosen file's name (URI-encoded): a name, never a path. */
const NAME_HEADER = 'x-assay-file-name';
const MAX_INPUT_HEADER_BYTES = 64 * 1024;

const evidenceFieldsSchema = z.record(z.string(), z.unknown());

export interface FileRoutesOptions {
  handlers: Handlers;
  staging: FileStaging;
  logError?: (error: unknown, op: string) => void;
}

function failure(error: AppError): Envelope<never> {
  return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The announced size and name every upload must carry; a chunked body of unknown length is refused. */
function describeUpload(req: IncomingMessage): { name: string; size: number } {
  const rawName = header(req, NAME_HEADER);
  if (!rawName)
    throw new AppError('invalid_input', `An upload needs the ${NAME_HEADER} header (the file's name).`);
  let name: string;
  try {
    name = decodeURIComponent(rawName);
  } catch {
    throw new AppError('invalid_input', `The ${NAME_HEADER} header is not URI-encoded text.`);
  }
  const length = header(req, 'content-length');
  const size = length === undefined ? Number.NaN : Number(length);
  if (!Number.isSafeInteger(size) || size < 0)
    throw new AppError('invalid_input', `${name}: an upload must state its size (Content-Length).`, {
      path: name,
    });
  if (size > MAX_UPLOAD_BYTES)
    throw new AppError(
      'invalid_input',
      `${name} is ${size} bytes; a browser window can hand over at most ${MAX_UPLOAD_BYTES} bytes.`,
      { path: name },
    );
  return { name, size };
}

/** Reads what is left of a body nobody consumed, so the reply reaches the browser intact. */
async function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return;
  req.resume();
  await new Promise<void>((resolve) => {
    req.once('end', resolve);
    req.once('close', resolve);
  });
}

/**
 * Uploads and downloads over the loopback transport. Evidence is sealed into the vault as it
 * arrives (its plaintext never reaches the disk); other files (lists, PDFs, certificates,
 * backups) are staged in a private folder and named to operations by random references.
 */
export function createFileRoutes({ handlers, staging, logError }: FileRoutesOptions) {
  return {
    async upload(req: IncomingMessage): Promise<Envelope<unknown>> {
      try {
        const { name, size } = describeUpload(req);
        return { ok: true, value: await staging.stageUpload(req, name, size) };
      } catch (error) {
        await drain(req);
        if (error instanceof AppError) return failure(error);
        logError?.(error, 'upload');
        return failure(new AppError('internal', 'The upload could not be stored.'));
      }
    },

    async uploadEvidence(req: IncomingMessage): Promise<Envelope<unknown>> {
      let ref: string | undefined;
      try {
        const { name, size } = describeUpload(req);
        const rawInput = header(req, INPUT_HEADER) ?? '%7B%7D';
        if (rawInput.length > MAX_INPUT_HEADER_BYTES)
          throw new AppError(
            'invalid_input',
            `The ${INPUT_HEADER} header exceeds ${MAX_INPUT_HEADER_BYTES} bytes.`,
          );
        let fields: unknown;
        try {
          fields = JSON.parse(decodeURIComponent(rawInput));
        } catch {
          throw new AppError('invalid_input', `The ${INPUT_HEADER} header is not URI-encoded JSON.`);
        }
        const parsed = evidenceFieldsSchema.safeParse(fields);
        if (!parsed.success)
          throw new AppError('invalid_input', `The ${INPUT_HEADER} header must hold a JSON object.`);
        ref = staging.openLiveUpload({ name, sizeBytes: size, body: req });
        // The same operation, checks and progress events as a desktop ingest; only the source differs.
        return await dispatch(handlers, 'evidence.ingest', { ...parsed.data, path: ref }, { logError });
      } catch (error) {
        if (error instanceof AppError) return failure(error);
        logError?.(error, 'upload/evidence');
        return failure(new AppError('internal', 'The evidence upload could not be stored.'));
      } finally {
        if (ref) staging.closeLiveUpload(ref);
        await drain(req);
      }
    },

    async download(id: string, res: ServerResponse): Promise<void> {
      const taken = /^[A-Za-z0-9_-]{20,100}$/.test(id) ? await staging.takeDownload(id) : null;
      if (!taken) {
        res.writeHead(404, {
          'content-type': 'text/plain; charset=utf-8',
          'x-content-type-options': 'nosniff',
        });
        res.end('This download link was already used or has expired; export the file again.');
        return;
      }
      try {
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': String(taken.sizeBytes),
          'content-disposition': `attachment; filename="${asciiFallback(taken.name)}"; filename*=UTF-8''${encodeURIComponent(taken.name)}`,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
          'referrer-policy': 'no-referrer',
        });
        await pipeline(createReadStream(taken.path), res);
      } finally {
        await taken.release();
      }
    },
  };
}

/** The quoted filename for clients that ignore filename*: ASCII only, no quotes or backslashes. */
function asciiFallback(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\]/g, '_');
}
