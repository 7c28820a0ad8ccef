import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../components/Modal';
import { useLanguage } from '../i18n/useLanguage';
import { BackupsPanel } from '../backups/BackupsPanel';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { formatMinutes } from './formatMinutes';
import { IDLE_LOCK_CHOICES, isIdleLockMinutes, type IdleLockMinutes } from './idleLockSetting';

interface SecurityDialogProps {
  idleMinutes: IdleLockMinutes;
  onIdleMinutes: (minutes: IdleLockMinutes) => void;
  onClose: () => void;
}

export function SecurityDialog({ idleMinutes, onIdleMinutes, onClose }: SecurityDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const idleRef = useRef<HTMLSelectElement>(null);
  const [idleSaved, setIdleSaved] = useState(false);
  return (
    <Modal title={t('security.title')} onClose={onClose} initialFocusRef={idleRef}>
      <div className="stack">
        <div className="field">
          <label htmlFor={`${id}-idle`} className="field__label">
            {t('security.idleLabel')}
          </label>
          <p id={`${id}-idle-hint`} className="field__hint">
            {t('security.idleHint')}
          </p>
          <select
            ref={idleRef}
            id={`${id}-idle`}
            className="select"
            aria-describedby={`${id}-idle-hint`}
            value={idleMinutes}
            onChange={(event) => {
              const minutes = Number(event.target.value);
              if (!isIdleLockMinutes(minutes)) return;
              onIdleMinutes(minutes);
              setIdleSaved(true);
            }}
          >
            {IDLE_LOCK_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {formatMinutes(minutes, language)}
              </option>
            ))}
          </select>
          <p className="form__status" role="status">
            {idleSaved ? t('security.idleSaved', { duration: formatMinutes(idleMinutes, language) }) : ''}
          </p>
        </div>
        <ChangePassphraseForm />
        <BackupsPanel />
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('security.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
