import type { AnswerControlProps } from './controlProps';

/** Free text, in whichever direction the assessor writes it. */
export function TextAnswer({
  question,
  value,
  onChange,
  labelledBy,
  describedBy,
  invalid,
}: AnswerControlProps) {
  return (
    <textarea
      className="textarea"
      dir="auto"
      rows={question.type === 'evidence' ? 3 : 6}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-required={question.required || undefined}
      aria-invalid={invalid || undefined}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
