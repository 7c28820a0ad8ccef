import { contract, type OperationName } from '../../../assessments/api/contract';
import type { FileTransport } from '../client/fileTransport';
import type { Transport } from '../client/transport';

type Handler = (input: unknown) => unknown;
export type FakeFailure = { code: string; message: string; details?: unknown };

/** Which window the test stands in: the desktop (save dialog, granted paths) or a browser (uploads, downloads). */
export type FakeWindow = 'desktop' | 'browser';

/**
 * A core for the file-handling components' tests (backups, signing, review): each operation's
 * input is parsed with the contract and its result checked against it, so the tests cannot drift
 * from what the real core accepts. Its files side behaves as the chosen window's does: the desktop
 * grants chosen files by path; a browser uploads them (references, never paths) and receives
 * exports as downloads of what an operation wrote to a prepared reference.
 */
export function backupsTestCore(
  handlers: Partial<Record<OperationName, Handler>>,
  window: FakeWindow = 'desktop',
) {
  const calls: Array<{ op: OperationName; input: unknown }> = [];
  /** Files handed to the core, in order, and what the operations receive for each. */
  const opened: Array<{ file: File; ref: string }> = [];
  /** Downloads the browser was asked to start. */
  const delivered: Array<{ url: string; name: string }> = [];
  const prepared = new Map<string, string>();

  const fileHandlers: Partial<Record<OperationName, Handler>> =
    window === 'browser'
      ? {
          'files.prepareDownload': (input) => {
            const ref = `download:${prepared.size + 1}`;
            prepared.set(ref, (input as { name: string }).name);
            return { path: ref };
          },
          'files.download': (input) => {
            const { ref } = input as { ref: string };
            const name = prepared.get(ref);
            if (!name) throw { code: 'invalid_input', message: `${ref} was never prepared.` };
            return { url: `/download/${ref.slice('download:'.length)}`, name, sizeBytes: 1 };
          },
        }
      : {};
  const all = { ...fileHandlers, ...handlers };

  const transport: Transport = {
    kind: window === 'browser' ? 'web' : 'electron',
    async invoke(op, input) {
      calls.push({ op, input });
      const handler = all[op];
      if (!handler) return { ok: false, error: { code: 'unknown_operation', message: op } };
      const parsed = contract[op].input.parse(input ?? {});
      try {
        const value = await handler(parsed);
        return { ok: true, value: contract[op].output.parse(value) };
      } catch (error) {
        return { ok: false, error: error as FakeFailure };
      }
    },
    on: () => () => undefined,
  };

  const fileTransport: FileTransport = {
    async open(files) {
      return files.map((file) => {
        const ref =
          window === 'browser' ? `upload:${opened.length + 1}` : `/home/amira/Documents/${file.name}`;
        opened.push({ file, ref });
        return ref;
      });
    },
    ingestEvidence: () => Promise.reject(new Error('no evidence here')),
    deliver: window === 'browser' ? (url, name) => delivered.push({ url, name }) : null,
  };
  return { transport, fileTransport, calls, opened, delivered };
}
