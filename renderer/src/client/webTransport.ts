import { AssayClientError, toAssayClientError } from './AssayClientError';
import type { Transport } from './transport';

/** Browsers refuse `keepalive` bodies above 64 KiB; larger saves go without it. */
const KEEPALIVE_MAX_BYTES = 60_000;

export interface WebTransportOptions {
  token: string | null;
  fetch: typeof fetch;
  /** Absent where the page cannot receive pushed events; the UI then only sees its own changes. */
  EventSource?: typeof EventSource;
}

export function createWebTransport({
  token,
  fetch: fetchFn,
  EventSource: EventSourceCtor,
}: WebTransportOptions): Transport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  function openEvents(): void {
    if (source || !token || !EventSourceCtor) return;
    source = new EventSourceCtor(`/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent<unknown>) => {
      const parsed = parseEventMessage(message.data);
      if (!parsed) return;
      for (const cb of listeners.get(parsed.event) ?? []) cb(parsed.payload);
    };
  }

  function closeEventsWhenUnused(): void {
    if ([...listeners.values()].some((set) => set.size > 0)) return;
    source?.close();
    source = null;
  }

  return {
    kind: 'web',
    async invoke(op, input) {
      if (!token) throw new AssayClientError('unauthorized', 'This page was opened without a session token.');
      const body = JSON.stringify(input ?? {});
      let response: Response;
      try {
        response = await fetchFn(`/invoke/${op}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
          // Lets the last autosave survive the tab closing (pagehide), where the browser allows it.
          keepalive: body.length <= KEEPALIVE_MAX_BYTES,
        });
      } catch (error) {
        throw new AssayClientError(
          'internal',
          `Assay could not be reached: ${toAssayClientError(error).message}`,
        );
      }
      if (response.status === 401) {
        throw new AssayClientError('unauthorized', 'The session token was refused (HTTP 401).');
      }
      const text = await response.text();
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new AssayClientError(
          'internal',
          `${op}: the server answered HTTP ${response.status} with a body that is not JSON.`,
        );
      }
    },
    on(event, cb) {
      const set = listeners.get(event) ?? new Set();
      set.add(cb);
      listeners.set(event, set);
      openEvents();
      return () => {
        set.delete(cb);
        closeEventsWhenUnused();
      };
    },
  };
}

function parseEventMessage(data: unknown): { event: string; payload: unknown } | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = JSON.parse(data) as unknown;
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as { event?: unknown }).event === 'string'
    ) {
      const { event, payload } = parsed as { event: string; payload?: unknown };
      return { event, payload };
    }
  } catch {
    // A malformed message is dropped; the next well-formed one still gets through.
  }
  return null;
}
