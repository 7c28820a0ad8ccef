import { DateInput } from '../../components/DateInput';
import type { AnswerControlProps } from './controlProps';

/** A date answer: an empty field is no answer. */
export function DateAnswer({
  value,
  onChange,
  labelledBy,
  describedBy,
  invalid,
  question,
}: AnswerControlProps) {
  return (
    <DateInput
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-required={question.required || undefined}
      aria-invalid={invalid || undefined}
      value={typeof value === 'string' ? value : ''}
      onChange={(typed) => onChange(typed.trim() === '' ? undefined : typed)}
    />
  );
}
