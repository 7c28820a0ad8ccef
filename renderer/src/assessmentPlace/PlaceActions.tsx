import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { RenameDialog } from './RenameDialog';

type Summary = OperationOutput<'assessment.get'>['assessment'];

interface PlaceActionsProps {
  assessment: Summary;
  archived: boolean;
  /** Told after a rename or (un)archive, so the heading shows the assessment as it now is. */
  onChanged: () => void;
}

/** Rename and archive, each recorded in the audit trail by the core. */
export function PlaceActions({ assessment, archived, onChanged }: PlaceActionsProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [renaming, setRenaming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const toggleArchived = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await client.invoke('assessment.archive', { id: assessment.id, archived: !archived });
      setNotice(archived ? t('assessmentPlace.archive.undone') : t('assessmentPlace.archive.done'));
      onChanged();
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setRenaming(true)}>
        {t('assessmentPlace.rename.action')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={busy || undefined}
        data-testid="archive-toggle"
        onClick={() => void toggleArchived()}
      >
        {archived ? t('assessmentPlace.archive.undo') : t('assessmentPlace.archive.action')}
      </button>
      <p role="status" className="visually-hidden" data-testid="place-notice">
        {notice}
      </p>
      <ErrorAlert message={failure} />
      {renaming && (
        <RenameDialog
          assessmentId={assessment.id}
          title={assessment.title}
          onClose={() => setRenaming(false)}
          onRenamed={(summary) => {
            setRenaming(false);
            setFailure(null);
            setNotice(t('assessmentPlace.rename.done', { title: summary.title }));
            onChanged();
          }}
        />
      )}
    </>
  );
}
