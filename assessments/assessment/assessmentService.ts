import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, NotFoundError } from '../shared/errors';
import { appendAuditEvent } from '../audit/auditLog';
import { answerValueSha256 } from '../audit/answerValueHash';
import { canonicalJson } from '../shared/canonicalJson';
import type { Clock } from '../shared/clock';
import { selectAnswers, upsertAnswer } from '../store/answerRows';
import {
  insertAssessment,
  selectAssessment,
  selectAssessments,
  selectNextVersion,
  touchAssessment,
  type AssessmentRow,
} from '../store/assessmentRows';
import { markLatestDecisionStale, selectLatestDecision } from '../store/decisionRows';
import { selectTemplate } from '../store/templateRows';
import type { Recommendation } from '../questionnaire/templateSchema';
import type { PinnedTemplates } from '../templates/pinnedTemplates';
import type { TemplateLibrary } from '../templates/templateLibrary';
import type { AnswerEntry } from '../questionnaire/answers';
import { validateAnswer } from '../questionnaire/validateAnswer';
import type { Unlocked } from '../store/unlocked';
import { scoreStoredAssessment } from './evaluateAssessment';
import type {
  assessmentDetailSchema,
  assessmentListItemSchema,
  assessmentSummarySchema,
  createAssessmentInputSchema,
  saveAnswerInputSchema,
  storedAnswerSchema,
} from './schemas';

type Summary = z.output<typeof assessmentSummarySchema>;
type ListItem = z.output<typeof assessmentListItemSchema>;
type StoredAnswer = z.output<typeof storedAnswerSchema>;

export interface AssessmentDeps {
  ws: Unlocked;
  clock: Clock;
  library: TemplateLibrary;
  pinned: PinnedTemplates;
}

export function createAssessment(
  { ws, clock, library, pinned }: AssessmentDeps,
  input: z.output<typeof createAssessmentInputSchema>,
): Summary {
  const now = clock.now();
  const bundle = input.templateId
    ? library.get(input.templateId, input.templateVersion)
    : library.defaultTemplate();
  const row: AssessmentRow = {
    id: randomUUID(),
    title: input.title,
    destination_country: input.destinationCountry,
    end_user_name: input.endUserName,
    product_description: input.productDescription,
    status: 'draft',
    template_hash: bundle?.hash ?? null,
    previous_assessment_id: null,
    created_at: now.toISOString(),
    created_by: ws.actor,
    updated_at: now.toISOString(),
    archived_at: null,
  };
  const initialAnswers = Object.entries(input.initialAnswers ?? {});
  if (initialAnswers.length > 0 && !bundle) {
    throw new AppError('invalid_input', 'Initial answers need a questionnaire template to answer.', {
      issues: [{ path: 'initialAnswers', message: 'no template to check the answers against' }],
    });
  }
  ws.db.transaction(() => {
    if (bundle) pinned.pin(ws.db, bundle, now);
    insertAssessment(ws.db, row);
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: 'assessment.created',
        subjectType: 'assessment',
        subjectId: row.id,
        payload: {
          title: row.title,
          destinationCountry: row.destination_country,
          endUserName: row.end_user_name,
          productDescription: row.product_description,
          template: bundle?.ref ?? null,
        },
      },
      now,
    );
    for (const [questionId, entry] of initialAnswers)
      writeAnswer({ ws, pinned }, row, questionId, entry, now);
  })();
  return toSummary(ws, row);
}

/** Every assessment with the tier its current answers score to (scoring is pure and fast). */
export function listAssessments({ ws, pinned }: Pick<AssessmentDeps, 'ws' | 'pinned'>): ListItem[] {
  return selectAssessments(ws.db).map((row) => ({
    ...toSummary(ws, row),
    archivedAt: row.archived_at,
    tier: computedTier(ws, pinned, row),
  }));
}

function computedTier(ws: Unlocked, pinned: PinnedTemplates, row: AssessmentRow): ListItem['tier'] {
  if (!row.template_hash) return null;
  return scoreStoredAssessment({ ws, pinned }, row.id, row.template_hash).result.tier;
}

export function getAssessment(
  { ws }: Pick<AssessmentDeps, 'ws'>,
  id: string,
): z.output<typeof assessmentDetailSchema> {
  const row = selectAssessment(ws.db, id);
  if (!row) throw new NotFoundError('Assessment', id);
  return {
    assessment: toSummary(ws, row),
    archivedAt: row.archived_at,
    versions: {
      previous: versionLink(
        ws,
        row.previous_assessment_id ? selectAssessment(ws.db, row.previous_assessment_id) : undefined,
      ),
      next: versionLink(ws, selectNextVersion(ws.db, id)),
    },
    answers: selectAnswers(ws.db, id).map((answer) => ({
      questionId: answer.question_id,
      value: JSON.parse(answer.value_json) as StoredAnswer['value'],
      note: answer.note,
      revision: answer.revision,
      answeredBy: answer.answered_by,
      answeredAt: answer.answered_at,
    })),
  };
}

