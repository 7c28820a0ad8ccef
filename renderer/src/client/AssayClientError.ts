import type { ErrorCode } from '../../../assessments/shared/errors';

/** A failure reported by the core (or by the transport on its behalf), rethrown on the UI side. */
export class AssayClientError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AssayClientError';
    this.code = code;
    this.details = details;
  }
}

export function isAssayClientError(error: unknown, code?: ErrorCode): error is AssayClientError {
  return error instanceof AssayClientError && (code === undefined || error.code === code);
}

/** Anything thrown that is not ours (a rejected IPC promise, a bug) becomes an 'internal' error. */
export function toAssayClientError(error: unknown): AssayClientError {
  if (error instanceof AssayClientError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AssayClientError('internal', message);
}
