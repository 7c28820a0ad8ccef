import { UNKNOWN, type AnswerEntry } from '../questionnaire/answers';
import type { Question } from '../questionnaire/templateSchema';
import { isolate } from './bidi/isolate';
import type { ReportContext } from './layout/reportContext';
import type { TemplateTexts } from './templateTexts';

/**
 * An answer in words, by question type: option labels in the report's language, dates and
 * countries through Intl, parties one per line. Unrecognised shapes are shown as their JSON
 * rather than dropped, so nothing stored is hidden from the reader. What a user typed is isolated
 * by its own direction within the report's sentences (`isolate`).
 */
export function formatAnswer(
  ctx: ReportContext,
  texts: TemplateTexts,
  question: Question,
  entry: AnswerEntry | undefined,
): string {
  if (!entry) return ctx.t('answers.notAnswered');
  const value = entry.value;
  if (value === UNKNOWN) return ctx.t('answers.unknown');
  const option = (choice: unknown) =>
    typeof choice === 'string' && question.options?.some((o) => o.value === choice)
      ? texts.text(`questions.${question.id}.options.${choice}`)
      : isolate(JSON.stringify(choice));
  switch (question.type) {
    case 'single':
      return option(value);
    case 'multi':
      return Array.isArray(value) ? value.map((choice) => `• ${option(choice)}`).join('\n') : option(value);
    case 'yesno':
      return value === 'yes'
        ? ctx.t('answers.yes')
        : value === 'no'
          ? ctx.t('answers.no')
          : JSON.stringify(value);
    case 'scale': {
      if (typeof value !== 'number') return JSON.stringify(value);
      const label = question.scale?.labels[String(value)];
      const shown = `${ctx.formatNumber(value)} / ${ctx.formatNumber(question.scale?.max ?? value)}`;
      return label ? `${shown}: ${texts.text(`questions.${question.id}.scale.${value}`)}` : shown;
    }
    case 'date':
      return typeof value === 'string' ? ctx.formatDate(value) : JSON.stringify(value);
    case 'country':
      return typeof value === 'string' ? ctx.countryName(value) : JSON.stringify(value);
    case 'entity':
      return (Array.isArray(value) ? value : [value]).map((party) => formatParty(ctx, party)).join('\n\n');
    default:
      return isolate(typeof value === 'string' ? value : JSON.stringify(value));
  }
}

/** Whether the whole answer is text a user typed (then its paragraph takes that text's direction). */
export function isTypedAnswer(question: Question): boolean {
  return !['single', 'multi', 'yesno', 'scale', 'date', 'country', 'entity'].includes(question.type);
}

const IDENTIFIER_TYPES = ['passport', 'national-id', 'company-registration', 'imo', 'other'] as const;

/**
 * A party as the report prints it: the name, or "Party not identified" with the reason given, then
 * what identifies it. Stored answers are printed as they are, so a malformed one still shows.
 */
function formatParty(ctx: ReportContext, party: unknown): string {
  if (!party || typeof party !== 'object' || Array.isArray(party)) return JSON.stringify(party);
  const p = party as {
    notIdentified?: unknown;
    reason?: unknown;
    name?: unknown;
    aliases?: unknown;
    address?: unknown;
    role?: unknown;
    birthDate?: unknown;
    nationality?: unknown;
    identifiers?: unknown;
  };
  const notIdentified = p.notIdentified === true;
  const lines = [
    notIdentified
      ? ctx.t('answers.notIdentified')
      : isolate(typeof p.name === 'string' ? p.name : JSON.stringify(p.name)),
  ];
  if (typeof p.role === 'string' && p.role) lines.push(`${ctx.t('answers.role')}: ${isolate(p.role)}`);
  if (notIdentified && typeof p.reason === 'string' && p.reason)
    lines.push(`${ctx.t('answers.notIdentifiedReason')}: ${isolate(p.reason)}`);
  if (Array.isArray(p.aliases) && p.aliases.length > 0)
    lines.push(`${ctx.t('answers.aliases')}: ${p.aliases.map((alias) => isolate(String(alias))).join('; ')}`);
  if (typeof p.birthDate === 'string' && p.birthDate)
    lines.push(`${ctx.t('answers.birthDate')}: ${isolate(p.birthDate)}`);
  if (typeof p.nationality === 'string' && p.nationality)
    lines.push(`${ctx.t('answers.nationality')}: ${isolate(ctx.countryName(p.nationality))}`);
  if (typeof p.address === 'string' && p.address)
    lines.push(`${ctx.t('answers.address')}: ${isolate(p.address)}`);
  if (Array.isArray(p.identifiers)) {
    for (const id of p.identifiers as { type?: unknown; value?: unknown }[]) {
      const type = IDENTIFIER_TYPES.find((known) => known === id.type);
      const label = type ? ctx.t(`answers.identifier.${type}`) : isolate(String(id.type));
      lines.push(`${label}: ${isolate(String(id.value))}`);
    }
  }
  return lines.join('\n');
}
