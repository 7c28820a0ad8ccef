import { describe, expect, it } from 'vitest';
import realTemplateJson from '../../templates/surveillance-export-hria/1.0.0/template.json';
import { scoreAssessment } from '../scoring/scoreAssessment';
import { surveillanceExportHria } from '../scoring/testing/realTemplate';
import { canonicalJson } from '../shared/canonicalJson';
import type { Answers } from './answers';
import { expressionValue } from './answerValue';
import { compileTemplate } from './compile';
import { test as holds, type EvaluationContext, type Value } from './expression/evaluate';
import { parseExpression } from './expression/parse';
import { templateSchema, type Question } from './templateSchema';
import { validateTemplate } from './validateTemplate';
import { answerContext } from './visibility';

const entityQuestion = { id: 'E1', type: 'entity', multiple: true } as Question;
const FORWARDER = { notIdentified: true, role: 'freight forwarder' };
const ACME = { name: 'Acme Trading FZE', aliases: [], address: '', identifiers: [], role: 'consignee' };

describe('a party not identified, as expressions see it', () => {
  it('reads as the name "unknown", so rules written for version 1 answers keep firing', () => {
    expect(expressionValue(entityQuestion, { value: [ACME, FORWARDER] })).toEqual([
      'Acme Trading FZE',
      'unknown',
    ]);
    expect(expressionValue({ ...entityQuestion, multiple: false }, { value: FORWARDER })).toEqual([
      'unknown',
    ]);
  });

  it('raises 1.0.0’s E1-GAP, and the result is the one the literal name "unknown" gives', () => {
    const compiled = surveillanceExportHria();
    const score = (e1: unknown) => scoreAssessment(compiled, { E1: { value: e1 as never } });
    const flagIds = (e1: unknown) => score(e1).flags.map((flag) => flag.id);
    expect(flagIds([ACME])).not.toContain('E1-GAP');
    expect(flagIds([ACME, FORWARDER])).toContain('E1-GAP');
    expect(canonicalJson(score([ACME, FORWARDER]))).toBe(
      canonicalJson(score([ACME, { name: 'unknown', role: 'freight forwarder' }])),
    );
  });
});

describe('unidentified(Q)', () => {
  const context = (answers: Record<string, Value>): EvaluationContext => ({
    answer: (id) => answers[id] ?? null,
    call: () => null,
    variable: () => null,
  });
  const run = (answers: Record<string, Value>) =>
    holds(parseExpression('unidentified(E1)'), context(answers));

  it.each([
    [['Acme', 'unknown'], true],
    [['Acme', ' Unknown '], true],
    [['Acme'], false],
    ['unknown', false],
    [null, false],
  ] as const)('E1 reading %j → %s', (value, expected) => {
    expect(run({ E1: value as Value })).toBe(expected);
  });

  it('reads the stored party state through the real answer context, and a hidden question has no party', () => {
    const compiled = compileTemplate(templateSchema.parse(realTemplateJson));
    const check = (answers: Answers, visible = true) =>
      holds(
        parseExpression('unidentified(E1)'),
        answerContext(compiled, answers, () => visible),
      );
    expect(check({ E1: { value: [ACME, FORWARDER] } })).toBe(true);
    expect(check({ E1: { value: [ACME] } })).toBe(false);
    expect(check({ E1: { value: 'unknown' } })).toBe(false);
    expect(check({ E1: { value: [FORWARDER] } }, false)).toBe(false);
  });

  it('is accepted on an entity question and refused on any other, naming both', () => {
    const withFlag = (when: string) => {
      const json = structuredClone(realTemplateJson) as {
        sections: { questions: { id: string; redFlags?: unknown[] }[] }[];
      };
      const e1 = json.sections.flatMap((s) => s.questions).find((q) => q.id === 'E1');
      e1?.redFlags?.push({
        id: 'E1-UNIDENTIFIED',
        code: 'GAP',
        when,
        message: 'A party is not identified.',
        basis: [{ framework: 'EU', clause: 'Art. 12(4)', source: 'S1' }],
      });
      const result = validateTemplate(json);
      return result.ok ? [] : result.problems.filter((p) => p.file === 'template.json').map((p) => p.message);
    };
    expect(withFlag('unidentified(E1)')).toEqual([]);
    expect(withFlag('unidentified(C1)')).toEqual([
      'unidentified(C1) needs an entity question (a list of parties), but C1 is a country question',
    ]);
    const floor = structuredClone(realTemplateJson) as { scoring: { severity: { floors: unknown[] } } };
    floor.scoring.severity.floors.push({ id: 'x', when: 'unidentified(C1)', atLeast: 3, reason: 'x' });
    const problems = validateTemplate(floor);
    expect(problems.ok ? [] : problems.problems.filter((p) => /unidentified/.test(p.message))).toEqual([
      expect.objectContaining({
        path: '$.scoring.severity.floors[' + String(floor.scoring.severity.floors.length - 1) + '].when',
      }),
    ]);
    expect(withFlag('answered(E1) and not unidentified(B2)')).toEqual([
      'unidentified(B2) needs an entity question (a list of parties), but B2 is a single question',
    ]);
  });
});
