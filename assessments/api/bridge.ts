import type { Envelope } from './envelope';

/**
 * What the preload exposes as `window.assay`. Strings, not contract names, because the page is
 * untrusted: the preload and main both check every name against the contract at run time.
 */
export interface AssayBridge {
  invoke(op: string, input: unknown): Promise<Envelope<unknown>>;
  /** Subscribes to a contract event; the returned function unsubscribes. */
  on(event: string, callback: (payload: unknown) => void): () => void;
  /**
   * Lets the core read files the person chose in a file input or dropped on the page, and returns
   * their paths for the operations that read them. A File the page made up has no path and is
   * refused.
   */
  grantFiles(files: File[]): Promise<string[]>;
}
