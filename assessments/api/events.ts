import type { EventName, EventPayload } from './contract';

type Listener = (event: EventName, payload: unknown) => void;

/** Fan-out of core events to whatever transports are attached (IPC windows, SSE streams). */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<K extends EventName>(event: K, payload: EventPayload<K>): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}