function versionLink(ws: Unlocked, row: AssessmentRow | undefined) {
  if (!row) return null;
  const { id, title, template } = toSummary(ws, row);
  return { id, title, template };
}

/**
 * Persists one answer and its audit event atomically; returns only once both are durable. Against a
 * pinned template the question must exist and the value must fit it.
 */
export function saveAnswer(
  deps: Pick<AssessmentDeps, 'ws' | 'clock' | 'pinned'>,
  input: z.output<typeof saveAnswerInputSchema>,
): Omit<StoredAnswer, 'value' | 'note'> {
  const at = deps.clock.now();
  return deps.ws.db.transaction(() => {
    const assessment = selectAssessment(deps.ws.db, input.assessmentId);
    if (!assessment) throw new NotFoundError('Assessment', input.assessmentId);
    return writeAnswer(
      deps,
      assessment,
      input.questionId,
      { value: input.value, note: input.note ?? undefined },
      at,
    );
  })();
}

/** Creates an assessment and saves all its answers in one transaction: all of it lands, or none. */
export function importAssessment(
  deps: AssessmentDeps,
  input: z.output<typeof createAssessmentInputSchema>,
  answers: Readonly<Record<string, AnswerEntry>>,
): Summary {
  return deps.ws.db.transaction(() => {
    const summary = createAssessment(deps, input);
    const row = selectAssessment(deps.ws.db, summary.id) as AssessmentRow;
    const at = deps.clock.now();
    for (const [questionId, entry] of Object.entries(answers)) writeAnswer(deps, row, questionId, entry, at);
    return summary;
  })();
}

/** Inside the caller's transaction: checks the answer against the pinned template, stores and audits it. */
function writeAnswer(
  { ws, pinned }: Pick<AssessmentDeps, 'ws' | 'pinned'>,
  assessment: AssessmentRow,
  questionId: string,
  entry: AnswerEntry,
  at: Date,
): Omit<StoredAnswer, 'value' | 'note'> {
  const now = at.toISOString();
  const note = entry.note?.trim() ? entry.note : null;
  if (assessment.template_hash) {
    const { compiled } = pinned.get(ws.db, assessment.template_hash);
    const found = compiled.questions.get(questionId);
    const ref = `${compiled.template.id}@${compiled.template.version}`;
    if (!found) {
      throw new AppError('invalid_input', `Question ${questionId} is not in ${ref}.`, {
        issues: [{ path: 'questionId', message: `no question ${questionId} in ${ref}` }],
      });
    }
    const problem = validateAnswer(found.question, entry);
    if (problem) {
      throw new AppError('invalid_input', `Invalid answer to ${questionId}: ${problem}.`, {
        issues: [{ path: 'value', message: problem }],
      });
    }
  }
  const revision = upsertAnswer(ws.db, {
    assessment_id: assessment.id,
    question_id: questionId,
    value_json: canonicalJson(entry.value),
    note,
    answered_by: ws.actor,
    answered_at: now,
  });
  touchAssessment(ws.db, assessment.id, now);
  const staleDecision = markLatestDecisionStale(ws.db, assessment.id, now);
  if (staleDecision) {
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: 'decision.stale',
        subjectType: 'assessment',
        subjectId: assessment.id,
        payload: { decisionId: staleDecision, questionId },
      },
      at,
    );
  }
  appendAuditEvent(
    ws.db,
    {
      actor: ws.actor,
      action: 'answer.saved',
      subjectType: 'assessment',
      subjectId: assessment.id,
      payload: {
        questionId,
        revision,
        value: entry.value,
        valueSha256: answerValueSha256(entry.value),
        note,
      },
    },
    at,
  );
  return { questionId, revision, answeredBy: ws.actor, answeredAt: now };
}

export function toSummary(ws: Unlocked, row: AssessmentRow): Summary {
  const template = row.template_hash ? selectTemplate(ws.db, row.template_hash) : undefined;
  const decision = selectLatestDecision(ws.db, row.id);
  return {
    id: row.id,
    title: row.title,
    destinationCountry: row.destination_country,
    endUserName: row.end_user_name,
    productDescription: row.product_description,
    status: row.status,
    template: template ? { id: template.template_id, version: template.version, hash: template.hash } : null,
    decision: decision
      ? {
          finalRecommendation: decision.final_recommendation as Recommendation,
          decidedAt: decision.decided_at,
          stale: decision.stale_since !== null,
        }
      : null,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  };
}
