import type { AnswerEntry } from '../../questionnaire/answers';
import type { CompiledTemplate } from '../../questionnaire/compile';
import type { ScoringResult } from '../resultSchema';
import { scoreAssessment } from '../scoreAssessment';
import { compileJson } from './templates';

/**
 * A one-section template for methodology 1.1's optional scoring parts (severity caps, decisive
 * answers, revisit prompts). A1 (intrusiveness) and A2 (scope) are severity dimensions, A6 a third
 * shown only when A4 is "yes"; A3 (documented misuse) is the one scored question, pinning likelihood
 * at 5 when "documented"; A4 (awareness) is the question a revisit prompt points to.
 */

const mapsTo = [{ framework: 'UNGP', clause: '14', source: 'S1' }];
const guidance = { lookFor: 'Look', sources: 'Sources' };
const dimension = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'scale',
  text: `Dimension ${id}`,
  guidance,
  scale: { min: 1, max: 5 },
  allowUnknown: true,
  mapsTo,
  ...extra,
});

export type OptionalParts = 'caps' | 'decisive' | 'revisit';

/** The template JSON with the chosen optional parts; with none it is a plain methodology-1.0 template. */
export function optionsTemplateJson(parts: readonly OptionalParts[]): Record<string, unknown> {
  const has = (part: OptionalParts) => parts.includes(part);
  return {
    format: 'assay-template/1',
    id: 'options-test',
    version: '1.1.0',
    title: 'Options test',
    description: 'Methodology 1.1 optional scoring parts.',
    sourceLocale: 'en',
    locales: ['en'],
    sources: [{ id: 'S1', citation: 'UN Guiding Principles' }],
    scoring: {
      version: 'options-test/1.1',
      severity: {
        dimensions: ['A1', 'A2', 'A6'],
        floors: [{ id: 'documented', when: "A3 == 'documented'", atLeast: 4, reason: 'Misuse documented' }],
        ...(has('caps')
          ? {
              caps: [
                { id: 'scope-cap', dimension: 'A2', atMost: 3, when: 'A1 <= 2', reason: 'Low intrusion' },
                { id: 'scope-cap-min', dimension: 'A2', atMost: 2, when: 'A1 == 1', reason: 'Minimal' },
                { id: 'hidden-cap', dimension: 'A6', atMost: 1, when: 'A1 <= 2', reason: 'Hidden' },
              ],
            }
          : {}),
      },
      likelihood: {
        components: [{ section: 'A', weight: 1 }],
        cutoffs: [20, 40, 60, 80],
        actual: [{ id: 'misuse', when: "A3 == 'documented'", reason: 'Misuse documented' }],
      },
      matrix: Array.from({ length: 5 }, () => ['Low', 'Low', 'Medium', 'High', 'Unacceptable']),
      recommendations: {
        Low: 'approve',
        Medium: 'approve-with-conditions',
        High: 'refer',
        Unacceptable: 'deny',
      },
      ...(has('decisive') ? { decisive: [{ question: 'A3', reason: 'Documented misuse decides' }] } : {}),
      ...(has('revisit')
        ? {
            revisit: [
              { id: 'severe', question: 'A1', when: 'A2 >= 4 or A6 >= 4', reason: 'Check intrusiveness' },
              { id: 'awareness', question: 'A4', when: "A3 == 'documented'", reason: 'Awareness?' },
            ],
          }
        : {}),
    },
    sections: [
      {
        id: 'A',
        title: 'Alpha',
        questions: [
          dimension('A1'),
          dimension('A2'),
          {
            id: 'A3',
            type: 'single',
            text: 'Misuse?',
            guidance,
            importance: 2,
            allowUnknown: true,
            options: [
              { value: 'none', label: 'None', risk: 0 },
              { value: 'some', label: 'Some', risk: 2 },
              { value: 'documented', label: 'Documented', risk: 4 },
            ],
            mapsTo,
          },
          {
            id: 'A4',
            type: 'yesno',
            text: 'Aware?',
            guidance,
            options: [
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ],
            mapsTo,
          },
          dimension('A6', { showIf: "A4 == 'yes'" }),
        ],
      },
    ],
  };
}

export function optionsTemplate(parts: readonly OptionalParts[]): CompiledTemplate {
  return compileJson(optionsTemplateJson(parts));
}

type Value = AnswerEntry['value'];

/** Scores shorthand answers (`{ A1: 2 }`); undefined leaves a question unanswered. */
export function scoreOptions(
  compiled: CompiledTemplate,
  values: Readonly<Record<string, Value | undefined>>,
): ScoringResult {
  const answers: Record<string, AnswerEntry> = {};
  for (const [id, value] of Object.entries(values)) if (value !== undefined) answers[id] = { value };
  return scoreAssessment(compiled, answers);
}
