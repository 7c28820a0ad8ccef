import { useTranslation } from 'react-i18next';
import { UNKNOWN } from '../../../../assessments/questionnaire/answers';
import { toggleOption } from '../drafts';
import type { AnswerControlProps } from './controlProps';

/** Checkboxes; an exclusive option ("none of these") and "Unknown" clear every other choice. */
export function MultiChoice({
  question,
  text,
  value,
  onChange,
  labelledBy,
  describedBy,
  invalid,
}: AnswerControlProps) {
  const { t } = useTranslation();
  const chosen = Array.isArray(value) ? value : [];
  return (
    <div
      role="group"
      className="choices"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      {(question.options ?? []).map((option) => {
        const label = text.optionLabel(question.id, option.value);
        return (
          <label key={option.value} className="choice" data-exclusive={option.exclusive || undefined}>
            <input
              type="checkbox"
              value={option.value}
              checked={chosen.includes(option.value)}
              onChange={() => onChange(toggleOption(question, value, option.value))}
            />
            <span className="choice__label">{label}</span>
            {option.exclusive && (
              <span className="choice__hint">{t('wizard.exclusiveHint', { option: label })}</span>
            )}
          </label>
        );
      })}
      {question.allowUnknown && (
        <label className="choice" data-unknown>
          <input
            type="checkbox"
            value={UNKNOWN}
            checked={value === UNKNOWN}
            onChange={() => onChange(value === UNKNOWN ? [] : UNKNOWN)}
          />
          <span className="choice__label">{t('wizard.unknown')}</span>
        </label>
      )}
    </div>
  );
}
