import { describe, expect, it } from 'vitest';
import { formatProblems } from './templateErrors';
import { validateTemplate, type TranslationInput } from './validateTemplate';

// The cases below deliberately write malformed JSON into an untyped copy of a template, the way a
// hand-edited file arrives; a precise type would forbid exactly the mistakes under test.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** A small valid template; each malformed case below breaks exactly one thing in a copy of it. */
function base(): Json {
  return {
    format: 'assay-template/1',
    id: 'mini-check',
    version: '1.0.0',
    title: 'Mini check',
    description: 'A template used to test validation.',
    sourceLocale: 'en',
    locales: ['en', 'fr'],
    sources: [{ id: 'S1', citation: 'Regulation (EU) 2021/821' }],
    scoring: {
      version: 'mini/1',
      unknownRisk: 3,
      severity: {
        dimensions: ['B1'],
        floors: [{ id: 'big', when: "A1 == 'b'", atLeast: 4, reason: 'B is grave' }],
      },
      likelihood: {
        components: [{ section: 'A', weight: 1 }],
        cutoffs: [20, 40, 60, 80],
        actual: [],
        assessorJudgement: 'B1',
      },
      matrix: Array.from({ length: 5 }, () => ['Low', 'Low', 'Medium', 'High', 'Unacceptable']),
      recommendations: {
        Low: 'approve',
        Medium: 'approve-with-conditions',
        High: 'refer',
        Unacceptable: 'deny',
      },
    },
    sections: [
      {
        id: 'A',
        title: 'Alpha',
        questions: [
          {
            id: 'A1',
            type: 'single',
            text: 'Pick one',
            guidance: { lookFor: 'Look', sources: 'Sources' },
            importance: 2,
            allowUnknown: true,
            options: [
              { value: 'a', label: 'A', risk: 0 },
              { value: 'b', label: 'B', risk: 4 },
            ],
            redFlags: [
              {
                id: 'A1-STOP',
                code: 'STOP',
                when: "A1 == 'b'",
                message: 'Stop',
                basis: [{ framework: 'EU', clause: 'Art. 5', source: 'S1' }],
              },
            ],
            mapsTo: [{ framework: 'EU', clause: 'Art. 5', source: 'S1' }],
          },
          {
            id: 'A2',
            type: 'multi',
            text: 'Pick several',
            guidance: { lookFor: 'Look', sources: 'Sources' },
            importance: 1,
            aggregate: { kind: 'max' },
            options: [
              { value: 'x', label: 'X', risk: 1 },
              { value: 'y', label: 'Y', risk: 3 },
              { value: 'none', label: 'None', risk: 0, exclusive: true },
            ],
            showIf: "A1 == 'a'",
            mapsTo: [{ framework: 'EU', clause: 'Art. 5', source: 'S1' }],
          },
        ],
      },
      {
        id: 'B',
        title: 'Beta',
        questions: [
          {
            id: 'B1',
            type: 'scale',
            text: 'How grave?',
            guidance: { lookFor: 'Look', sources: 'Sources' },
            scale: { min: 1, max: 5, labels: { '1': 'minor', '5': 'grave' } },
            mapsTo: [{ framework: 'UNGP', clause: '14', source: 'S1' }],
          },
          {
            id: 'B2',
            type: 'text',
            text: 'Notes',
            guidance: { lookFor: 'Look', sources: 'Sources' },
            required: false,
            mapsTo: [{ framework: 'UNGP', clause: '21', source: 'S1' }],
          },
        ],
      },
    ],
  };
}

function frenchFor(template: Json): TranslationInput {
  const texts: Record<string, string> = {
    title: 'Mini contrôle',
    description: 'Un modèle de test.',
    'sections.A.title': 'Alpha',
    'sections.B.title': 'Bêta',
    'questions.A1.text': 'Choisir',
    'questions.A1.guidance.lookFor': 'Chercher',
    'questions.A1.guidance.sources': 'Sources',
    'questions.A1.options.a': 'A',
    'questions.A1.options.b': 'B',
    'questions.A1.flags.A1-STOP': 'Arrêt',
    'questions.A2.text': 'Choisir plusieurs',
    'questions.A2.guidance.lookFor': 'Chercher',
    'questions.A2.guidance.sources': 'Sources',
    'questions.A2.options.x': 'X',
    'questions.A2.options.y': 'Y',
    'questions.A2.options.none': 'Aucun',
    'questions.B1.text': 'Gravité ?',
    'questions.B1.guidance.lookFor': 'Chercher',
    'questions.B1.guidance.sources': 'Sources',
    'questions.B1.scale.1': 'mineure',
    'questions.B1.scale.5': 'grave',
    'questions.B2.text': 'Notes',
    'questions.B2.guidance.lookFor': 'Chercher',
    'questions.B2.guidance.sources': 'Sources',
    'scoring.floors.big': 'B est grave',
  };
  return {
    file: 'translations/fr.json',
    json: {
      format: 'assay-template-translation/1',
      template: template.id,
      version: template.version,
      locale: 'fr',
      texts,
    },
  };
}

