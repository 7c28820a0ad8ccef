import { useId } from 'react';
import { CountrySelect } from '../../components/CountrySelect';
import type { AnswerControlProps } from './controlProps';

/** The country list in the reader's language; typing a name on the focused list jumps to it. */
export function CountryAnswer({
  value,
  onChange,
  labelledBy,
  describedBy,
  invalid,
  question,
}: AnswerControlProps) {
  const id = useId();
  return (
    <div className="country-answer">
      <CountrySelect
        id={id}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        {...(question.required ? { 'aria-required': true as const } : {})}
        {...(invalid ? { 'aria-invalid': true as const } : {})}
        value={typeof value === 'string' && value !== 'unknown' ? value : ''}
        onChange={(code) => onChange(code === '' ? undefined : code)}
      />
    </div>
  );
}
