import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, NotFoundError } from '../api/errors';
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
import { selectTemplate } from '../store/templateRows';
import type { PinnedTemplates } from '../templates/pinnedTemplates';
import type { TemplateLibrary } from '../templates/templateLibrary';
import { validateAnswer } from '../questionnaire/validateAnswer';
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
    created_at: now.toISOString(),
    created_by: ws.actor,
    updated_at: now.toISOString(),
  };
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
  })();
  return toSummary(ws, row);
}

export function listAssessments({ ws }: Pick<AssessmentDeps, 'ws'>): Summary[] {
  return selectAssessments(ws.db).map((row) => toSummary(ws, row));
}

export function getAssessment(
  { ws }: Pick<AssessmentDeps, 'ws'>,
  id: string,
): z.output<typeof assessmentDetailSchema> {
  const row = selectAssessment(ws.db, id);
  if (!row) throw new NotFoundError('Assessment', id);
  return {
    assessment: toSummary(ws, row),
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

/**
 * Persists one answer and its audit event atomically; returns only once both are durable. Against a
 * pinned template the question must exist and the value must fit it.
 */
export function saveAnswer(
  { ws, clock, pinned }: Pick<AssessmentDeps, 'ws' | 'clock' | 'pinned'>,
  input: z.output<typeof saveAnswerInputSchema>,
): Omit<StoredAnswer, 'value' | 'note'> {
  const now = clock.now().toISOString();
  const note = input.note?.trim() ? input.note : null;
  const revision = ws.db.transaction(() => {
    const assessment = selectAssessment(ws.db, input.assessmentId);
    if (!assessment) throw new NotFoundError('Assessment', input.assessmentId);
    if (assessment.template_hash) {
      const { compiled } = pinned.get(ws.db, assessment.template_hash);
      const found = compiled.questions.get(input.questionId);
      if (!found) {
        throw new AppError(
          'invalid_input',
          `Question ${input.questionId} is not in ${compiled.template.id}@${compiled.template.version}.`,
          {
            issues: [{ path: 'questionId', message: 'no such question in the pinned template' }],
          },
        );
      }
      const problem = validateAnswer(found.question, { value: input.value });
      if (problem) {
        throw new AppError('invalid_input', `Invalid answer to ${input.questionId}: ${problem}.`, {
          issues: [{ path: 'value', message: problem }],
        });
      }
    }
    const next = upsertAnswer(ws.db, {
      assessment_id: input.assessmentId,
      question_id: input.questionId,
      value_json: canonicalJson(input.value),
      note,
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
        payload: { questionId: input.questionId, revision: next, value: input.value, note },
      },
      new Date(now),
    );
    return next;
  })();
  return { questionId: input.questionId, revision, answeredBy: ws.actor, answeredAt: now };
}

function toSummary(ws: Unlocked, row: AssessmentRow): Summary {
  const template = row.template_hash ? selectTemplate(ws.db, row.template_hash) : undefined;
  return {
    id: row.id,
    title: row.title,
    destinationCountry: row.destination_country,
    endUserName: row.end_user_name,
    productDescription: row.product_description,
    status: row.status,
    template: template ? { id: template.template_id, version: template.version, hash: template.hash } : null,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  };
}
