import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile } from '../questionnaire/answersFile';
import type { AnswerEntry, Answers } from '../questionnaire/answers';
import type { CompiledTemplate } from '../questionnaire/compile';
import { canonicalJson } from '../shared/canonicalJson';
import liInterior from '../../test/fixtures/answers/example-3-li-interior.json';
import template11Json from '../../templates/surveillance-export-hria/1.1.0/template.json';
import { scoreAssessment } from './scoreAssessment';
import { analyseSensitivity } from './sensitivity';
import { sensitivitySchema } from './sensitivitySchema';
import frozen from './testing/frozenResults-1.0.0.json';
import { surveillanceExportHria } from './testing/realTemplate';
import { compileJson } from './testing/templates';

const compiled10 = surveillanceExportHria();
const compiled11 = compileJson(template11Json);

function fileAnswers(json: unknown, template: CompiledTemplate): Answers {
  const parsed = parseAnswersFile(json, template);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.answers;
}

/** Worked example 3 on template 1.1.0 with the questions 1.1 adds answered as the example's facts give. */
function liInterior11(): Record<string, AnswerEntry> {
  const file = structuredClone(liInterior) as {
    template: string;
    answers: Record<string, { value: unknown }>;
  };
  file.template = 'surveillance-export-hria@1.1.0';
  const i5 = file.answers.I5;
  if (i5 && Array.isArray(i5.value))
    i5.value = i5.value.map((v: unknown) => (v === 'end-user-change' ? 'user-changed' : v));
  for (const [id, value] of Object.entries({
    B10: 'standalone',
    E9: ['no-intermediary'],
    G8: 'yes',
    G9: 'no',
  }))
    file.answers[id] = { value };
  const answers: Record<string, AnswerEntry> = {};
  for (const [id, entry] of Object.entries(fileAnswers(file, compiled11))) if (entry) answers[id] = entry;
  return answers;
}

describe('analyseSensitivity', () => {
  it('leaves a frozen 1.0.0 result byte-identical', () => {
    const frozenCase = frozen.cases[0] as {
      answers: Answers;
      evidence: Record<string, string[]>;
      resultSha256: string;
    };
    const evidenceCounts = Object.fromEntries(
      Object.entries(frozenCase.evidence).map(([id, items]) => [id, items.length]),
    );
    const result = scoreAssessment(compiled10, frozenCase.answers, {
      evidenceCounts,
      evidenceLinks: frozenCase.evidence,
    });
    const before = canonicalJson(result);
    const analysis = analyseSensitivity(compiled10, frozenCase.answers, result, { evidenceCounts });
    expect(sensitivitySchema.parse(analysis)).toEqual(analysis);
    expect(canonicalJson(result)).toBe(before);
    expect(createHash('sha256').update(before).digest('hex')).toBe(frozenCase.resultSha256);
  });

  it('names severity as assumed, with section F, while F3–F5 are unanswered', () => {
    const answers = liInterior11();
    for (const id of ['F3', 'F4', 'F5']) delete answers[id];
    const result = scoreAssessment(compiled11, answers);
    const { assumptions } = analyseSensitivity(compiled11, answers, result);
    expect(assumptions).toContainEqual({
      kind: 'severityAssumed',
      reason: 'unanswered',
      section: 'F',
      questionIds: ['F3', 'F4', 'F5'],
      value: 4,
    });
  });

  it('separates Unknown severity dimensions from unanswered ones, and lists Unknown answers', () => {
    const answers = { ...liInterior11(), F5: { value: 'unknown' }, D2: { value: 'unknown' } };
    const result = scoreAssessment(compiled11, answers);
    const { assumptions } = analyseSensitivity(compiled11, answers, result);
    expect(assumptions).toContainEqual(
      expect.objectContaining({ kind: 'severityAssumed', reason: 'unknown', questionIds: ['F5'] }),
    );
    expect(assumptions).toContainEqual(
      expect.objectContaining({ kind: 'unknownAnswer', section: 'D', questionIds: ['D2'], risk: 3 }),
    );
  });

  it('says a likelihood section with nothing answered counts as 0', () => {
    const answers = liInterior11();
    for (const id of Object.keys(answers)) if (id.startsWith('E')) delete answers[id];
    const result = scoreAssessment(compiled11, answers);
    const { assumptions } = analyseSensitivity(compiled11, answers, result);
    expect(assumptions).toContainEqual(
      expect.objectContaining({ kind: 'likelihoodAssumed', section: 'E', noneAnswered: true }),
    );
  });

  it('lists tier changers that do change the tier when applied', () => {
    const answers = liInterior11();
    const result = scoreAssessment(compiled11, answers);
    const { tierChangers, variants } = analyseSensitivity(compiled11, answers, result);
    expect(variants).toBeGreaterThan(50);
    expect(tierChangers.length).toBeGreaterThan(0);
    for (const changer of tierChangers) {
      const applied = scoreAssessment(compiled11, {
        ...answers,
        [changer.questionId]: { ...answers[changer.questionId], value: changer.toAnswer },
      });
      expect(applied.tier).not.toBe(result.tier);
      expect(applied).toMatchObject({ tier: changer.tier, recommendation: changer.recommendation });
    }
    // A STOP answer is the plainest changer: Entity-List designation of the end user denies.
    expect(tierChangers).toContainEqual(
      expect.objectContaining({ questionId: 'D3', tier: 'Unacceptable', recommendation: 'deny' }),
    );
  });

  it('rescores hundreds of variants, which is why the sensitivity is asked for apart from the result', () => {
    const answers = liInterior11();
    // Every variant is rescored: hundreds of evaluations, which is why `assessment.sensitivity` is a
    // separate operation the panel asks for after showing the result, not part of the evaluation.
    const variants = analyseSensitivity(compiled11, answers, scoreAssessment(compiled11, answers)).variants;
    expect(variants).toBeGreaterThan(100);
  });
});
