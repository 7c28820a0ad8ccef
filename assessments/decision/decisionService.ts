import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, NotFoundError } from '../shared/errors';
import type { AssessmentDeps } from '../assessment/assessmentService';
import { evaluateAssessment } from '../assessment/evaluateAssessment';
import { appendAuditEvent } from '../audit/auditLog';
import { canonicalJson } from '../shared/canonicalJson';
import { setAssessmentStatus, selectAssessment } from '../store/assessmentRows';
import {
  insertDecision,
  selectConditions,
  selectLatestDecision,
  selectTriggerIds,
  type DecisionRow,
} from '../store/decisionRows';
import {
  REASSESSMENT_TRIGGERS,
  type decisionSchema,
  type recordDecisionInputSchema,
  type TriggerId,
} from './schemas';

type Decision = z.output<typeof decisionSchema>;

const APPROVALS = new Set(['approve', 'approve-with-conditions']);

/**
 * Records the assessor's decision against the outcome computed now. Approving needs a complete
 * assessment (no open gap, missing answer or missing evidence); refer and deny can be decided at
 * any point. A final recommendation that differs from the computed one needs a justification.
 */
export function recordDecision(
  deps: Pick<AssessmentDeps, 'ws' | 'clock' | 'pinned'>,
  input: z.output<typeof recordDecisionInputSchema>,
): Decision {
  const { ws } = deps;
  const now = deps.clock.now();
  const at = now.toISOString();
  refusePastReviewDate(input.reviewDate, now);
  return ws.db.transaction(() => {
    if (!selectAssessment(ws.db, input.assessmentId))
      throw new NotFoundError('Assessment', input.assessmentId);
    const { result, blockers } = evaluateAssessment(deps, input.assessmentId);
    const overriding = input.finalRecommendation !== result.recommendation;
    const justification = input.overrideJustification?.trim() ? input.overrideJustification.trim() : null;
    if (overriding && !justification) {
      throw new AppError(
        'invalid_input',
        `The final recommendation (${input.finalRecommendation}) differs from the computed one (${result.recommendation}): give a justification.`,
        {
          issues: [
            {
              path: 'overrideJustification',
              message: 'required when overriding the computed recommendation',
            },
          ],
        },
      );
    }
    const open = [
      ...blockers.openGaps,
      ...blockers.missingRequired,
      ...blockers.missingEvidence,
      ...blockers.invalidAnswers,
    ];
    if (APPROVALS.has(input.finalRecommendation) && open.length > 0) {
      throw new AppError(
        'conflict',
        `Cannot approve while the assessment is incomplete: ${describeBlockers(blockers)}. Refer or deny, or complete it first.`,
        { blockers },
      );
    }
    const row: DecisionRow = {
      id: randomUUID(),
      assessment_id: input.assessmentId,
      computed_tier: result.tier,
      computed_recommendation: result.recommendation,
      final_recommendation: input.finalRecommendation,
      rationale: input.rationale,
      override_justification: justification,
      review_date: input.reviewDate ?? null,
      scoring_result_json: canonicalJson(result),
      decided_by: ws.actor,
      decided_at: at,
      stale_since: null,
    };
    const conditions = input.conditions.map((condition, position) => ({
      decision_id: row.id,
      position,
      ...condition,
    }));
    const triggers = inCatalogueOrder(input.triggers);
    insertDecision(
      ws.db,
      row,
      conditions,
      triggers.map((trigger_id) => ({ decision_id: row.id, trigger_id })),
    );
    setAssessmentStatus(ws.db, input.assessmentId, 'decided', at);
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: 'decision.recorded',
        subjectType: 'assessment',
        subjectId: input.assessmentId,
        payload: {
          decisionId: row.id,
          computed: { tier: result.tier, recommendation: result.recommendation },
          finalRecommendation: row.final_recommendation,
          rationale: row.rationale,
          overrideJustification: justification,
          conditions: input.conditions,
          triggers,
          reviewDate: row.review_date,
        },
      },
      new Date(at),
    );
    return toDecision(row, input.conditions, triggers);
  })();
}

export function getDecision({ ws }: Pick<AssessmentDeps, 'ws'>, assessmentId: string): Decision | null {
  if (!selectAssessment(ws.db, assessmentId)) throw new NotFoundError('Assessment', assessmentId);
  const row = selectLatestDecision(ws.db, assessmentId);
  if (!row) return null;
  return toDecision(
    row,
    selectConditions(ws.db, row.id).map(
      ({ category, text }) => ({ category, text }) as Decision['conditions'][number],
    ),
    inCatalogueOrder(selectTriggerIds(ws.db, row.id) as TriggerId[]),
  );
}

function describeBlockers(blockers: ReturnType<typeof evaluateAssessment>['blockers']): string {
  const parts: string[] = [];
  if (blockers.openGaps.length) parts.push(`open gaps ${blockers.openGaps.join(', ')}`);
  if (blockers.missingRequired.length) parts.push(`unanswered ${blockers.missingRequired.join(', ')}`);
  if (blockers.missingEvidence.length)
    parts.push(`evidence missing for ${blockers.missingEvidence.join(', ')}`);
  if (blockers.invalidAnswers.length) parts.push(`invalid answers to ${blockers.invalidAnswers.join(', ')}`);
  return parts.join('; ');
}

/** Each trigger once, in the catalogue's order, however the form listed them. */
function inCatalogueOrder(triggers: readonly TriggerId[]): TriggerId[] {
  return REASSESSMENT_TRIGGERS.filter((trigger) => triggers.includes(trigger));
}

function toDecision(row: DecisionRow, conditions: Decision['conditions'], triggers: TriggerId[]): Decision {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    computedTier: row.computed_tier as Decision['computedTier'],
    computedRecommendation: row.computed_recommendation as Decision['computedRecommendation'],
    finalRecommendation: row.final_recommendation as Decision['finalRecommendation'],
    rationale: row.rationale,
    overrideJustification: row.override_justification,
    conditions,
    triggers,
    reviewDate: row.review_date,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    staleSince: row.stale_since,
  };
}

/** West of UTC the calendar is up to 12 hours behind: a date is past only once it is past there too. */
const LATEST_OFFSET_MS = 12 * 60 * 60 * 1000;

/** A review date is a promise to look again: one already past could never be kept. */
function refusePastReviewDate(reviewDate: string | null | undefined, now: Date): void {
  if (!reviewDate) return;
  const earliestToday = new Date(now.getTime() - LATEST_OFFSET_MS).toISOString().slice(0, 10);
  if (reviewDate >= earliestToday) return;
  throw new AppError(
    'invalid_input',
    `The review date ${reviewDate} is in the past: choose today or a later date.`,
    {
      issues: [{ path: 'reviewDate', message: 'in the past: choose today or a later date' }],
    },
  );
}
