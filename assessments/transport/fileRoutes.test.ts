import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loopbackRequest } from '../../test/helpers/loopbackRequest';
import { filesHolding, filesUnder } from '../../test/helpers/plaintextScan';
import { useTempDir } from '../../test/helpers/tempDir';
import { TEST_PASSPHRASE, newSession, noTemplates, steppingClock } from '../../test/helpers/workspace';
import { EventHub } from '../api/events';
import { createHandlers } from '../api/handlers';
import { FileStaging } from '../files/fileStaging';
import { stagedFiles } from '../api/pathPolicies';
import type { WorkspaceSession } from '../workspace/session';
import { startWebServer, type WebServer } from './webServer';

describe('files over the web transport', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let server: WebServer;
  let staging: FileStaging;
  let assessmentId: string;

  const auth = (): Record<string, string> => ({ authorization: `Bearer ${server.token}` });
  const call = async <T>(
    op: string,
    input: unknown,
  ): Promise<{ ok: boolean; value: T; error: { code: string; message: string } }> => {
    const reply = await loopbackRequest(server.port, `/invoke/${op}`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify(input)),
    });
    return JSON.parse(reply.body.toString('utf8'));
  };
  const upload = (
    route: string,
    name: string,
    body: Buffer,
    extra: Record<string, string> = {},
    cutAfter?: number,
  ) =>
    loopbackRequest(server.port, route, {
      method: 'POST',
      headers: {
        ...auth(),
        'content-type': 'application/octet-stream',
        'content-length': String(body.length),
        'x-assay-file-name': encodeURIComponent(name),
        ...extra,
      },
      body,
      cutAfter,
    });
  const evidenceFields = (fields: Record<string, unknown>) => ({
    'x-assay-input': encodeURIComponent(JSON.stringify(fields)),
  });

  beforeEach(async () => {
    tmp = useTempDir('assay-file-routes-');
    const clock = steppingClock();
    const hub = new EventHub();
    staging = FileStaging.create();
    // As createCore wires it: a lock clears what the window handed over.
    session = newSession(join(tmp.path, 'workspace'), clock, (status) => staging.onWorkspaceChange(status));
    server = await startWebServer({
      handlers: createHandlers({
        session,
        clock,
        library: noTemplates(),
        paths: stagedFiles(staging),
        staging,
        hub,
      }),
      hub,
      staging,
      staticRoot: tmp.path,
      port: 0,
    });
    await call('workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' });
    ({ id: assessmentId } = (await call<{ id: string }>('assessment.create', { title: 'Uploads' })).value);
  });
  afterEach(async () => {
    await server.close();
    session.lock();
    tmp.cleanup();
  });

  it('seals evidence as it arrives: its plaintext is nowhere on disk, and it reads back intact', async () => {
    const started = Date.now() - 1000;
    const marker = `ASSAY-MARKER-${randomBytes(16).toString('hex')}`;
    // Three chunks' worth, the marker at the start, across a 1 MiB chunk boundary and at the end.
    const content = randomBytes(3 * 1024 * 1024 + 777);
    for (const at of [0, 1024 * 1024 - 10, content.length - marker.length])
      content.write(marker, at, 'latin1');
    const reply = await upload(
      '/upload/evidence',
      'source notes.txt',
      content,
      evidenceFields({ assessmentId }),
    );
    expect(reply.status).toBe(200);
    const stored = JSON.parse(reply.body.toString('utf8')) as {
      ok: boolean;
      value: { id: string; sha256: string; originalName: string; sizeBytes: number };
    };
    expect(stored.ok).toBe(true);
    expect(stored.value.originalName).toBe('source notes.txt');
    expect(stored.value.sizeBytes).toBe(content.length);

    const places = [
      ...filesUnder(session.paths.root, 0),
      ...filesUnder(staging.directory, 0),
      ...filesUnder(tmpdir(), started),
    ];
    expect(places.length).toBeGreaterThan(3);
    expect(filesHolding(places, marker)).toEqual([]);

    // And the sealed copy is the file: exported as a download, it is byte for byte what was sent.
    const { path: target } = (await call<{ path: string }>('files.prepareDownload', { name: 'copy.txt' }))
      .value;
    const exported = await call<{ sha256: string }>('evidence.exportCopy', {
      evidenceId: stored.value.id,
      path: target,
    });
    expect(exported.ok).toBe(true);
    const link = (await call<{ url: string; name: string }>('files.download', { ref: target })).value;
    const downloaded = await loopbackRequest(server.port, link.url);
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers['content-disposition']).toContain("filename*=UTF-8''copy.txt");
    expect(downloaded.body.equals(content)).toBe(true);
    // The chain of custody records a download by its name, never the private staging path.
    const custody = (
      await call<{ action: string; payload: Record<string, unknown> }[]>('evidence.custody', {
        evidenceId: stored.value.id,
      })
    ).value;
    expect(custody.at(-1)).toMatchObject({
      action: 'evidence.exported',
      payload: { downloadedAs: 'copy.txt', sha256: stored.value.sha256 },
    });
    expect(JSON.stringify(custody)).not.toContain(staging.directory);
  });

  it('stores nothing from an evidence upload cut short, and the next one normally', async () => {
    const content = randomBytes(2 * 1024 * 1024);
    await upload('/upload/evidence', 'cut.bin', content, evidenceFields({ assessmentId }), 1024 * 1024);
    // The server notices the cut when the socket closes; give it that moment.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const complete = await loopbackRequest(server.port, '/upload/evidence', {
      method: 'POST',
      headers: {
        ...auth(),
        'content-length': '10',
        'x-assay-file-name': 'short.bin',
        ...evidenceFields({ assessmentId }),
      },
      body: Buffer.from('0123456789'),
    });
    expect(JSON.parse(complete.body.toString('utf8'))).toMatchObject({ ok: true });
    const items = (await call<unknown[]>('evidence.list', { assessmentId })).value;
    expect(items).toHaveLength(1);
    const vault = await call<{ ok: boolean; orphaned: string[] }>('vault.verify', {});
    expect(vault.value).toMatchObject({ ok: true, orphaned: [] });
    expect(
      existsSync(join(session.paths.vault, '.tmp')) ? readdirSync(join(session.paths.vault, '.tmp')) : [],
    ).toEqual([]);
  });

  it('refuses an evidence upload with bad fields before storing anything', async () => {
    const refused = await upload(
      '/upload/evidence',
      'x.txt',
      Buffer.from('hello'),
      evidenceFields({ assessmentId: 'nope' }),
    );
    expect(JSON.parse(refused.body.toString('utf8'))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect((await call<unknown[]>('evidence.list', { assessmentId })).value).toEqual([]);
    expect(
      existsSync(join(session.paths.vault, '.tmp')) ? readdirSync(join(session.paths.vault, '.tmp')) : [],
    ).toEqual([]);
    expect(readdirSync(staging.directory)).toEqual(['owner.pid']);
    const noToken = await loopbackRequest(server.port, '/upload', {
      method: 'POST',
      headers: { 'content-length': '1', 'x-assay-file-name': 'a' },
      body: Buffer.from('a'),
    });
    expect(noToken.status).toBe(401);
  });

  it('never lets the page read or write a path it names', async () => {
    const secret = join(tmp.path, 'secret.txt');
    writeFileSync(secret, 'not for the page');
    const outside = join(tmp.path, 'autostart.desktop');
    const attempts = [
      call('reference.import', { kind: 'ofac', path: '/etc/hostname' }),
      call('reference.import', { kind: 'ofac', path: secret }),
      call('evidence.ingest', { assessmentId, path: secret }),
      call('pdf.verify', { path: secret }),
      call('identity.import', { path: secret, password: '' }),
      call('workspace.restore', { path: secret, passphrase: TEST_PASSPHRASE }),
      call('workspace.backup', { path: outside }),
      call('report.timestampRequest', { path: 'upload:../../etc/hostname', outPath: outside }),
      call('evidence.exportCopy', { evidenceId: '00000000-0000-4000-8000-000000000000', path: outside }),
      call('identity.exportCertificate', { fingerprint: 'ab'.repeat(32), path: outside }),
    ];
    for (const reply of await Promise.all(attempts)) {
      expect(reply.ok).toBe(false);
      expect(['invalid_input', 'not_found']).toContain(reply.error.code);
    }
    expect(existsSync(outside)).toBe(false);
    expect((await call<unknown[]>('evidence.list', { assessmentId })).value).toEqual([]);
  });

  it('imports a list the page uploaded, under the name it was chosen with', async () => {
    const list = Buffer.from(
      '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a',
      'latin1',
    );
    const reply = await upload('/upload', 'sdn.csv', list);
    const staged = JSON.parse(reply.body.toString('utf8')) as {
      ok: boolean;
      value: { path: string; name: string };
    };
    expect(staged).toMatchObject({ ok: true, value: { name: 'sdn.csv', sizeBytes: list.length } });
    expect(staged.value.path).toMatch(/^upload:[0-9a-f-]{36}$/);
    const imported = await call<{ dataset: { fileName: string; entries: number } }>('reference.import', {
      kind: 'ofac',
      path: staged.value.path,
    });
    expect(imported.value.dataset).toMatchObject({ fileName: 'sdn.csv', entries: 1 });
    // Locking the workspace (by hand, when idle, on quit) leaves nothing handed over on disk.
    const { path: stagedPath } = staging.resolveUpload(staged.value.path);
    await call('workspace.lock', {});
    expect(existsSync(stagedPath)).toBe(false);
    await call('workspace.unlock', { passphrase: TEST_PASSPHRASE });
    const unknown = await call('reference.import', {
      kind: 'ofac',
      path: 'upload:00000000-0000-4000-8000-000000000000',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('serves a download once, and only through its link', async () => {
    const content = Buffer.from('evidence bytes');
    const added = JSON.parse(
      (await upload('/upload/evidence', 'e.txt', content, evidenceFields({ assessmentId }))).body.toString(
        'utf8',
      ),
    ) as { value: { id: string } };
    const { path: target } = (await call<{ path: string }>('files.prepareDownload', { name: '../../e.txt' }))
      .value;
    expect(target).toMatch(/^download:/);
    const early = await call('files.download', { ref: target });
    expect(early).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await call('evidence.exportCopy', { evidenceId: added.value.id, path: target });
    const link = (await call<{ url: string; name: string }>('files.download', { ref: target })).value;
    expect(link.name).toBe('e.txt');
    expect(link.url).toMatch(/^\/download\/[A-Za-z0-9_-]{43}$/);
    expect((await loopbackRequest(server.port, link.url)).body.equals(content)).toBe(true);
    const again = await loopbackRequest(server.port, link.url);
    expect(again.status).toBe(404);
    expect((await loopbackRequest(server.port, '/download/guessed-link-000000000000000000000')).status).toBe(
      404,
    );
    // The staged copy is removed once sent (just after the response ends).
    await expect.poll(() => readdirSync(staging.directory)).toEqual(['owner.pid']);
  });
});
