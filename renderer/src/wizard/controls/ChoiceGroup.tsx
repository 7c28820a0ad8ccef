import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UNKNOWN } from '../../../../assessments/questionnaire/answers';
import type { Question } from '../../../../assessments/questionnaire/templateSchema';
import { useLanguage } from '../../i18n/useLanguage';
import type { TemplateText } from '../../../../assessments/questionnaire/templateText';
import type { AnswerControlProps } from './controlProps';

interface Choice {
  value: string | number;
  label: string;
}

/** Single choice, yes/no and scale: one native radio group, so arrow keys move and select. */
export function ChoiceGroup({
  question,
  text,
  value,
  onChange,
  labelledBy,
  describedBy,
  invalid,
}: AnswerControlProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = useId();
  const choices = choicesFor(question, text, language, { yes: t('wizard.yes'), no: t('wizard.no') });
  if (question.allowUnknown) choices.push({ value: UNKNOWN, label: t('wizard.unknown') });
  // Bare points sit in a row; points with anchor texts read better as a list.
  const scale = question.type === 'scale' && Object.keys(question.scale?.labels ?? {}).length === 0;
  return (
    <div
      role="radiogroup"
      className={scale ? 'choices choices--scale' : 'choices'}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-required={question.required || undefined}
      aria-invalid={invalid || undefined}
    >
      {choices.map((choice) => (
        <label
          key={String(choice.value)}
          className="choice"
          data-unknown={choice.value === UNKNOWN || undefined}
        >
          <input
            type="radio"
            name={name}
            value={String(choice.value)}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span className="choice__label">{choice.label}</span>
        </label>
      ))}
    </div>
  );
}

function choicesFor(
  question: Question,
  text: TemplateText,
  language: string,
  yesNo: { yes: string; no: string },
): Choice[] {
  if (question.type === 'scale') {
    const { min = 1, max = 5, labels = {} } = question.scale ?? {};
    const number = new Intl.NumberFormat(language);
    const points: Choice[] = [];
    for (let point = min; point <= max; point += 1) {
      const anchor = labels[String(point)];
      const label = anchor ? text.text(`questions.${question.id}.scale.${point}`, anchor) : null;
      points.push({
        value: point,
        label: label ? `${number.format(point)} · ${label}` : number.format(point),
      });
    }
    return points;
  }
  const options = question.options ?? [];
  if (question.type === 'yesno' && options.length === 0) {
    return [
      { value: 'yes', label: yesNo.yes },
      { value: 'no', label: yesNo.no },
    ];
  }
  return options.map((option) => ({
    value: option.value,
    label: text.optionLabel(question.id, option.value),
  }));
}
