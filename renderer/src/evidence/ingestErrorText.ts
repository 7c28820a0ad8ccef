import type { TFunction } from 'i18next';
import { isAssayClientError } from '../client/AssayClientError';

/** What went wrong adding one file, in words about that file rather than generic ones. */
export function ingestErrorText(t: TFunction, error: unknown, name: string, cancelled: boolean): string {
  if (cancelled) return t('evidence.errors.cancelled', { name });
  if (isAssayClientError(error, 'conflict')) {
    const details = error.details as { evidenceId?: unknown } | null | undefined;
    if (typeof details?.evidenceId === 'string') return t('evidence.errors.duplicate', { name });
  }
  if (isAssayClientError(error, 'not_found')) return t('evidence.errors.missing', { name });
  if (isAssayClientError(error, 'invalid_input')) return t('evidence.errors.unreadable', { name });
  if (isAssayClientError(error, 'workspace_locked')) return t('errors.workspace_locked');
  return t('evidence.errors.failed', { name });
}
