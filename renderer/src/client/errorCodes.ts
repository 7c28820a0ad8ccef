import type { ErrorCode } from '../../../assessments/shared/errors';

// A Record rather than a list so the compiler fails here when the core adds or removes a code;
// the core's ERROR_CODES array stays out of the renderer bundle.
const KNOWN_ERROR_CODES: Record<ErrorCode, true> = {
  invalid_input: true,
  unknown_operation: true,
  unauthorized: true,
  wrong_passphrase: true,
  workspace_locked: true,
  workspace_exists: true,
  workspace_missing: true,
  workspace_corrupt: true,
  database_from_newer_version: true,
  encryption_self_test_failed: true,
  workspace_in_use: true,
  workspace_insecure: true,
  workspace_read_only: true,
  weak_passphrase: true,
  not_found: true,
  permission_denied: true,
  disk_full: true,
  conflict: true,
  internal: true,
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(KNOWN_ERROR_CODES, value);
}
