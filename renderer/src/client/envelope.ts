import { AssayClientError } from './AssayClientError';
import { isErrorCode } from './errorCodes';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns the value of an `{ ok: true, value }` envelope and throws the error of an
 * `{ ok: false, error }` one. Anything else means the other side is not the core we expect, which
 * must surface as a clear error rather than as `undefined` deep inside a screen.
 */
export function unwrapEnvelope(raw: unknown, op: string): unknown {
  if (!isRecord(raw) || typeof raw.ok !== 'boolean') {
    throw new AssayClientError('internal', `${op}: the response is not a result envelope.`);
  }
  if (raw.ok) {
    if (!Object.hasOwn(raw, 'value')) {
      throw new AssayClientError('internal', `${op}: the response has no value.`);
    }
    return raw.value;
  }
  const error = raw.error;
  if (!isRecord(error) || typeof error.message !== 'string') {
    throw new AssayClientError('internal', `${op}: the response reports a failure without an error.`);
  }
  // An unknown code from a newer core is still a failure; treat it as internal but keep its words.
  const code = isErrorCode(error.code) ? error.code : 'internal';
  throw new AssayClientError(code, error.message, error.details);
}
