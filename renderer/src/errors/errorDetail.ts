import { isAssayClientError } from '../client/AssayClientError';

/**
 * The core's precise English message (which file, which field, what was expected), shown under the
 * translated sentence where the specific cause is what the user needs to act on.
 */
export function errorDetail(error: unknown): string | null {
  return isAssayClientError(error) && error.code !== 'internal' && error.message ? error.message : null;
}
