import { describe, expect, it } from 'vitest';
import { UNKNOWN, type AnswerEntry, type Answers } from '../../questionnaire/answers';
import type { CompiledTemplate } from '../../questionnaire/compile';
import { collectQuestionRefs } from '../../questionnaire/expression/ast';
import { questionRisk } from '../../questionnaire/questionRisk';
import { RECOMMENDATIONS, TIERS } from '../../questionnaire/templateSchema';
import type { Question, Tier } from '../../questionnaire/templateTypes';
import { visibleQuestions } from '../../questionnaire/visibility';
import { scoringResultSchema, type ScoringResult } from '../resultSchema';
import { scoreAssessment } from '../scoreAssessment';
import { pick, seededRandom, shuffled, type Random } from './prng';
import { randomAnswers, randomValue } from './randomAnswers';

export interface PropertyOptions {
  seed: number;
  runs: number;
  /** Non-vacuity guards: each property must have exercised at least this many cases. */
  minimumCases: number;
  /** How many raised questions must be referenced by no rule at all (the unconditional case). */
  minimumFreeCases: number;
}

const tierIndex = (tier: Tier) => TIERS.indexOf(tier);

/** Answer sets over the whole range: uniform and low-risk-leaning, with and without Unknown and gaps. */
export function answerSets(compiled: CompiledTemplate, seed: number, runs: number): Answers[] {
  const random = seededRandom(seed);
  return Array.from({ length: runs }, () =>
    randomAnswers(compiled, random, {
      skew: pick(random, [1, 2, 3, 5, 8]),
      unknownRate: pick(random, [0, 0.05, 0.2]),
      missingRate: pick(random, [0, 0, 0.05]),
    }),
  );
}

function refsOf(exprs: Iterable<Parameters<typeof collectQuestionRefs>[0]>): Set<string> {
  const refs = new Set<string>();
  for (const expr of exprs) collectQuestionRefs(expr, refs);
  return refs;
}

/** A value of the same question with a strictly higher risk, or null when none exists. */
function raisedValue(
  question: Question,
  entry: AnswerEntry,
  unknownRisk: number,
  random: Random,
): AnswerEntry['value'] | null {
  const current = questionRisk(question, entry, unknownRisk);
  if (!current || current.unknown) return null;
  const options = question.options ?? [];
  const candidates: AnswerEntry['value'][] = [];
  if (question.type === 'single' || question.type === 'yesno')
    candidates.push(...options.map((o) => o.value));
  if (question.type === 'scale') {
    for (let point = question.scale?.min ?? 1; point <= (question.scale?.max ?? 5); point += 1)
      candidates.push(point);
  }
  if (question.type === 'multi' && Array.isArray(entry.value)) {
    const chosen = entry.value.filter((v): v is string => typeof v === 'string');
    for (const option of options) {
      candidates.push([option.value]);
      if (!option.exclusive && !chosen.includes(option.value)) {
        candidates.push([
          ...chosen.filter((v) => !options.find((o) => o.value === v)?.exclusive),
          option.value,
        ]);
      }
    }
  }
  const higher = candidates.filter(
    (value) => (questionRisk(question, { value }, unknownRisk)?.risk ?? -1) > current.risk,
  );
  return higher.length > 0 ? pick(random, higher) : null;
}

/** Rule outcomes after are at least as severe as before: no flag, floor or actual rule lost, no credit gained. */
function noMoreLenient(before: ScoringResult, after: ScoringResult): boolean {
  const contains = (big: string[], small: string[]) => small.every((item) => big.includes(item));
  return (
    contains(
      after.flags.map((f) => f.id),
      before.flags.map((f) => f.id),
    ) &&
    contains(
      after.severity.floorsApplied.map((f) => f.id),
      before.severity.floorsApplied.map((f) => f.id),
    ) &&
    contains(after.likelihood.actualMisuse, before.likelihood.actualMisuse) &&
    (before.likelihood.mitigationCreditApplied || !after.likelihood.mitigationCreditApplied)
  );
}

/**
 * The scoring properties every template must satisfy, registered as vitest cases so the fixture and
 * the real template run the same checks. Loading happens inside `describe`, so a template that does
 * not exist or does not validate fails the suite instead of skipping it.
 */
