import type { OperationName, OperationOutput } from '../../../assessments/api/contract';
import type { ErrorCode } from '../../../assessments/shared/errors';
import type { Transport } from '../client/transport';

type Evaluation = OperationOutput<'assessment.evaluate'>;
type TemplateBundle = OperationOutput<'template.get'>;
type Decision = OperationOutput<'decision.record'>;

export const ASSESSMENT_ID = '00000000-0000-4000-8000-000000000001';

const MAPPING = { framework: 'UNGP', clause: '17', source: 'S1', paraphrase: true };
const GUIDANCE = { lookFor: 'x', sources: 'y' };

function question(
  id: string,
  text: string,
  redFlags: TemplateBundle['template']['sections'][number]['questions'][number]['redFlags'] = [],
) {
  return {
    id,
    type: 'single' as const,
    text,
    guidance: GUIDANCE,
    importance: 3 as const,
    options: [
      { value: 'low', label: 'Low', risk: 0 },
      { value: 'high', label: 'High', risk: 4 },
    ],
    allowUnknown: true,
    required: true,
    evidenceRequired: false,
    multiple: false,
    redFlags,
    mapsTo: [MAPPING],
  };
}

const ROW = (tiers: string) =>
  tiers
    .split(' ')
    .map((letter) => ({ L: 'Low', M: 'Medium', H: 'High', U: 'Unacceptable' })[letter] as 'Low');

/** A two-section template with a STOP rule on B9 and an Arabic translation missing one text. */
export function templateBundle(): TemplateBundle {
  return {
    ref: 'mini@1.0.0',
    hash: 'a'.repeat(64),
    template: {
      format: 'assay-template/1',
      id: 'mini',
      version: '1.0.0',
      title: 'Mini',
      description: 'Mini template',
      sourceLocale: 'en',
      locales: ['en', 'ar'],
      sources: [{ id: 'S1', citation: 'UNGP' }],
      scoring: {
        version: '1',
        unknownRisk: 3,
        severity: { dimensions: ['B9'], floors: [] },
        likelihood: { components: [{ section: 'C', weight: 1 }], cutoffs: [20, 40, 60, 80], actual: [] },
        matrix: [ROW('L L L L M'), ROW('L L M M H'), ROW('L M H H U'), ROW('M H H U U'), ROW('H H U U U')],
        recommendations: {
          Low: 'approve',
          Medium: 'approve-with-conditions',
          High: 'refer',
          Unacceptable: 'deny',
        },
      },
      sections: [
        {
          id: 'B',
          title: 'Item and capability',
          questions: [
            question('B9', 'Has the end user requested customisation?', [
              {
                id: 'B9-STOP',
                code: 'STOP',
                when: "B9 == 'high'",
                message: 'Group targeting: deny.',
                basis: [MAPPING],
              },
            ]),
          ],
        },
        { id: 'C', title: 'Destination', questions: [question('C9', 'Which legal safeguards exist?')] },
      ],
    },
    translations: [
      {
        format: 'assay-template-translation/1',
        template: 'mini',
        version: '1.0.0',
        locale: 'ar',
        texts: {
          'sections.B.title': 'الصنف والقدرات',
          'questions.B9.text': 'هل طلب المستخدم النهائي تخصيصًا؟',
          'questions.B9.flags.B9-STOP': 'استهداف جماعات: الرفض.',
        },
      },
    ],
  };
}

/** B9 raised STOP: Unacceptable and deny, with C9 still unanswered. */
export function stopEvaluation(): Evaluation {
  return {
    templateRef: 'mini@1.0.0#' + 'a'.repeat(64),
    result: {
      configVersion: '1',
      template: { id: 'mini', version: '1.0.0' },
      tier: 'Unacceptable',
      recommendation: 'deny',
      incomplete: false,
      finalisable: false,
      matrixTier: 'High',
      severity: {
        band: 4,
        dimensionBand: 4,
        dimensions: { B9: 4 },
        assumedDimensions: [],
        floorsApplied: [],
      },
      likelihood: {
        score: 30,
        computedBand: 2,
        actualMisuse: [],
        assessorBand: null,
        assessorMove: 0,
        assessorClamped: false,
        finalBand: 2,
        mitigationCreditApplied: false,
      },
      sections: [
        { section: 'B', score: 100, answered: 1, scored: 1, unknown: 0, missing: [] },
        { section: 'C', score: null, answered: 0, scored: 1, unknown: 0, missing: ['C9'] },
      ],
      questions: [
        { questionId: 'B9', section: 'B', importance: 3, risk: 4, rule: 'option high', unknown: false },
      ],
      flags: [
        {
          id: 'B9-STOP',
          code: 'STOP',
          questionId: 'B9',
          section: 'B',
          message: 'Group targeting: deny.',
          basis: [MAPPING],
        },
      ],
      notification: { required: false, flagIds: [] },
      overrides: [{ step: 'STOP', from: 'High', to: 'Unacceptable', reason: 'STOP flag B9-STOP' }],
      gaps: { unknownAnswers: [], missingRequired: ['C9'], missingEvidence: [], openGapFlags: [] },
      explanation: [
        { kind: 'severity', text: 'Severity 4 = max of the dimensions (B9 = 4)', questionIds: ['B9'] },
        { kind: 'matrix', text: 'Matrix: severity 4 × likelihood 2 → High', questionIds: [] },
        { kind: 'flag', text: 'STOP B9-STOP: Group targeting: deny. (B9 = high)', questionIds: ['B9'] },
        { kind: 'override', text: 'STOP: High → Unacceptable, deny', questionIds: ['B9'] },
      ],
    },
    // As the core gives them: a message for each step the engine can say again, null for the last.
    trail: [
      {
        key: 'severity',
        args: {
          band: 4,
          parts: { list: [{ key: 'severity.point', args: { id: 'B9', point: 4 } }], sep: 'list' },
        },
      },
      { key: 'matrix', args: { severity: 4, likelihood: 2, tier: { tier: 'High' } } },
      {
        key: 'flag',
        args: {
          code: 'STOP',
          id: 'B9-STOP',
          message: { text: 'questions.B9.flags.B9-STOP', source: 'Group targeting: deny.' },
          answers: {
            list: [
              {
                key: 'answer.value',
                args: { id: 'B9', value: { list: [{ answer: 'B9', value: 'high' }], sep: 'values' } },
              },
            ],
            sep: 'answers',
          },
        },
      },
      null,
    ],
    progress: {
      sections: [
        { section: 'B', visible: 1, answered: 1, requiredOpen: [] },
        { section: 'C', visible: 1, answered: 0, requiredOpen: ['C9'] },
      ],
      questions: [],
      answered: 1,
      visible: 2,
    },
    blockers: { missingRequired: ['C9'], missingEvidence: [], invalidAnswers: [], openGaps: [] },
    assumptions: [],
  };
}

