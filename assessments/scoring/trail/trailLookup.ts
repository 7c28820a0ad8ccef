import { UNKNOWN } from '../../questionnaire/answers';
import type { Locale, Template } from '../../questionnaire/templateSchema';
import type { Tier } from '../../questionnaire/templateTypes';
import { TRAIL_CATALOGUES } from './catalogue';
import type { TrailLookup } from './trailMessage';

export interface TrailWords {
  tier(tier: Tier): string;
  /** A template text in the reader's language by translation key, else the template's own. */
  text(key: string, source: string): string;
  /** "Unknown", "yes" and "no" as the reader's language says them. */
  unknown: string;
  yes: string;
  no: string;
}

/**
 * How a reader in `locale` sees a trail: its sentences from the catalogue, tiers and template texts
 * from the caller's strings, and an answer value by its option's label (option values are
 * identifiers, not words); numbers, dates and names as they are.
 */
export function trailLookup(locale: Locale, template: Template, words: TrailWords): TrailLookup {
  const questions = new Map(template.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
  return {
    catalogue: TRAIL_CATALOGUES[locale],
    tier: words.tier,
    text: words.text,
    answer: (questionId, value) => {
      if (value === UNKNOWN) return words.unknown;
      const question = questions.get(questionId);
      if (question?.type === 'yesno' && (value === 'yes' || value === 'no')) return words[value];
      const option = question?.options?.find((candidate) => candidate.value === value);
      if (option) return words.text(`questions.${questionId}.options.${option.value}`, option.label);
      return String(value);
    },
  };
}
