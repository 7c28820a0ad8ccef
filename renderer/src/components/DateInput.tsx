import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';

export interface DateInputProps extends Omit<
  ComponentPropsWithRef<'input'>,
  'type' | 'value' | 'defaultValue' | 'onChange'
> {
  /** The date as stored, YYYY-MM-DD, or whatever has been typed so far. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * The one date entry: typed as YYYY-MM-DD (the stored form) with the reader's own rendering
 * beside it. A text field rather than `type="date"`, whose segment order follows the browser's
 * locale, not the page's. Works with react-hook-form through a Controller (the ref is the input).
 */
export function DateInput({ value, onChange, className, ...input }: DateInputProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const readable = formatCalendarDate(value, language);
  return (
    <div className="date-answer">
      <input
        {...input}
        type="text"
        className={`input date-answer__input${className ? ` ${className}` : ''}`}
        dir="ltr"
        inputMode="numeric"
        autoComplete="off"
        placeholder="YYYY-MM-DD"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <span className="date-answer__readable" aria-live="polite">
        {readable ?? t('form.dateHint')}
      </span>
    </div>
  );
}
