import type { z } from 'zod';
import { NotFoundError } from '../shared/errors';
import { appendAuditEvent } from '../audit/auditLog';
import { selectAssessment, updateAssessmentTitle } from '../store/assessmentRows';
import { toSummary, type AssessmentDeps } from './assessmentService';
import type { archivableSummarySchema, renameAssessmentInputSchema } from './schemas';

/**
 * Gives the assessment a new title, at any stage. A decided or signed assessment may be renamed too:
 * the title is the assessor's label, not an answer, so the decision stays current, and a report
 * already signed keeps the title it was signed with (its bytes never change). The audit event keeps
 * both titles, so the record shows under which name a report went out.
 */
export function renameAssessment(
  { ws, clock }: Pick<AssessmentDeps, 'ws' | 'clock'>,
  { id, title }: z.output<typeof renameAssessmentInputSchema>,
): z.output<typeof archivableSummarySchema> {
  const at = clock.now();
  return ws.db.transaction(() => {
    const row = selectAssessment(ws.db, id);
    if (!row) throw new NotFoundError('Assessment', id);
    if (row.title === title) return { ...toSummary(ws, row), archivedAt: row.archived_at };
    updateAssessmentTitle(ws.db, id, title, at.toISOString());
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: 'assessment.renamed',
        subjectType: 'assessment',
        subjectId: id,
        payload: { from: row.title, to: title },
      },
      at,
    );
    return {
      ...toSummary(ws, { ...row, title, updated_at: at.toISOString() }),
      archivedAt: row.archived_at,
    };
  })();
}
