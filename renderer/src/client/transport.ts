import type { EventName, OperationName } from '../../../assessments/api/contract';

/** Moves one call or event between the renderer and the core; knows nothing about their types. */
export interface Transport {
  readonly kind: 'electron' | 'web';
  /** Resolves with the raw, not yet checked envelope; rejects only with an AssayClientError. */
  invoke(op: OperationName, input: unknown): Promise<unknown>;
  on(event: EventName, cb: (payload: unknown) => void): () => void;
}