const q = (t: Json, s: number, i: number) => t.sections[s].questions[i];

const CASES: [string, (t: Json) => void, string, RegExp][] = [
  ['missing id', (t) => delete t.id, '$.id', /expected string|Invalid input/],
  ['bad version', (t) => (t.version = 'v1'), '$.version', /semantic version/],
  ['unknown format', (t) => (t.format = 'assay-template/9'), '$.format', /assay-template\/1/],
  ['unknown top-level key', (t) => (t.colour = 'red'), '$', /colour/],
  ['unknown answer type', (t) => (q(t, 0, 0).type = 'slider'), '$.sections[0].questions[0].type', /single/],
  [
    'risk out of range',
    (t) => (q(t, 0, 0).options[1].risk = 7),
    '$.sections[0].questions[0].options[1].risk',
    /0 to 4/,
  ],
  ['bad question id', (t) => (q(t, 0, 0).id = 'a-1'), '$.sections[0].questions[0].id', /question id/],
  ['importance 5', (t) => (q(t, 0, 0).importance = 5), '$.sections[0].questions[0].importance', /./],
  ['no mappings', (t) => (q(t, 0, 0).mapsTo = []), '$.sections[0].questions[0].mapsTo', /cite/],
  [
    'flag without basis',
    (t) => (q(t, 0, 0).redFlags[0].basis = []),
    '$.sections[0].questions[0].redFlags[0].basis',
    /framework clause/,
  ],
  [
    'unknown flag code',
    (t) => (q(t, 0, 0).redFlags[0].code = 'HALT'),
    '$.sections[0].questions[0].redFlags[0].code',
    /STOP/,
  ],
  [
    'duplicate question id',
    (t) => (q(t, 1, 1).id = 'B1'),
    '$.sections[1].questions[1].id',
    /already used at \$\.sections\[1\]\.questions\[0\]/,
  ],
  [
    'question in wrong section',
    (t) => (q(t, 1, 1).id = 'A9'),
    '$.sections[1].questions[1].id',
    /must start with "B"/,
  ],
  ['duplicate section', (t) => (t.sections[1].id = 'A'), '$.sections[1].id', /used twice/],
  [
    'duplicate option',
    (t) => (q(t, 0, 1).options[1].value = 'x'),
    '$.sections[0].questions[1].options[1].value',
    /appears twice/,
  ],
  [
    'scored option without risk',
    (t) => delete q(t, 0, 1).options[0].risk,
    '$.sections[0].questions[1].options[0].risk',
    /needs a risk weight/,
  ],
  [
    'single with one option',
    (t) => q(t, 0, 0).options.splice(1, 1),
    '$.sections[0].questions[0].options',
    /at least two options/,
  ],
  [
    'text question scored',
    (t) => (q(t, 1, 1).importance = 2),
    '$.sections[1].questions[1].importance',
    /cannot be scored/,
  ],
  [
    'scale without scale',
    (t) => delete q(t, 1, 0).scale,
    '$.sections[1].questions[0].scale',
    /needs "scale"/,
  ],
  [
    'scale min >= max',
    (t) => (q(t, 1, 0).scale.min = 6),
    '$.sections[1].questions[0].scale.max',
    /greater than min/,
  ],
  [
    'aggregate on single',
    (t) => (q(t, 0, 0).aggregate = { kind: 'max' }),
    '$.sections[0].questions[0].aggregate',
    /only multi/,
  ],
  [
    'exclusive on single',
    (t) => (q(t, 0, 0).options[0].exclusive = true),
    '$.sections[0].questions[0].options[0].exclusive',
    /only options of a multi/,
  ],
  [
    'reserved option value',
    (t) => (q(t, 0, 0).options[0].value = 'unknown'),
    '$.sections[0].questions[0].options[0].value',
    /reserved/,
  ],
  [
    'unknownRisk without allowUnknown',
    (t) => (q(t, 0, 1).unknownRisk = 4),
    '$.sections[0].questions[1].unknownRisk',
    /allowUnknown/,
  ],
  [
    'show-if names unknown question',
    (t) => (q(t, 0, 1).showIf = "Z9 == 'a'"),
    '$.sections[0].questions[1].showIf',
    /"Z9", which does not exist/,
  ],
  [
    'show-if syntax error',
    (t) => (q(t, 0, 1).showIf = "A1 == 'a' and"),
    '$.sections[0].questions[1].showIf',
    /expected a value but found end of expression/,
  ],
  [
    'show-if uses eval-like call',
    (t) => (q(t, 0, 1).showIf = "eval('1')"),
    '$.sections[0].questions[1].showIf',
    /unknown function "eval"/,
  ],
  [
    'show-if with unknown option',
    (t) => (q(t, 0, 1).showIf = "A1 == 'c'"),
    '$.sections[0].questions[1].showIf',
    /"c" is not an option of A1/,
  ],
  [
    'show-if reads a computed value',
    (t) => (q(t, 0, 1).showIf = 'severity >= 3'),
    '$.sections[0].questions[1].showIf',
    /cannot use computed values/,
  ],
  [
    'show-if cycle',
    (t) => (q(t, 0, 0).showIf = "A2 includes 'x'"),
    '$.sections[0].questions[0].showIf',
    /cycle: A1 → A2 → A1|cycle: A2 → A1 → A2/,
  ],
  [
    'ESC flag reads tier',
    (t) => (q(t, 0, 0).redFlags[0] = { ...q(t, 0, 0).redFlags[0], code: 'ESC', when: "tier >= 'High'" }),
    '$.sections[0].questions[0].redFlags[0].when',
    /only GAP and NOTIFY/,
  ],
  [
    'duplicate flag id',
    (t) => (q(t, 0, 1).redFlags = [{ ...q(t, 0, 0).redFlags[0] }]),
    '$.sections[0].questions[1].redFlags[0].id',
    /already used/,
  ],
  [
    'mapping to unknown source',
    (t) => (q(t, 0, 0).mapsTo[0].source = 'S99'),
    '$.sections[0].questions[0].mapsTo[0].source',
    /unknown source "S99"/,
  ],
  [
    'likelihood weights',
    (t) => (t.scoring.likelihood.components[0].weight = 0.5),
    '$.scoring.likelihood.components',
    /add up to 1/,
  ],
  [
    'severity dimension not a scale',
    (t) => (t.scoring.severity.dimensions = ['A1']),
    '$.scoring.severity.dimensions[0]',
    /must be a scale question/,
  ],
  [
    'cut-offs not increasing',
    (t) => (t.scoring.likelihood.cutoffs = [20, 10, 60, 80]),
    '$.scoring.likelihood.cutoffs[1]',
    /must increase/,
  ],
  ['matrix row too short', (t) => t.scoring.matrix[2].pop(), '$.scoring.matrix[2]', /./],
  ['scored template without scoring', (t) => delete t.scoring, '$.scoring', /needs a "scoring" block/],
  ['source locale not listed', (t) => (t.locales = ['fr']), '$.locales', /source locale/],
];

