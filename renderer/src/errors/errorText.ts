import type { TFunction } from 'i18next';
import { isAssayClientError } from '../client/AssayClientError';

/** The translated sentence for a failure; the core's English message is for logs, not for users. */
export function errorText(t: TFunction, error: unknown): string {
  return isAssayClientError(error) ? t(`errors.${error.code}`) : t('errors.internal');
}
