import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract } from '../../../assessments/api/contract';
import { MAX_BACKUP_KEEP_COUNT } from '../../../assessments/settings/schemas';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { everyProblem } from '../forms/fieldErrorText';
import { FormField } from '../forms/FormField';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { formatBytes } from '../format/bytes';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { SavedFileNotice } from '../signing/SavedFileNotice';

/** The one setting this panel changes; the others are sent back as the core has them. */
const keepCountSchema = contract['settings.set'].input.pick({ backupKeepCount: true }).required();

type Action =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; savedAs: string; size: number }
  | { kind: 'failed'; error: unknown };

/** `assay-backup-2026-12-07.assaybackup`, the name offered for the saved copy. */
function defaultBackupName(now: Date): string {
  return `assay-backup-${now.toISOString().slice(0, 10)}.assaybackup`;
}

/**
 * The workspace's backups: the automatic ones in its `backups/` folder (time, size), how many are
 * kept, and "Back up now…", a verified copy saved where the save dialog says (desktop) or downloaded
 * (browser).
 */
export function BackupsPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useClient();
  const id = useId();
  const query = useCoreQuery((client) => client.invoke('workspace.backups', {}), []);
  const list = query.kind === 'loaded' ? query.data : null;
  const reload = query.reload;
  const [action, setAction] = useState<Action>({ kind: 'idle' });
  const [keepSaved, setKeepSaved] = useState(false);
  // The stored count fills the field once loaded, without overwriting what is being typed.
  const keepForm = useZodForm(keepCountSchema, {
    ...(list ? { values: { backupKeepCount: list.keepCount } } : {}),
    resetOptions: { keepDirtyValues: true },
  });

  // "Saved" describes the number just stored; typing starts another change.
  useEffect(() => {
    const subscription = keepForm.watch(() => setKeepSaved(false));
    return () => subscription.unsubscribe();
  }, [keepForm]);

  const backUpNow = async () => {
    if (action.kind === 'busy') return;
    setAction({ kind: 'busy' });
    try {
      const saved = await client.files.saveAs(
        { title: t('backups.saveTitle'), defaultName: defaultBackupName(new Date()) },
        (path) => client.invoke('workspace.backup', { path }),
      );
      if (!saved) {
        setAction({ kind: 'idle' });
        return;
      }
      setAction({ kind: 'done', savedAs: saved.savedAs, size: saved.result.size });
      reload();
    } catch (error) {
      setAction({ kind: 'failed', error });
    }
  };

  const saveKeep = async ({ backupKeepCount }: z.output<typeof keepCountSchema>) => {
    try {
      const current = await client.invoke('settings.get', {});
      await client.invoke('settings.set', { ...current, backupKeepCount });
      setKeepSaved(true);
      reload();
    } catch (error) {
      setAction({ kind: 'failed', error });
    }
  };

  return (
    <section className="stack backups-panel" aria-labelledby={`${id}-title`} data-testid="backups-panel">
      <h2 id={`${id}-title`}>{t('backups.title')}</h2>
      <p className="muted">{t('backups.intro')}</p>
      {query.kind === 'failed' && <ErrorWithDetail error={query.error} summary={t('backups.loadFailed')} />}
      {list?.pending && <p role="status">{t('backups.pending')}</p>}
      {list?.lastError && (
        <p className="alert alert--error" role="alert">
          {t('backups.lastError')}{' '}
          <span lang="en" dir="ltr">
            {list.lastError}
          </span>
        </p>
      )}
      {list && list.backups.length === 0 && <p data-testid="backups-empty">{t('backups.empty')}</p>}
      {list && list.backups.length > 0 && (
        <table className="table" aria-label={t('backups.listLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('backups.columnTime')}</th>
              <th scope="col">{t('backups.columnKind')}</th>
              <th scope="col">{t('backups.columnSize')}</th>
            </tr>
          </thead>
          <tbody>
            {list.backups.map((backup) => (
              <tr key={backup.path} data-testid="backup-row">
                <td>
                  {backup.problem ? (
                    <span title={backup.problem}>
                      <bdi>{backup.name}</bdi> — {t('backups.unreadable')}
                    </span>
                  ) : (
                    formatDateTime(backup.createdAt, language)
                  )}
                </td>
                <td>{backup.kind === 'automatic' ? t('backups.kindAutomatic') : t('backups.kindManual')}</td>
                <td>{formatBytes(backup.size, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="form" noValidate onSubmit={submitOnce(keepForm, saveKeep, () => setKeepSaved(false))}>
        <FormField
          control={keepForm.control}
          name="backupKeepCount"
          id={`${id}-keep`}
          label={t('backups.keepLabel')}
          hint={t('backups.keepHint')}
          words={everyProblem(t('backups.keepInvalid', { max: MAX_BACKUP_KEEP_COUNT }))}
        >
          {(props) => (
            <input
              {...props}
              {...keepForm.register('backupKeepCount', { valueAsNumber: true })}
              className="input"
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_BACKUP_KEEP_COUNT}
              step={1}
            />
          )}
        </FormField>
        <div className="form__actions">
          <button
            type="submit"
            className="button button--secondary"
            aria-disabled={keepForm.formState.isSubmitting || undefined}
          >
            {t('backups.keepSave')}
          </button>
        </div>
        <p className="form__status" role="status">
          {keepSaved ? t('backups.keepSaved') : ''}
        </p>
      </form>
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={action.kind === 'busy' || undefined}
          onClick={() => void backUpNow()}
        >
          {action.kind === 'busy' ? t('backups.backingUp') : t('backups.backupNow')}
        </button>
      </div>
      <div className="form__status" role="status" data-testid="backup-status">
        {action.kind === 'done' && (
          <>
            <p className="saved-file">{t('backups.done', { size: formatBytes(action.size, language) })}</p>
            <SavedFileNotice savedAs={action.savedAs} />
          </>
        )}
      </div>
      {action.kind === 'failed' && <ErrorWithDetail error={action.error} summary={t('backups.failed')} />}
    </section>
  );
}
