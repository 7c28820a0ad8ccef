import type { z } from 'zod';
import type { AssessmentDeps } from '../assessment/assessmentService';
import type { EvidenceDeps } from '../evidence/evidenceService';
import { sealRecordAsEvidence } from '../evidence/recordEvidence';
import type { evidenceItemSchema } from '../evidence/schemas';
import { selectAssessment } from '../store/assessmentRows';
import { runEvidenceQuestionIds, SCREENING_RUN_MIME, type screeningRunSchema } from './schemas';

type ScreeningRun = z.output<typeof screeningRunSchema>;
type Item = z.output<typeof evidenceItemSchema>;

export type RunEvidenceDeps = EvidenceDeps & Pick<AssessmentDeps, 'pinned'>;

/** Names the layout of the sealed record, so a reader years later knows how to read it. */
const RECORD_FORMAT = 'assay.screening-run/1';

/**
 * What a run found, as it stood when it ran: lists with their fingerprints, parties, threshold and
 * every hit. Dispositions are left out: they are decided later, each in the audit log, and leaving
 * them out keeps the record of one run the same bytes however often it is sealed.
 */
export function screeningRunRecord(run: ScreeningRun): Buffer {
  const hits = run.hits
    .map(({ disposition: _d, reason: _r, decidedBy: _b, decidedAt: _a, ...hit }) => hit)
    .sort((a, b) =>
      `${a.partyName}|${a.datasetId}|${a.sourceId}`.localeCompare(
        `${b.partyName}|${b.datasetId}|${b.sourceId}`,
      ),
    );
  const record = {
    format: RECORD_FORMAT,
    runId: run.id,
    assessmentId: run.assessmentId,
    runAt: run.runAt,
    runBy: run.runBy,
    threshold: run.threshold,
    datasets: run.datasets,
    parties: run.parties,
    notIdentified: run.notIdentified ?? [],
    hits,
  };
  return Buffer.from(`${JSON.stringify(record, null, 2)}\n`, 'utf8');
}

/**
 * Keeps a screening run as sealed evidence of the questions that record the lists used and the
 * outcome (E2 and E3 where the template has them). Sealing the same run again returns the same
 * item, so a retried call never duplicates it.
 */
export async function sealScreeningRun(deps: RunEvidenceDeps, run: ScreeningRun): Promise<Item> {
  const hash = selectAssessment(deps.ws.db, run.assessmentId)?.template_hash;
  const questionIds = hash ? runEvidenceQuestionIds(deps.pinned.get(deps.ws.db, hash).bundle.template) : [];
  const lists = run.datasets.map((dataset) => dataset.label).join('; ');
  return sealRecordAsEvidence(deps, {
    assessmentId: run.assessmentId,
    name: `screening-run-${run.runAt.slice(0, 10)}-${run.id.slice(0, 8)}.json`,
    bytes: screeningRunRecord(run),
    mimeType: SCREENING_RUN_MIME,
    metadata: {
      source: `Assay screening run ${run.id}`,
      acquiredAt: run.runAt.slice(0, 10),
      acquiredHow:
        `Screened ${run.parties.length} ${run.parties.length === 1 ? 'party' : 'parties'} against ${lists} ` +
        `at threshold ${run.threshold}; ${run.hits.length} ${run.hits.length === 1 ? 'hit' : 'hits'}.`,
      acquiredBy: run.runBy,
    },
    questionIds,
    origin: { screeningRunId: run.id },
  });
}
