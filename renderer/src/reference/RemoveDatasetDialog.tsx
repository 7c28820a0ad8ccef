import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { Modal } from '../components/Modal';
import { errorText } from '../errors/errorText';
import { isolate } from '../format/isolate';
import { datasetSlots, type Dataset } from './datasetKinds';

interface RemoveDatasetDialogProps {
  dataset: Dataset;
  onClose: () => void;
  onRemoved: (dataset: Dataset) => void;
}

export function RemoveDatasetDialog({ dataset, onClose, onRemoved }: RemoveDatasetDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  // Focus starts on the safe choice: Enter right after opening must not delete anything.
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [removing, setRemoving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const remove = async () => {
    if (removing) return;
    setRemoving(true);
    setFailure(null);
    try {
      onRemoved(await client.invoke('reference.remove', { datasetId: dataset.id }));
    } catch (error) {
      setRemoving(false);
      setFailure(errorText(t, error));
    }
  };

  return (
    <Modal title={t('referenceData.remove.title')} onClose={onClose} initialFocusRef={cancelRef}>
      <div className="form">
        <ErrorAlert message={failure} />
        <p>
          {t('referenceData.remove.body', { ...datasetSlots(t, dataset), file: isolate(dataset.fileName) })}
        </p>
        <div className="form__actions">
          <button ref={cancelRef} type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger-solid"
            aria-disabled={removing || undefined}
            onClick={() => void remove()}
          >
            {removing ? t('referenceData.remove.removing') : t('referenceData.remove.confirm')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
