import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../format/dates';
import { useLanguage } from '../../i18n/useLanguage';
import type { AnswerControlProps } from './controlProps';

/**
 * A date typed as YYYY-MM-DD (the stored form) with the reader's own rendering beside it. A text field
 * rather than `type="date"`, whose segment order follows the browser's locale, not the page's.
 */
export function DateAnswer({
  value,
  onChange,
  labelledBy,
  describedBy,
  invalid,
  question,
}: AnswerControlProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const typed = typeof value === 'string' ? value : '';
  const readable = formatCalendarDate(typed, language);
  return (
    <div className="date-answer">
      <input
        className="input date-answer__input"
        dir="ltr"
        inputMode="numeric"
        autoComplete="off"
        placeholder="YYYY-MM-DD"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-required={question.required || undefined}
        aria-invalid={invalid || undefined}
        value={typed}
        onChange={(event) => onChange(event.target.value.trim() === '' ? undefined : event.target.value)}
      />
      <span className="date-answer__readable" aria-live="polite">
        {readable ?? t('wizard.dateHint')}
      </span>
    </div>
  );
}
