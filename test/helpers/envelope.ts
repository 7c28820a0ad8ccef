import type { Envelope } from '../../assessments/api/envelope';

/** The value of a successful envelope; a failed one throws its message, so the test shows it. */
export async function unwrapEnvelope<T>(result: Envelope<unknown> | Promise<Envelope<unknown>>): Promise<T> {
  const envelope = await result;
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}
