import { describe, expect, it } from 'vitest';
import type { AssayBridge } from './bridge';
import { createAssayClient } from './createClient';
import { createElectronFileTransport, createWebFileTransport } from './fileTransport';
import type { Transport } from './transport';

type Call = [string, unknown];

function coreTransport(kind: Transport['kind'], answers: Record<string, unknown>, calls: Call[]): Transport {
  return {
    kind,
    invoke: (op, input) => {
      calls.push([op, input]);
      return Promise.resolve({ ok: true, value: answers[op] });
    },
    on: () => () => undefined,
  };
}

describe('files in a browser window', () => {
  it('uploads chosen files with the token and hands back the references the core gave', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const files = createWebFileTransport({
      token: 't0k',
      fetch: (url, init) => {
        requests.push({ url: String(url), init: init ?? {} });
        const id = requests.length;
        return Promise.resolve(
          new Response(
            JSON.stringify({ ok: true, value: { path: `upload:${id}`, name: 'x', sizeBytes: 1 } }),
          ),
        );
      },
      deliver: () => undefined,
    });
    const client = createAssayClient(coreTransport('web', {}, []), files);
    const chosen = [new File(['a'], 'sdn list.csv'), new File(['b'], 'ﾘｽﾄ.xml')];
    expect(await client.files.open(chosen)).toEqual(['upload:1', 'upload:2']);
    expect(requests.map((r) => r.url)).toEqual(['/upload', '/upload']);
    const headers = requests[1]?.init.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer t0k');
    expect(decodeURIComponent(headers['x-assay-file-name'] ?? '')).toBe('ﾘｽﾄ.xml');
    expect(requests[0]?.init.body).toBe(chosen[0]);
  });

  it('reports a refused upload with the core’s words', async () => {
    const files = createWebFileTransport({
      token: 't',
      fetch: () =>
        Promise.resolve(
          new Response(
            JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'x.csv is too big' } }),
            {
              status: 400,
            },
          ),
        ),
      deliver: () => undefined,
    });
    const client = createAssayClient(coreTransport('web', {}, []), files);
    await expect(client.files.open([new File(['a'], 'x.csv')])).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'x.csv is too big',
    });
  });

  it('streams evidence to its own route with the other fields beside it', async () => {
    let seen: { url: string; headers: Record<string, string> } | null = null;
    const item = { id: 'e1' };
    const files = createWebFileTransport({
      token: 't',
      fetch: (url, init) => {
        seen = { url: String(url), headers: init?.headers as Record<string, string> };
        return Promise.resolve(new Response(JSON.stringify({ ok: true, value: item })));
      },
      deliver: () => undefined,
    });
    const client = createAssayClient(coreTransport('web', {}, []), files);
    const result = await client.files.ingestEvidence(new File(['x'], 'notes.txt'), {
      assessmentId: 'a1',
      questionIds: ['C3'],
    });
    expect(result).toEqual(item);
    expect(seen).toMatchObject({ url: '/upload/evidence' });
    expect(JSON.parse(decodeURIComponent(seen!.headers['x-assay-input'] ?? ''))).toEqual({
      assessmentId: 'a1',
      questionIds: ['C3'],
    });
  });

  it('exports to a prepared download, then follows its single-use link', async () => {
    const calls: Call[] = [];
    const delivered: [string, string][] = [];
    const client = createAssayClient(
      coreTransport(
        'web',
        {
          'files.prepareDownload': { path: 'download:1' },
          'files.download': { url: '/download/abc', name: 'report.pdf', sizeBytes: 3 },
        },
        calls,
      ),
      createWebFileTransport({
        token: 't',
        fetch: () => Promise.reject(new Error('unused')),
        deliver: (url, name) => delivered.push([url, name]),
      }),
    );
    expect(client.files.savesWithDialog).toBe(false);
    const saved = await client.files.saveAs({ defaultName: 'report.pdf' }, (path) =>
      Promise.resolve(`wrote ${path}`),
    );
    expect(saved).toEqual({ result: 'wrote download:1', savedAs: 'report.pdf' });
    expect(calls.map(([op]) => op)).toEqual(['files.prepareDownload', 'files.download']);
    expect(calls[1]?.[1]).toEqual({ ref: 'download:1' });
    expect(delivered).toEqual([['/download/abc', 'report.pdf']]);
  });
});

describe('files in the desktop window', () => {
  function bridge(grant: AssayBridge['grantFiles'], calls: Call[]): AssayBridge {
    return {
      invoke: (op, input) => {
        calls.push([op, input]);
        return Promise.resolve({ ok: true, value: { id: 'e1' } });
      },
      on: () => () => undefined,
      grantFiles: grant,
    };
  }

  it('asks the preload to grant the chosen files and uses their paths', async () => {
    const calls: Call[] = [];
    const files = createElectronFileTransport(
      bridge((chosen) => Promise.resolve(chosen.map((f) => `/home/n/${f.name}`)), calls),
    );
    const client = createAssayClient(coreTransport('electron', {}, []), files);
    expect(await client.files.open([new File(['a'], 'a.pdf')])).toEqual(['/home/n/a.pdf']);
    await client.files.ingestEvidence(new File(['a'], 'a.pdf'), { assessmentId: 'x' });
    expect(calls).toEqual([['evidence.ingest', { assessmentId: 'x', path: '/home/n/a.pdf' }]]);
  });

  it('saves through the native dialog, and does nothing when it is cancelled', async () => {
    const calls: Call[] = [];
    const answers: Record<string, unknown> = {
      'dialogs.saveFile': { canceled: false, path: '/home/n/r.pdf' },
    };
    const client = createAssayClient(
      coreTransport('electron', answers, calls),
      createElectronFileTransport(bridge(() => Promise.resolve([]), [])),
    );
    expect(client.files.savesWithDialog).toBe(true);
    expect(await client.files.saveAs({ defaultName: 'r.pdf' }, (path) => Promise.resolve(path))).toEqual({
      result: '/home/n/r.pdf',
      savedAs: '/home/n/r.pdf',
    });
    answers['dialogs.saveFile'] = { canceled: true, path: null };
    let wrote = false;
    expect(
      await client.files.saveAs({ defaultName: 'r.pdf' }, () => {
        wrote = true;
        return Promise.resolve(null);
      }),
    ).toBeNull();
    expect(wrote).toBe(false);
  });

  it('surfaces a refused grant (a file the page made up) as an error', async () => {
    const files = createElectronFileTransport(
      bridge(
        () =>
          Promise.reject(
            new TypeError('Only files chosen in a file input or dropped on the window can be opened.'),
          ),
        [],
      ),
    );
    const client = createAssayClient(coreTransport('electron', {}, []), files);
    await expect(client.files.open([new File(['a'], 'made-up.pdf')])).rejects.toMatchObject({
      name: 'AssayClientError',
      message: /Only files chosen/,
    });
  });
});
