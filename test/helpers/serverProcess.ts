import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI_BUNDLE = fileURLToPath(new URL('../../dist/cli/assay.js', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  /** Full URL including the #token fragment. */
  url: string;
  origin: string;
  token: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the real web transport (`assay serve-web`) from the built bundle, as a user would, and
 * resolves once it has printed its URL. Each call is a separate process: tests may SIGKILL it.
 */
export async function startServerProcess(
  workspaceDir: string,
  extraEnv: Record<string, string> = {},
): Promise<ServerProcess> {
  if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: run "npm run build" first.`);
  const child = spawn(
    process.execPath,
    [CLI_BUNDLE, 'serve-web', '--workspace', workspaceDir, '--port', '0'],
    {
      env: { ...process.env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (log += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`serve-web did not print its URL within 15 s:\n${log}`)),
      15_000,
    );
    child.stdout?.on('data', (chunk: string) => {
      log += chunk;
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve-web exited with code ${code} before printing its URL:\n${log}`));
    });
  });
  const parsed = new URL(url);
  return {
    child,
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    output: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function invoke<T = unknown>(
  server: Pick<ServerProcess, 'origin' | 'token'>,
  op: string,
  input: unknown,
): Promise<T> {
  const response = await fetch(`${server.origin}/invoke/${op}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as {
    ok: boolean;
    value?: T;
    error?: { code: string; message: string };
  };
  if (!envelope.ok) throw new Error(`${op}: ${envelope.error?.code}: ${envelope.error?.message}`);
  return envelope.value as T;
}

/**
 * Sends a file as a browser window does when a person attaches it as evidence: streamed to
 * `/upload/evidence`, where the core seals it as it arrives. Resolves with the result envelope.
 */
export function uploadEvidence(
  server: Pick<ServerProcess, 'origin' | 'token'>,
  file: string,
  fields: Record<string, unknown>,
): Promise<unknown> {
  const url = new URL('/upload/evidence', server.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          authorization: `Bearer ${server.token}`,
          'content-length': String(statSync(file).size),
          'x-assay-file-name': encodeURIComponent(basename(file)),
          'x-assay-input': encodeURIComponent(JSON.stringify(fields)),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve(JSON.parse(body) as unknown));
      },
    );
    req.on('error', reject);
    createReadStream(file).pipe(req);
  });
}
