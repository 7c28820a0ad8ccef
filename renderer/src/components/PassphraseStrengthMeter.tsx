import { useTranslation } from 'react-i18next';
import { estimatePassphraseStrength } from '../passphrase/passphraseStrength';

interface PassphraseStrengthMeterProps {
  id: string;
  passphrase: string;
}

const SEGMENTS = 3;

export function PassphraseStrengthMeter({ id, passphrase }: PassphraseStrengthMeterProps) {
  const { t } = useTranslation();
  const { level } = estimatePassphraseStrength(passphrase);
  const visible = passphrase.length > 0;
  return (
    <div className={visible ? `strength strength--${level}` : 'strength'}>
      <div className="strength__bar" aria-hidden="true">
        {Array.from({ length: SEGMENTS }, (_, index) => (
          <span key={index} className="strength__segment" />
        ))}
      </div>
      {/* Polite: the words change only when the level does, not on every keystroke. */}
      <p id={id} className="strength__label" aria-live="polite">
        {visible ? t(`strength.${level}`) : ''}
      </p>
    </div>
  );
}
