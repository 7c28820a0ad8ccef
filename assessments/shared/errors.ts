/**
 * Errors that cross the contract boundary. Every failure a user can cause has a stable `code` the
 * renderer translates, a precise English `message` for logs and the CLI, and optional `details`
 * (field paths, file names, row numbers) so the user is told exactly what to fix.
 */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_operation',
  'unauthorized',
  'wrong_passphrase',
  'workspace_locked',
  'workspace_exists',
  'workspace_missing',
  'workspace_corrupt',
  'database_from_newer_version',
  'encryption_self_test_failed',
  'workspace_in_use',
  'workspace_insecure',
  'workspace_read_only',
  'weak_passphrase',
  'not_found',
  'conflict',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export class WrongPassphraseError extends AppError {
  constructor() {
    super(
      'wrong_passphrase',
      'Wrong passphrase: the workspace key could not be unwrapped. No file was changed.',
    );
    this.name = 'WrongPassphraseError';
  }
}

export class WorkspaceLockedError extends AppError {
  constructor() {
    super('workspace_locked', 'The workspace is locked; unlock it with its passphrase first.');
    this.name = 'WorkspaceLockedError';
  }
}

export class DatabaseFromNewerVersionError extends AppError {
  constructor(found: number, supported: number) {
    super(
      'database_from_newer_version',
      `This workspace was written by a newer version of Assay (schema ${found}; this version understands up to ${supported}). Update Assay to open it.`,
      { found, supported },
    );
    this.name = 'DatabaseFromNewerVersionError';
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super('not_found', `${what} ${id} does not exist in this workspace.`, { what, id });
    this.name = 'NotFoundError';
  }
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
