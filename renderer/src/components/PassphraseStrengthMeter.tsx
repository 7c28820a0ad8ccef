import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../assessments/workspace/schemas';
import type { StrengthLevel } from '../passphrase/passphraseStrength';
import { usePassphraseAssessment, type PassphraseAssessment } from '../passphrase/usePassphraseAssessment';

interface PassphraseStrengthMeterProps {
  id: string;
  passphrase: string;
  /** Words the passphrase should not lean on, such as the assessor's name. */
  userInputs?: readonly string[];
}

const SEGMENTS = 3;

/** The core's rule (zxcvbn score ≥ 3 and the minimum length) decides "strong": nothing else does. */
export function strengthLevel(
  passphrase: string,
  assessed: PassphraseAssessment | null,
): StrengthLevel | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (!assessed) return null;
  if (assessed.acceptable) return 'strong';
  return assessed.score >= 2 ? 'fair' : 'weak';
}

export function PassphraseStrengthMeter({ id, passphrase, userInputs }: PassphraseStrengthMeterProps) {
  const { t } = useTranslation();
  const level = strengthLevel(passphrase, usePassphraseAssessment(passphrase, userInputs));
  const shown = passphrase.length > 0 ? level : null;
  return (
    <div className={shown ? `strength strength--${shown}` : 'strength'}>
      <div className="strength__bar" aria-hidden="true">
        {Array.from({ length: SEGMENTS }, (_, index) => (
          <span key={index} className="strength__segment" />
        ))}
      </div>
      {/* Polite: the words change only when the level does, not on every keystroke. */}
      <p id={id} className="strength__label" aria-live="polite">
        {shown ? t(`strength.${shown}`) : ''}
      </p>
    </div>
  );
}