describe('validateTemplate', () => {
  it('accepts the base template with its translation', () => {
    const template = base();
    const result = validateTemplate(template, [frenchFor(template)]);
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(result.translations.map((t) => t.locale)).toEqual(['fr']);
  });

  it(`has at least 25 distinct malformed cases (${CASES.length})`, () => {
    expect(new Set(CASES.map(([name]) => name)).size).toBe(CASES.length);
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES)('%s → reported at its JSON path', (_name, mutate, path, message) => {
    const template = base();
    const translation = frenchFor(template);
    mutate(template);
    const result = validateTemplate(template, [translation]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const atPath = result.problems.filter((problem) => problem.path === path);
    expect(atPath, `problems were:\n${formatProblems(result.problems)}`).not.toEqual([]);
    expect(atPath.map((problem) => problem.message).join('\n')).toMatch(message);
  });

  it('reports all problems at once, not just the first', () => {
    const template = base();
    q(template, 0, 1).showIf = "Z9 == 'a'";
    q(template, 0, 0).mapsTo[0].source = 'S99';
    t2(template);
    const result = validateTemplate(template, [frenchFor(base())]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBeGreaterThanOrEqual(3);
    function t2(t: Json) {
      t.scoring.likelihood.cutoffs = [20, 10, 60, 80];
    }
  });

  it('names missing, stale and misplaced translations', () => {
    const template = base();
    const french = frenchFor(template);
    const texts = (french.json as { texts: Record<string, string> }).texts;
    delete texts['questions.A1.text'];
    texts['questions.Z1.text'] = 'stale';
    const result = validateTemplate(template, [french]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        {
          file: 'translations/fr.json',
          path: '$.texts["questions.A1.text"]',
          message: 'missing translation (source text: "Pick one")',
        },
        {
          file: 'translations/fr.json',
          path: '$.texts["questions.Z1.text"]',
          message: 'no such text in the template (stale or misspelt key)',
        },
      ]),
    );
    const noFrench = validateTemplate(template, []);
    expect(noFrench.ok).toBe(false);
    if (!noFrench.ok)
      expect(noFrench.problems[0]).toMatchObject({
        file: 'translations/fr.json',
        message: expect.stringMatching(/no translation/),
      });
  });
});
