import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loopbackRequest } from '../../test/helpers/loopbackRequest';
import { useTempDir } from '../../test/helpers/tempDir';
import { TEST_PASSPHRASE, newSession, noTemplates, steppingClock } from '../../test/helpers/workspace';
import { EventHub } from '../api/events';
import { createHandlers } from '../api/handlers';
import { FileStaging } from '../files/fileStaging';
import { stagedFiles } from '../api/pathPolicies';
import type { WorkspaceSession } from '../workspace/session';
import { startWebServer, type WebServer } from './webServer';

/** Raw request, so paths like /../x reach the server unnormalised; the body read as text. */
async function raw(
  port: number,
  path: string,
  init: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const reply = await loopbackRequest(port, path, {
    method: init.method,
    headers: { host: init.host ?? `127.0.0.1:${port}`, ...init.headers },
    body: init.body,
  });
  return { ...reply, body: reply.body.toString('utf8') };
}

describe('web transport', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let server: WebServer;
  const call = (op: string, input: unknown, token = server.token) =>
    raw(server.port, `/invoke/${op}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });

  beforeEach(async () => {
    tmp = useTempDir();
    const staticRoot = join(tmp.path, 'renderer');
    mkdirSync(staticRoot);
    writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Assay</title>');
    writeFileSync(join(tmp.path, 'outside.txt'), 'secret');
    const clock = steppingClock();
    const hub = new EventHub();
    session = newSession(tmp.path, clock, (status) => hub.emit('workspace.changed', status));
    const staging = FileStaging.create(tmp.path);
    server = await startWebServer({
      handlers: createHandlers({
        session,
        clock,
        library: noTemplates(),
        paths: stagedFiles(staging),
        staging,
      }),
      hub,
      staging,
      staticRoot,
      port: 0,
    });
  });
  afterEach(async () => {
    await server.close();
    session.lock();
    tmp.cleanup();
  });

  it('prints a loopback URL carrying the token in the fragment', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{48}$/);
  });

  it('serves the app with a strict CSP and refuses traversal', async () => {
    const page = await raw(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await raw(server.port, '/../outside.txt')).status).toBe(404);
    expect((await raw(server.port, '/%2e%2e/outside.txt')).status).toBe(404);
  });

  it('refuses calls without the right token', async () => {
    expect((await call('workspace.status', {}, 'wrong')).status).toBe(401);
    const missing = await raw(server.port, '/invoke/workspace.status', { method: 'POST', body: '{}' });
    expect(missing.status).toBe(401);
    expect((await raw(server.port, '/events?token=nope')).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const response = await raw(server.port, '/', { host: `attacker.example:${server.port}` });
    expect(response.status).toBe(421);
  });

  it('dispatches calls and returns envelopes, including for bad JSON', async () => {
    const status = await call('workspace.status', {});
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { state: 'absent' } });
    const bad = await raw(server.port, '/invoke/workspace.status', {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}` },
      body: '{nope',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.parse((await call('nope.op', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
    expect((await raw(server.port, '/invoke/workspace.status')).status).toBe(405);
  });

  it('streams core events to subscribers', async () => {
    const received = new Promise<string>((resolve) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: `/events?token=${server.token}` },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes('workspace.changed')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.end();
    });
    await new Promise((r) => setTimeout(r, 50));
    await call('workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' });
    const text = await received;
    expect(text).toMatch(/"event":"workspace.changed","payload":\{[^}]*"state":"unlocked"/);
  });

  it('has no way to script a file dialog', async () => {
    const scripted = await raw(server.port, '/dialogs/script', {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ kind: 'pickFiles', paths: ['/etc/hostname'] }),
    });
    expect(scripted.status).toBe(405);
    expect(JSON.parse((await call('dialogs.pickFiles', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
  });
});
