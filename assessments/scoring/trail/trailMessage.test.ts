import { describe, expect, it } from 'vitest';
import type { Answers } from '../../questionnaire/answers';
import { LOCALES } from '../../questionnaire/templateSchema';
import { scoreAssessment } from '../scoreAssessment';
import frozen from '../testing/frozenResults-1.0.0.json';
import { optionsTemplate } from '../testing/methodologyOptions';
import { surveillanceExportHria } from '../testing/realTemplate';
import { TRAIL_CATALOGUES } from './catalogue';
import { en } from './catalogue/en';
import { trailLookup } from './trailLookup';
import { formatTrail, sourceText, trailMessageSchema } from './trailMessage';
import { trailMessages } from './trailMessages';

const compiled = surveillanceExportHria();
const cases = (frozen.cases as { name: string; answers: Record<string, unknown> }[]).map((c) => ({
  name: c.name,
  answers: c.answers as Answers,
}));
const placeholders = (pattern: string) => [...pattern.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('trail messages', () => {
  it.each(LOCALES)('%s has every sentence, with the placeholders of the English one', (locale) => {
    const catalogue = TRAIL_CATALOGUES[locale];
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, pattern] of Object.entries(en))
      expect(placeholders(catalogue[key as keyof typeof en]), key).toEqual(placeholders(pattern));
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: each step’s message reads as its English text and survives the result schema',
    (_name, { answers }) => {
      const result = scoreAssessment(compiled, answers, { messages: true });
      for (const step of result.explanation) {
        if (!step.message) throw new Error(`${step.kind} step has no message`);
        expect(sourceText(step.message)).toBe(step.text);
        expect(trailMessageSchema.parse(step.message)).toEqual(step.message);
      }
    },
  );

  it('records no message where the scoring version does not ask for them (frozen 1.0 output)', () => {
    for (const { answers } of cases)
      expect(scoreAssessment(compiled, answers).explanation.some((step) => 'message' in step)).toBe(false);
  });

  it('finds messages for a frozen result by scoring again, and none for a step that reads differently', () => {
    const answers = cases[0]?.answers ?? {};
    const result = scoreAssessment(compiled, answers);
    const again = () => scoreAssessment(compiled, answers, { messages: true });
    expect(trailMessages(result, again).every((msg) => msg !== null)).toBe(true);
    const tampered = {
      ...result,
      explanation: result.explanation.map((step, i) => (i === 0 ? { ...step, text: `${step.text}!` } : step)),
    };
    const messages = trailMessages(tampered, again);
    expect(messages[0]).toBeNull();
    expect(messages.slice(1).every((msg) => msg !== null)).toBe(true);
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    '%s: a whole trail reads in the language, with tiers, flags and options in its words',
    (locale) => {
      const words = {
        tier: (tier: string) => `<${tier}>`,
        text: (key: string) => `«${key}»`,
        unknown: '<unknown>',
        yes: '<yes>',
        no: '<no>',
      };
      const lookup = trailLookup(locale, compiled.template, words);
      for (const { answers } of cases) {
        const result = scoreAssessment(compiled, answers, { messages: true });
        for (const step of result.explanation) {
          const sentence = formatTrail(step.message!, lookup);
          expect(sentence).not.toMatch(/\{\w+\}/);
          if (step.kind === 'flag') expect(sentence).toContain('«questions.');
          if (step.kind === 'matrix') expect(sentence).toMatch(/<(Low|Medium|High|Unacceptable)>$/);
          // No English sentence of the engine is left in another language's trail.
          for (const english of [
            'max of the dimensions',
            'Matrix:',
            'presumption of denial',
            'at least refer',
          ])
            expect(sentence).not.toContain(english);
        }
      }
    },
  );

  it('explains a severity cap: the dimension counted lower, then the cap with its reason and answers', () => {
    const capped = optionsTemplate(['caps']);
    const result = scoreAssessment(capped, { A1: { value: 1 }, A2: { value: 5 } }, { messages: true });
    const texts = result.explanation.map((step) => `${step.kind}: ${step.text}`);
    expect(texts.slice(0, 3)).toEqual([
      'severity: Severity 2 = max of the dimensions (A1 = 1, A2 = 5, counted as 2)',
      'cap: Cap scope-cap: Low intrusion (A1 = 1) → A2 counts at most 3',
      'cap: Cap scope-cap-min: Minimal (A1 = 1) → A2 counts at most 2',
    ]);
    expect(result.explanation[1]?.questionIds).toEqual(['A1', 'A2']);
    const french = trailLookup('fr', capped.template, {
      tier: (tier) => tier,
      text: (_key, source) => source,
      unknown: 'Inconnu',
      yes: 'oui',
      no: 'non',
    });
    expect(formatTrail(result.explanation[1]!.message!, french)).toBe(
      'Plafond scope-cap : Low intrusion (A1 = 1) → A2 compte au plus 3',
    );
  });
});
