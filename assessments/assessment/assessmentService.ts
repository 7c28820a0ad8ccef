import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { NotFoundError } from '../api/errors';
import { appendAuditEvent } from '../audit/auditLog';
import { canonicalJson } from '../shared/canonicalJson';
import type { Clock } from '../shared/clock';
import { selectAnswers, upsertAnswer } from '../store/answerRows';
import {
  insertAssessment,
  selectAssessment,
  selectAssessments,
  touchAssessment,
  type AssessmentRow,
} from '../store/assessmentRows';
import type { Unlocked } from '../workspace/session';
import type {
  assessmentDetailSchema,
  assessmentSummarySchema,
  createAssessmentInputSchema,
  saveAnswerInputSchema,
  storedAnswerSchema,
} from './schemas';

type Summary = z.output<typeof assessmentSummarySchema>;
type StoredAnswer = z.output<typeof storedAnswerSchema>;

export function createAssessment(
  ws: Unlocked,
  clock: Clock,
  input: z.output<typeof createAssessmentInputSchema>,
): Summary {
  const now = clock.now();
  const row: AssessmentRow = {
    id: randomUUID(),
    title: input.title,
    destination_country: input.destinationCountry,
    end_user_name: input.endUserName,
    product_description: input.productDescription,
    status: 'draft',
    created_at: now.toISOString(),
    created_by: ws.actor,
    updated_at: now.toISOString(),
  };
  ws.db.transaction(() => {
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
        },
      },
      now,
    );
  })();
  return toSummary(row);
}

export function listAssessments(ws: Unlocked): Summary[] {
  return selectAssessments(ws.db).map(toSummary);
}

export function getAssessment(ws: Unlocked, id: string): z.output<typeof assessmentDetailSchema> {
  const row = selectAssessment(ws.db, id);
  if (!row) throw new NotFoundError('Assessment', id);
  return {
    assessment: toSummary(row),
    answers: selectAnswers(ws.db, id).map((answer) => ({
      questionId: answer.question_id,
      value: JSON.parse(answer.value_json) as StoredAnswer['value'],
      revision: answer.revision,
      answeredBy: answer.answered_by,
      answeredAt: answer.answered_at,
    })),
  };
}

/** Persists one answer and its audit event atomically; returns only once both are durable. */
export function saveAnswer(
  ws: Unlocked,
  clock: Clock,
  input: z.output<typeof saveAnswerInputSchema>,
): Omit<StoredAnswer, 'value'> {
  const now = clock.now().toISOString();
  const valueJson = canonicalJson(input.value);
  const revision = ws.db.transaction(() => {
    if (!selectAssessment(ws.db, input.assessmentId))
      throw new NotFoundError('Assessment', input.assessmentId);
    const next = upsertAnswer(ws.db, {
      assessment_id: input.assessmentId,
      question_id: input.questionId,
      value_json: valueJson,
      answered_by: ws.actor,
      answered_at: now,
    });
    touchAssessment(ws.db, input.assessmentId, now);
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: 'answer.saved',
        subjectType: 'assessment',
        subjectId: input.assessmentId,
        payload: { questionId: input.questionId, revision: next, value: input.value },
      },
      new Date(now),
    );
    return next;
  })();
  return { questionId: input.questionId, revision, answeredBy: ws.actor, answeredAt: now };
}

function toSummary(row: AssessmentRow): Summary {
  return {
    id: row.id,
    title: row.title,
    destinationCountry: row.destination_country,
    endUserName: row.end_user_name,
    productDescription: row.product_description,
    status: row.status,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  };
}
