import { describe, expect, it } from 'vitest';
import { AssayClientError } from './AssayClientError';
import { createAssayClient } from './createClient';
import { createWebTransport } from './webTransport';

interface Recorded {
  url: string;
  init: RequestInit;
}

function fakeFetch(respond: (url: string) => Response) {
  const requests: Recorded[] = [];
  const fetchFn = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requests.push({ url, init: init ?? {} });
    return Promise.resolve(respond(url));
  }) as typeof fetch;
  return { fetchFn, requests };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function rejection(promise: Promise<unknown>): Promise<AssayClientError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AssayClientError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

const status = { state: 'locked', directory: '/w', workspaceId: null, assessorName: null } as const;

describe('web transport', () => {
  it('posts the input as JSON with the bearer token and returns the value', async () => {
    const { fetchFn, requests } = fakeFetch(() => json({ ok: true, value: status }));
    const client = createAssayClient(createWebTransport({ token: 'abc123', fetch: fetchFn }));
    await expect(client.invoke('workspace.unlock', { passphrase: 'p' })).resolves.toEqual(status);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('/invoke/workspace.unlock');
    expect(request?.init.method).toBe('POST');
    expect(request?.init.headers).toEqual({
      'content-type': 'application/json',
      authorization: 'Bearer abc123',
    });
    expect(JSON.parse(request?.init.body as string)).toEqual({ passphrase: 'p' });
  });

  it('rethrows an error envelope with its code, whatever the HTTP status', async () => {
    const { fetchFn } = fakeFetch(() =>
      json({ ok: false, error: { code: 'wrong_passphrase', message: 'Wrong passphrase.' } }, 400),
    );
    const client = createAssayClient(createWebTransport({ token: 't', fetch: fetchFn }));
    const error = await rejection(client.invoke('workspace.unlock', { passphrase: 'x' }));
    expect([error.code, error.message]).toEqual(['wrong_passphrase', 'Wrong passphrase.']);
  });

  it('reports HTTP 401 as unauthorized', async () => {
    const { fetchFn } = fakeFetch(() => new Response('nope', { status: 401 }));
    const client = createAssayClient(createWebTransport({ token: 'stale', fetch: fetchFn }));
    expect((await rejection(client.invoke('workspace.status', {}))).code).toBe('unauthorized');
  });

  it('reports a missing token as unauthorized without calling the server', async () => {
    const { fetchFn, requests } = fakeFetch(() => json({ ok: true, value: status }));
    const client = createAssayClient(createWebTransport({ token: null, fetch: fetchFn }));
    expect((await rejection(client.invoke('workspace.status', {}))).code).toBe('unauthorized');
    expect(requests).toHaveLength(0);
  });

  it('turns a body that is not JSON, or not an envelope, into a clear internal error', async () => {
    const html = fakeFetch(() => new Response('<html>proxy error</html>', { status: 502 }));
    const notJson = await rejection(
      createAssayClient(createWebTransport({ token: 't', fetch: html.fetchFn })).invoke(
        'assessment.list',
        {},
      ),
    );
    expect(notJson.code).toBe('internal');
    expect(notJson.message).toContain('HTTP 502');

    const odd = fakeFetch(() => json({ hello: 'world' }));
    const notEnvelope = await rejection(
      createAssayClient(createWebTransport({ token: 't', fetch: odd.fetchFn })).invoke('assessment.list', {}),
    );
    expect(notEnvelope.code).toBe('internal');
  });

  it('turns a network failure into an internal error', async () => {
    const fetchFn = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const error = await rejection(
      createAssayClient(createWebTransport({ token: 't', fetch: fetchFn })).invoke('workspace.status', {}),
    );
    expect(error.code).toBe('internal');
    expect(error.message).toContain('Failed to fetch');
  });

  it('uses keepalive for small bodies only, so a closing tab can still save', async () => {
    const { fetchFn, requests } = fakeFetch(() =>
      json({ ok: true, value: { questionId: 'A5', revision: 1, answeredBy: 'a', answeredAt: 'x' } }),
    );
    const client = createAssayClient(createWebTransport({ token: 't', fetch: fetchFn }));
    const assessmentId = '00000000-0000-4000-8000-000000000000';
    await client.invoke('answers.save', { assessmentId, questionId: 'A5', value: 'short' });
    await client.invoke('answers.save', { assessmentId, questionId: 'A5', value: 'x'.repeat(100_000) });
    expect(requests.map((request) => request.init.keepalive)).toEqual([true, false]);
  });
});

describe('web transport events', () => {
  class FakeEventSource {
    static instances: FakeEventSource[] = [];
    onmessage: ((message: MessageEvent<unknown>) => void) | null = null;
    closed = false;
    constructor(readonly url: string) {
      FakeEventSource.instances.push(this);
    }
    close() {
      this.closed = true;
    }
    emit(data: string) {
      this.onmessage?.({ data } as MessageEvent<unknown>);
    }
  }

  it('opens one stream with the token, delivers valid events and closes when unused', () => {
    FakeEventSource.instances = [];
    const { fetchFn } = fakeFetch(() => json({}));
    const client = createAssayClient(
      createWebTransport({
        token: 'a b',
        fetch: fetchFn,
        EventSource: FakeEventSource as unknown as typeof EventSource,
      }),
    );
    const received: unknown[] = [];
    const offA = client.on('workspace.changed', (payload) => received.push(payload));
    const offB = client.on('workspace.changed', () => {});
    expect(FakeEventSource.instances.map((source) => source.url)).toEqual(['/events?token=a%20b']);

    const source = FakeEventSource.instances[0];
    source?.emit(JSON.stringify({ event: 'workspace.changed', payload: status }));
    source?.emit(JSON.stringify({ event: 'workspace.changed', payload: { state: 'bogus' } }));
    source?.emit('not json');
    source?.emit(JSON.stringify({ event: 'something.else', payload: status }));
    expect(received).toEqual([status]);

    offA();
    expect(source?.closed).toBe(false);
    offB();
    expect(source?.closed).toBe(true);
  });
});
