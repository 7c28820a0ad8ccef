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
  'permission_denied',
  'disk_full',
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

  /** `options.cause` keeps the underlying failure for logs; it never crosses the boundary. */
  constructor(code: ErrorCode, message: string, details?: unknown, options?: ErrorOptions) {
    super(message, options);
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

/** A file the person named, and what the core was doing with it when the file system refused. */
export function fileError(
  error: unknown,
  path: string,
  action: 'read' | 'write',
  extraDetails: Record<string, unknown> = {},
): AppError {
  if (error instanceof AppError) return error;
  // Read without Node's types: the renderer imports this module too.
  const code = (error as { code?: unknown } | null | undefined)?.code;
  const errno = typeof code === 'string' ? code : undefined;
  const details = { file: path, errno, ...extraDetails };
  const cause = { cause: error };
  switch (errno) {
    case 'ENOENT':
      return new AppError('not_found', `Cannot ${action} ${path}: the file does not exist.`, details, cause);
    case 'EACCES':
    case 'EPERM':
      return new AppError(
        'permission_denied',
        `Cannot ${action} ${path}: permission denied. Check that your account may ${action} this file.`,
        details,
        cause,
      );
    case 'ENOSPC':
      return new AppError(
        'disk_full',
        `Cannot ${action} ${path}: the disk is full. Free some space and try again.`,
        details,
        cause,
      );
    case 'EISDIR':
      return new AppError(
        'invalid_input',
        `Cannot ${action} ${path}: it is a folder, not a file.`,
        details,
        cause,
      );
    case 'ENOTDIR':
      return new AppError(
        'invalid_input',
        `Cannot ${action} ${path}: a part of its path is a file, not a folder.`,
        details,
        cause,
      );
    default:
      return new AppError('internal', `Cannot ${action} ${path}: ${String(error)}`, details, cause);
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
