import type { Envelope } from './envelope';

/**
 * What the preload exposes as `window.assay`. Strings, not contract names, because the page is
 * untrusted: the preload and main both check every name against the contract at run time.
 */
export interface AssayBridge {
  invoke(op: string, input: unknown): Promise<Envelope<unknown>>;
  /** Subscribes to a contract event; the returned function unsubscribes. */
  on(event: string, callback: (payload: unknown) => void): () => void;
}
