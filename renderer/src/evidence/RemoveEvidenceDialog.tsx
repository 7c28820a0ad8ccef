import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { Modal } from '../components/Modal';
import { isolate } from '../format/isolate';
import { errorText } from '../errors/errorText';
import type { EvidenceItem } from './evidenceTypes';

interface RemoveEvidenceDialogProps {
  item: EvidenceItem;
  onClose: () => void;
  onRemoved: (item: EvidenceItem) => void;
}

export function RemoveEvidenceDialog({ item, onClose, onRemoved }: RemoveEvidenceDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  // Cancel first: removal is the one action here that cannot be undone.
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [removing, setRemoving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const remove = async () => {
    if (removing) return;
    setRemoving(true);
    setFailure(null);
    try {
      await client.invoke('evidence.remove', { evidenceId: item.id });
      onRemoved(item);
    } catch (error) {
      setRemoving(false);
      setFailure(errorText(t, error));
    }
  };

  return (
    <Modal title={t('evidence.removeTitle')} onClose={onClose} initialFocusRef={cancelRef}>
      <div className="form">
        <ErrorAlert message={failure} />
        <p>{t('evidence.removeBody', { name: isolate(item.originalName) })}</p>
        <div className="form__actions">
          <button ref={cancelRef} type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            aria-disabled={removing || undefined}
            onClick={() => void remove()}
          >
            {t('evidence.removeConfirm')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
