import { describe, expect, it } from 'vitest';
import { optionsTemplateJson } from '../scoring/testing/methodologyOptions';
import { formatProblems } from './templateErrors';
import { validateTemplate } from './validateTemplate';

// Malformed cases write into an untyped copy, the way a hand-edited file arrives.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const valid = (): Json => optionsTemplateJson(['caps', 'decisive', 'revisit']);

function problemsOf(json: Json) {
  const validation = validateTemplate(json);
  return validation.ok ? [] : validation.problems;
}

describe('methodology 1.1 scoring options: validation', () => {
  it('accepts a template with caps, decisive answers and revisit prompts, and one without', () => {
    expect(formatProblems(problemsOf(valid()))).toBe('');
    expect(formatProblems(problemsOf(optionsTemplateJson([])))).toBe('');
  });

  const cases: [string, (t: Json) => void, string, RegExp][] = [
    [
      'cap on a question that is not a severity dimension',
      (t) => (t.scoring.severity.caps[0].dimension = 'A3'),
      '$.scoring.severity.caps[0].dimension',
      /A3 is not a severity dimension/,
    ],
    [
      'cap on an unknown question',
      (t) => (t.scoring.severity.caps[0].dimension = 'A9'),
      '$.scoring.severity.caps[0].dimension',
      /no question "A9"/,
    ],
    [
      'duplicate cap id',
      (t) => (t.scoring.severity.caps[1].id = 'scope-cap'),
      '$.scoring.severity.caps[1].id',
      /cap id "scope-cap" is used twice/,
    ],
    [
      'cap band out of range',
      (t) => (t.scoring.severity.caps[0].atMost = 6),
      '$.scoring.severity.caps[0].atMost',
      /band from 1 to 5/,
    ],
    [
      'cap condition that does not parse',
      (t) => (t.scoring.severity.caps[0].when = 'A1 <= '),
      '$.scoring.severity.caps[0].when',
      /at character/,
    ],
    [
      'cap condition reading a computed value',
      (t) => (t.scoring.severity.caps[0].when = 'severity <= 2'),
      '$.scoring.severity.caps[0].when',
      /cannot use computed values \(severity\)/,
    ],
    [
      'cap condition naming an unknown question',
      (t) => (t.scoring.severity.caps[0].when = 'Z1 <= 2'),
      '$.scoring.severity.caps[0].when',
      /question "Z1", which does not exist/,
    ],
    [
      'unknown cap field',
      (t) => (t.scoring.severity.caps[0].atLeast = 2),
      '$.scoring.severity.caps[0]',
      /atLeast/,
    ],
    [
      'more than 8 decisive answers',
      (t) =>
        (t.scoring.decisive = Array.from({ length: 9 }, (_, i) => ({ question: `A${i + 1}`, reason: 'r' }))),
      '$.scoring.decisive',
      /at most 8 decisive answers/,
    ],
    [
      'decisive answer to an unknown question',
      (t) => (t.scoring.decisive[0].question = 'A9'),
      '$.scoring.decisive[0].question',
      /no question "A9"/,
    ],
    [
      'decisive answer to an unscored question',
      (t) => (t.scoring.decisive[0].question = 'A4'),
      '$.scoring.decisive[0].question',
      /A4 is not scored/,
    ],
    [
      'decisive question listed twice',
      (t) => t.scoring.decisive.push({ question: 'A3', reason: 'again' }),
      '$.scoring.decisive[1].question',
      /listed as decisive twice/,
    ],
    [
      'revisit prompt for an unknown question',
      (t) => (t.scoring.revisit[1].question = 'I1'),
      '$.scoring.revisit[1].question',
      /no question "I1"/,
    ],
    [
      'duplicate revisit id',
      (t) => (t.scoring.revisit[1].id = 'severe'),
      '$.scoring.revisit[1].id',
      /revisit prompt id "severe" is used twice/,
    ],
    [
      'revisit condition with an option the question lacks',
      (t) => (t.scoring.revisit[1].when = "A3 == 'documentd'"),
      '$.scoring.revisit[1].when',
      /"documentd" is not an option of A3/,
    ],
    [
      'revisit condition reading a computed value',
      (t) => (t.scoring.revisit[0].when = "tier >= 'High'"),
      '$.scoring.revisit[0].when',
      /cannot use computed values \(tier\)/,
    ],
    [
      'revisit prompt without a reason',
      (t) => (t.scoring.revisit[0].reason = ' '),
      '$.scoring.revisit[0].reason',
      /non-empty text/,
    ],
  ];

  it.each(cases)('%s is reported at its path', (_name, breakIt, path, message) => {
    const json = valid();
    breakIt(json);
    const problems = problemsOf(json);
    expect(problems.map((problem) => problem.path)).toContain(path);
    expect(problems.find((problem) => problem.path === path)?.message).toMatch(message);
  });

  it('requires the reasons in every translation', () => {
    const json: Json = { ...valid(), locales: ['en', 'fr'] };
    const validation = validateTemplate(json, [
      {
        file: 'translations/fr.json',
        json: {
          format: 'assay-template-translation/1',
          template: json.id,
          version: json.version,
          locale: 'fr',
          texts: {},
        },
      },
    ]);
    const paths = validation.ok ? [] : validation.problems.map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.texts["scoring.caps.scope-cap"]',
        '$.texts["scoring.decisive.A3"]',
        '$.texts["scoring.revisit.awareness"]',
      ]),
    );
  });
});
