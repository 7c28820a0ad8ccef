// @vitest-environment jsdom
import { act, useEffect } from 'react';
import { enableActEnvironment } from '../testing/dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssayClient } from '../client/createClient';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { useCoreQuery, type CoreQuery } from './useCoreQuery';

interface Pending {
  key: string;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

enableActEnvironment();
const client = {} as AssayClient;
const seen: { latest: CoreQuery<string> | null } = { latest: null };
const pending: Pending[] = [];

function Probe({ id }: { id: string }) {
  const query = useCoreQuery(
    () =>
      new Promise<string>((resolve, reject) => {
        pending.push({ key: id, resolve, reject });
      }),
    [id],
  );
  useEffect(() => {
    seen.latest = query;
  });
  return null;
}

async function settle(index: number, value: string | Error) {
  const request = pending[index];
  if (!request) throw new Error(`no request ${index}`);
  await act(async () => {
    if (value instanceof Error) request.reject(value);
    else request.resolve(value);
    await Promise.resolve();
  });
}

afterEach(() => {
  unmountRendered();
  pending.length = 0;
  seen.latest = null;
});

describe('useCoreQuery', () => {
  it('loads, then shows the data', async () => {
    await renderWithClient(<Probe id="a" />, client);
    expect(seen.latest?.kind).toBe('loading');
    await settle(0, 'first');
    expect(seen.latest).toMatchObject({ kind: 'loaded', data: 'first', refreshing: false });
  });

  it('keeps the data on screen while a reload runs, then replaces it', async () => {
    await renderWithClient(<Probe id="a" />, client);
    await settle(0, 'first');
    act(() => seen.latest?.reload());
    expect(seen.latest).toMatchObject({ kind: 'loaded', data: 'first', refreshing: true });
    await settle(1, 'second');
    expect(seen.latest).toMatchObject({ kind: 'loaded', data: 'second', refreshing: false });
  });

  it('drops an answer that arrives after a newer request was made', async () => {
    await renderWithClient(<Probe id="a" />, client);
    await settle(0, 'first');
    act(() => seen.latest?.reload());
    act(() => seen.latest?.reload());
    await settle(2, 'newest');
    await settle(1, 'stale');
    expect(seen.latest).toMatchObject({ kind: 'loaded', data: 'newest' });
  });

  it('reports a failure, and recovers on reload', async () => {
    await renderWithClient(<Probe id="a" />, client);
    await settle(0, new Error('core refused'));
    expect(seen.latest?.kind).toBe('failed');
    act(() => seen.latest?.reload());
    await settle(1, 'back');
    expect(seen.latest).toMatchObject({ kind: 'loaded', data: 'back' });
  });
});
