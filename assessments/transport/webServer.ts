import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dispatch, type Handlers } from '../api/dispatch';
import type { EventHub } from '../api/events';
import type { FileStaging } from '../files/fileStaging';
import { createFileRoutes } from './fileRoutes';
import { CONTENT_SECURITY_POLICY, mimeTypeFor, resolveStaticPath } from './staticFiles';

export interface WebServerOptions {
  handlers: Handlers;
  hub: EventHub;
  /** Where the window's uploads and downloads are kept; removed when the server closes. */
  staging: FileStaging;
  /** The built renderer (dist/renderer). */
  staticRoot: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
  logError?: (error: unknown, op: string) => void;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const HOST = '127.0.0.1';

/**
 * The loopback transport: serves the built renderer and `POST /invoke/:op` → the same dispatch as
 * Electron's IPC. Bound to 127.0.0.1 only; every call needs the per-run token, and requests whose
 * Host is not this loopback address are refused (DNS-rebinding defence). Files travel as uploads
 * and single-use downloads (fileRoutes.ts); the page never names a path.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const tokenBytes = Buffer.from(token, 'utf8');
  const streams = new Set<ServerResponse>();
  let port = 0;
  const files = createFileRoutes({
    handlers: options.handlers,
    staging: options.staging,
    logError: options.logError,
  });

  const isAuthorised = (presented: string | null | undefined): boolean => {
    if (!presented) return false;
    const bytes = Buffer.from(presented, 'utf8');
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logError?.(error, `${req.method} ${req.url}`);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Server error.' } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) {
      sendText(res, 421, 'Misdirected request: this server answers only on its loopback address.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];

    if (url.pathname.startsWith('/invoke/')) {
      if (req.method !== 'POST') return sendText(res, 405, 'Use POST.');
      if (!isAuthorised(bearer)) return sendUnauthorised(res);
      const body = await readJsonBody(req);
      if (!body.ok)
        return sendJson(res, body.status, {
          ok: false,
          error: { code: 'invalid_input', message: body.message },
        });
      const op = decodeURIComponent(url.pathname.slice('/invoke/'.length));
      return sendJson(
        res,
        200,
        await dispatch(options.handlers, op, body.value, { logError: options.logError }),
      );
    }

    if (url.pathname === '/events') {
      if (!isAuthorised(url.searchParams.get('token'))) return sendUnauthorised(res);
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      const unsubscribe = options.hub.subscribe((event, payload) => {
        // Progress events name the file being read; the page knows it by its name, not where it is staged.
        res.write(`data: ${options.staging.scrub(JSON.stringify({ event, payload }))}\n\n`);
      });
      req.on('close', () => {
        unsubscribe();
        streams.delete(res);
      });
      return;
    }

    if (url.pathname === '/upload' || url.pathname === '/upload/evidence') {
      if (req.method !== 'POST') return sendText(res, 405, 'Use POST.');
      if (!isAuthorised(bearer)) {
        req.resume();
        return sendUnauthorised(res);
      }
      const envelope = url.pathname === '/upload' ? await files.upload(req) : await files.uploadEvidence(req);
      // A refusal is an answer, as on /invoke: the envelope says what was wrong.
      return sendJson(res, 200, envelope);
    }

    if (url.pathname.startsWith('/download/')) {
      if (req.method !== 'GET') return sendText(res, 405, 'Use GET.');
      // The link itself is the credential: random, single-use and valid for a minute, because a
      // browser following it to save a file cannot send the session token.
      return files.download(url.pathname.slice('/download/'.length), res);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.');
    const file = resolveStaticPath(options.staticRoot, url.pathname);
    if (!file) return sendText(res, 404, 'Not found.');
    res.writeHead(200, {
      'content-type': mimeTypeFor(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => {
          options.staging.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

type BodyResult = { ok: true; value: unknown } | { ok: false; status: number; message: string };

async function readJsonBody(req: IncomingMessage): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      return { ok: false, status: 413, message: `Request body exceeds ${MAX_BODY_BYTES} bytes.` };
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, status: 400, message: `Request body is not valid JSON: ${(error as Error).message}` };
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

function sendUnauthorised(res: ServerResponse): void {
  sendJson(res, 401, {
    ok: false,
    error: {
      code: 'unauthorized',
      message: 'Missing or wrong session token: open the link printed by `assay serve-web`.',
    },
  });
}
