import { COUNTRY_CODES } from '../shared/countries';
import { entitySchema, UNKNOWN, type AnswerEntry } from './answers';
import type { Question } from './templateSchema';

const MAX_TEXT = 100_000;

/** Why `entry` is not a valid answer to `question`, or null when it is. */
export function validateAnswer(question: Question, entry: AnswerEntry): string | null {
  const { value } = entry;
  if (value === UNKNOWN) return question.allowUnknown ? null : `${question.id} does not offer "unknown"`;
  const options = (question.options ?? []).map((option) => option.value);
  switch (question.type) {
    case 'single':
      return typeof value === 'string' && options.includes(value)
        ? null
        : `expected one of ${list(options)}${unknownHint(question)}`;
    case 'yesno':
      return value === 'yes' || value === 'no' ? null : `expected "yes" or "no"${unknownHint(question)}`;
    case 'multi': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        return `expected a list of options from ${list(options)}`;
      const chosen = value as string[];
      const wrong = chosen.find((v) => !options.includes(v));
      if (wrong !== undefined) return `"${wrong}" is not an option (expected values from ${list(options)})`;
      if (new Set(chosen).size !== chosen.length) return 'an option is selected twice';
      const exclusive = (question.options ?? []).find((o) => o.exclusive && chosen.includes(o.value));
      if (exclusive && chosen.length > 1) return `"${exclusive.value}" excludes every other option`;
      return null;
    }
    case 'scale': {
      const { min = 1, max = 5 } = question.scale ?? {};
      return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
        ? null
        : `expected a whole number from ${min} to ${max}${unknownHint(question)}`;
    }
    case 'text':
    case 'evidence':
      return typeof value === 'string' && value.length <= MAX_TEXT
        ? null
        : `expected text of at most ${MAX_TEXT} characters`;
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? null : 'expected a date as YYYY-MM-DD';
    case 'country':
      return typeof value === 'string' && (COUNTRY_CODES as readonly string[]).includes(value)
        ? null
        : 'expected an ISO 3166-1 alpha-2 country code such as "EG"';
    case 'entity': {
      const entities = question.multiple && Array.isArray(value) ? value : [value];
      if (question.multiple && !Array.isArray(value)) return 'expected a list of parties';
      for (const [index, entity] of entities.entries()) {
        const parsed = entitySchema.safeParse(entity);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const where = [...(question.multiple ? [index] : []), ...(issue?.path ?? [])].join('.');
          return `party${where ? ` ${where}` : ''}: ${issue?.message ?? 'invalid'} (expected { name, role, aliases, address, birthDate, nationality, identifiers } or { notIdentified: true, role, reason })`;
        }
      }
      return null;
    }
  }
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function list(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

function unknownHint(question: Question): string {
  return question.allowUnknown ? ' or "unknown"' : '';
}
