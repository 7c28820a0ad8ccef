import {
  contractEvents,
  type EventName,
  type EventPayload,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from '../../../assessments/api/contract';
import { unwrapEnvelope } from './envelope';
import type { Transport } from './transport';

/** The only way screens talk to the core. Operation names and types come from the contract. */
export interface AssayClient {
  readonly transportKind: Transport['kind'];
  invoke<K extends OperationName>(op: K, input: OperationInput<K>): Promise<OperationOutput<K>>;
  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
}

export function createAssayClient(transport: Transport): AssayClient {
  return {
    transportKind: transport.kind,
    async invoke<K extends OperationName>(op: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
      const raw = await transport.invoke(op, input);
      // The core has already checked the value against the contract's output schema.
      return unwrapEnvelope(raw, op) as OperationOutput<K>;
    },
    on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
      return transport.on(event, (payload) => {
        // Events drive navigation (e.g. "locked elsewhere"), so a malformed one is ignored, not trusted.
        const parsed = contractEvents[event].safeParse(payload);
        // The schema is the one indexed by E; TypeScript cannot follow that correlation itself.
        if (parsed.success) cb(parsed.data as EventPayload<E>);
      });
    },
  };
}
