import { useTranslation } from 'react-i18next';
import { UNKNOWN } from '../../../../assessments/questionnaire/answers';
import type { AnswerValue } from '../../autosave/useAnswerQueue';

interface UnknownToggleProps {
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
}

/** "Unknown" for answer types whose own control cannot say it (text, date, country, parties). */
export function UnknownToggle({ value, onChange }: UnknownToggleProps) {
  const { t } = useTranslation();
  return (
    <label className="choice choice--inline" data-unknown>
      <input
        type="checkbox"
        checked={value === UNKNOWN}
        onChange={() => onChange(value === UNKNOWN ? undefined : UNKNOWN)}
      />
      <span className="choice__label">{t('wizard.unknown')}</span>
    </label>
  );
}
