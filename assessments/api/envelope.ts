import type { ErrorPayload } from '../shared/errors';

/** What crosses every transport: a value, or an error the caller can act on. Never a thrown stack. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
