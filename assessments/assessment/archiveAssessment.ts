import type { z } from 'zod';
import { NotFoundError } from '../shared/errors';
import { appendAuditEvent } from '../audit/auditLog';
import { selectAssessment, setAssessmentArchivedAt } from '../store/assessmentRows';
import { toSummary, type AssessmentDeps } from './assessmentService';
import type { archiveAssessmentInputSchema, archivableSummarySchema } from './schemas';

/**
 * Takes the assessment off the everyday list, or brings it back. Any assessment may be archived,
 * decided and signed ones included: archiving deletes nothing (due-diligence records must be kept
 * for years after the export), it only changes where the assessment is listed. Asking for the state
 * it already has changes nothing and records nothing.
 */
export function archiveAssessment(
  { ws, clock }: Pick<AssessmentDeps, 'ws' | 'clock'>,
  { id, archived }: z.output<typeof archiveAssessmentInputSchema>,
): z.output<typeof archivableSummarySchema> {
  const at = clock.now();
  return ws.db.transaction(() => {
    const row = selectAssessment(ws.db, id);
    if (!row) throw new NotFoundError('Assessment', id);
    if ((row.archived_at !== null) === archived)
      return { ...toSummary(ws, row), archivedAt: row.archived_at };
    const archivedAt = archived ? at.toISOString() : null;
    setAssessmentArchivedAt(ws.db, id, archivedAt);
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: archived ? 'assessment.archived' : 'assessment.unarchived',
        subjectType: 'assessment',
        subjectId: id,
        payload: { title: row.title },
      },
      at,
    );
    return { ...toSummary(ws, row), archivedAt };
  })();
}