/** The same assessment once C9 is answered and B9 is low: Medium, approve with conditions, complete. */
export function mediumEvaluation(): Evaluation {
  const base = stopEvaluation();
  return {
    ...base,
    result: {
      ...base.result,
      tier: 'Medium',
      recommendation: 'approve-with-conditions',
      matrixTier: 'Medium',
      finalisable: true,
      severity: { ...base.result.severity, band: 3 },
      flags: [],
      overrides: [],
      gaps: { unknownAnswers: [], missingRequired: [], missingEvidence: [], openGapFlags: [] },
      explanation: base.result.explanation.slice(0, 2),
    },
    trail: base.trail.slice(0, 2),
    blockers: { missingRequired: [], missingEvidence: [], invalidAnswers: [], openGaps: [] },
  };
}

export class FixtureError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/**
 * A transport answering the operations the decision screen uses from fixtures; `decision.record`
 * goes through `record`, so a test can inspect inputs and answer like the core would.
 */
export function decisionTransport(options: {
  evaluation: Evaluation;
  decision?: Decision | null;
  record?: (input: Record<string, unknown>) => Decision;
}) {
  const recorded: Array<Record<string, unknown>> = [];
  let decision = options.decision ?? null;
  const handlers: Partial<Record<OperationName, (input: Record<string, unknown>) => unknown>> = {
    'assessment.get': () => ({
      assessment: {
        id: ASSESSMENT_ID,
        title: 'IMSI catchers for the MoI',
        destinationCountry: 'EG',
        endUserName: null,
        productDescription: null,
        status: 'draft',
        template: null,
        decision: null,
        createdAt: '2026-01-15T09:00:00Z',
        createdBy: 'Amira Haddad',
        updatedAt: '2026-01-15T09:00:00Z',
      },
      answers: [],
      versions: { previous: null, next: null },
    }),
    'assessment.evaluate': () => options.evaluation,
    'template.get': () => templateBundle(),
    'decision.get': () => decision,
    'decision.record': (input) => {
      recorded.push(input);
      if (!options.record) throw new FixtureError('internal', 'no recorder');
      decision = options.record(input);
      return decision;
    },
  };
  const transport: Transport = {
    kind: 'web',
    invoke(op, input) {
      try {
        const handler = handlers[op];
        if (!handler) throw new FixtureError('unknown_operation', op);
        return Promise.resolve({ ok: true, value: handler((input ?? {}) as Record<string, unknown>) });
      } catch (error) {
        if (error instanceof FixtureError)
          return Promise.resolve({
            ok: false,
            error: { code: error.code, message: error.message, details: error.details },
          });
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    on: () => () => undefined,
  };
  return { transport, recorded };
}

/** What the core returns for a recorded input, computed against `evaluation`. */
export function decisionFrom(
  input: Record<string, unknown>,
  evaluation: Evaluation,
  staleSince: string | null = null,
): Decision {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    assessmentId: ASSESSMENT_ID,
    computedTier: evaluation.result.tier,
    computedRecommendation: evaluation.result.recommendation,
    finalRecommendation: input.finalRecommendation as Decision['finalRecommendation'],
    rationale: String(input.rationale).trim(),
    overrideJustification: (input.overrideJustification as string | null | undefined) ?? null,
    conditions: (input.conditions as Decision['conditions'] | undefined) ?? [],
    triggers: (input.triggers as Decision['triggers'] | undefined) ?? [],
    reviewDate: (input.reviewDate as string | null | undefined) ?? null,
    decidedBy: 'Amira Haddad',
    decidedAt: '2026-01-15T10:00:00Z',
    staleSince,
  };
}