export function describeScoringProperties(
  name: string,
  load: () => CompiledTemplate,
  options: PropertyOptions,
): void {
  describe(`scoring properties: ${name}`, () => {
    const compiled = load();
    const scoring = compiled.template.scoring;
    if (!scoring) throw new Error(`${name} has no scoring block`);
    const sets = answerSets(compiled, options.seed, options.runs);
    const score = (answers: Answers) => scoreAssessment(compiled, answers);
    const json = (answers: Answers) => JSON.stringify(score(answers));

    it('has a matrix that never falls as severity or likelihood rises', () => {
      for (let s = 0; s < 5; s += 1) {
        for (let l = 0; l < 5; l += 1) {
          const cell = tierIndex(scoring.matrix[s]?.[l] ?? 'Low');
          if (s > 0) expect(cell).toBeGreaterThanOrEqual(tierIndex(scoring.matrix[s - 1]?.[l] ?? 'Low'));
          if (l > 0) expect(cell).toBeGreaterThanOrEqual(tierIndex(scoring.matrix[s]?.[l - 1] ?? 'Low'));
        }
      }
    });

    it('any STOP gives Unacceptable and deny; ESC, GAP and the gate keep their minimums', () => {
      let stops = 0;
      for (const answers of sets) {
        const result = score(answers);
        const codes = new Set(result.flags.map((flag) => flag.code));
        const recommendation = RECOMMENDATIONS.indexOf(result.recommendation);
        expect(tierIndex(result.tier)).toBeGreaterThanOrEqual(tierIndex(result.matrixTier));
        if (codes.has('STOP')) {
          stops += 1;
          expect([result.tier, result.recommendation]).toEqual(['Unacceptable', 'deny']);
        }
        if (codes.has('ESC')) expect(tierIndex(result.tier)).toBeGreaterThanOrEqual(tierIndex('High'));
        if (codes.has('GAP')) expect(result.incomplete).toBe(true);
        if (codes.has('ESC') || result.incomplete)
          expect(recommendation).toBeGreaterThanOrEqual(RECOMMENDATIONS.indexOf('refer'));
        if (result.incomplete) expect(tierIndex(result.tier)).toBeGreaterThanOrEqual(tierIndex('High'));
      }
      expect(stops).toBeGreaterThanOrEqual(options.minimumCases);
    });

    it('raising one scored answer never lowers S or L, nor the tier unless a rule outcome turned lenient', () => {
      const random = seededRandom(options.seed + 1);
      const showIfRefs = refsOf(compiled.showIf.values());
      const ruleRefs = refsOf([...compiled.rules.values(), ...compiled.flags.map((flag) => flag.when)]);
      const cases = { free: 0, ruled: 0, belowTop: 0 };
      for (const answers of sets) {
        const before = score(answers);
        const eligible = before.questions.filter((q) => !q.unknown && !showIfRefs.has(q.questionId));
        for (const target of shuffled(random, eligible).slice(0, 4)) {
          const found = compiled.questions.get(target.questionId);
          const entry = answers[target.questionId];
          if (!found || !entry) continue;
          const value = raisedValue(found.question, entry, scoring.unknownRisk, random);
          if (value === null) continue;
          const after = score({ ...answers, [target.questionId]: { value } });
          const section = (r: ScoringResult) =>
            r.sections.find((s) => s.section === target.section)?.score ?? 0;
          expect(section(after)).toBeGreaterThanOrEqual(section(before));
          expect(after.likelihood.score).toBeGreaterThanOrEqual(before.likelihood.score);
          const free = !ruleRefs.has(target.questionId);
          if (!free && !noMoreLenient(before, after)) continue;
          cases[free ? 'free' : 'ruled'] += 1;
          if (before.tier !== 'Unacceptable') cases.belowTop += 1;
          expect(
            tierIndex(after.tier),
            `${target.questionId} → ${JSON.stringify(value)}`,
          ).toBeGreaterThanOrEqual(tierIndex(before.tier));
        }
      }
      expect(cases.free + cases.ruled).toBeGreaterThanOrEqual(options.minimumCases);
      expect(cases.belowTop).toBeGreaterThanOrEqual(options.minimumCases);
      expect(cases.free).toBeGreaterThanOrEqual(options.minimumFreeCases);
    });

    it('ignores answers to hidden questions entirely', () => {
      const random = seededRandom(options.seed + 2);
      let withHidden = 0;
      for (const answers of sets) {
        const visible = visibleQuestions(compiled, answers);
        const hidden = compiled.order.filter((id) => !visible.has(id));
        if (hidden.length === 0) continue;
        withHidden += 1;
        const changed: Record<string, AnswerEntry> = { ...(answers as Record<string, AnswerEntry>) };
        for (const id of hidden) {
          const question = compiled.questions.get(id)?.question;
          const roll = random();
          if (!question || roll < 0.3) delete changed[id];
          else
            changed[id] = { value: roll < 0.5 ? UNKNOWN : randomValue(question, random, 1 / (1 + random())) };
        }
        expect(json(changed)).toBe(json(answers));
      }
      expect(withHidden).toBeGreaterThanOrEqual(options.minimumCases);
    });

    it('scores Unknown at its unknownRisk and lists it as a gap', () => {
      const random = seededRandom(options.seed + 3);
      let checked = 0;
      for (const answers of sets) {
        const visible = visibleQuestions(compiled, answers);
        const offering = compiled.order.filter((id) => {
          const question = compiled.questions.get(id)?.question;
          return visible.has(id) && question?.importance !== undefined && question.allowUnknown;
        });
        if (offering.length === 0) continue;
        const id = pick(random, offering);
        const question = compiled.questions.get(id)?.question;
        const result = score({ ...answers, [id]: { value: UNKNOWN } });
        expect(result.questions.find((q) => q.questionId === id)).toMatchObject({
          risk: question?.unknownRisk ?? scoring.unknownRisk,
          unknown: true,
        });
        expect(result.gaps.unknownAnswers).toContain(id);
        checked += 1;
      }
      expect(checked).toBeGreaterThanOrEqual(options.minimumCases);
    });

    it('gives byte-identical JSON on repeated runs and on reordered answers, valid against its schema', () => {
      const random = seededRandom(options.seed + 4);
      for (const answers of sets) {
        const first = json(answers);
        const reordered = Object.fromEntries(shuffled(random, Object.entries(answers)));
        expect(json(answers)).toBe(first);
        expect(json(reordered)).toBe(first);
        expect(json(structuredClone(answers))).toBe(first);
        expect(JSON.stringify(scoringResultSchema.parse(JSON.parse(first)))).toBe(first);
      }
    });
  });
}
