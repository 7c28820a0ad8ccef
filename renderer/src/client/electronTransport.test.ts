import { describe, expect, it } from 'vitest';
import type { AssayBridge } from './bridge';
import { createAssayClient } from './createClient';
import { createElectronTransport } from './electronTransport';

const status = { state: 'absent', directory: '/w', workspaceId: null, assessorName: null } as const;

function bridge(
  invoke: AssayBridge['invoke'],
): AssayBridge & { emit: (event: string, payload: unknown) => void } {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    invoke,
    grantFiles: () => Promise.reject(new Error('not used here')),
    on(event, cb) {
      const set = listeners.get(event) ?? new Set();
      set.add(cb);
      listeners.set(event, set);
      return () => set.delete(cb);
    },
    emit(event, payload) {
      for (const cb of listeners.get(event) ?? []) cb(payload);
    },
  };
}

describe('electron transport', () => {
  it('passes the operation and input to the preload bridge and unwraps the envelope', async () => {
    const calls: Array<[string, unknown]> = [];
    const client = createAssayClient(
      createElectronTransport(
        bridge((op, input) => {
          calls.push([op, input]);
          return Promise.resolve({ ok: true, value: status });
        }),
      ),
    );
    await expect(client.invoke('workspace.status', {})).resolves.toEqual(status);
    expect(calls).toEqual([['workspace.status', {}]]);
    expect(client.transportKind).toBe('electron');
  });

  it('turns a rejected IPC call into an internal AssayClientError', async () => {
    const client = createAssayClient(
      createElectronTransport(bridge(() => Promise.reject(new Error('No handler registered')))),
    );
    await expect(client.invoke('workspace.status', {})).rejects.toMatchObject({
      name: 'AssayClientError',
      code: 'internal',
      message: 'No handler registered',
    });
  });

  it('delivers contract events that match their schema, and unsubscribes', () => {
    const fake = bridge(() => Promise.resolve({ ok: true, value: null }));
    const client = createAssayClient(createElectronTransport(fake));
    const received: unknown[] = [];
    const off = client.on('workspace.changed', (payload) => received.push(payload));
    fake.emit('workspace.changed', status);
    fake.emit('workspace.changed', { nonsense: true });
    off();
    fake.emit('workspace.changed', status);
    expect(received).toEqual([status]);
  });
});
