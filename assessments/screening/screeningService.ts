import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, NotFoundError } from '../shared/errors';
import { saveAnswer, type AssessmentDeps } from '../assessment/assessmentService';
import { appendAuditEvent } from '../audit/auditLog';
import { datasetLabel } from '../reference/datasetService';
import type { ScreeningIndexCache } from '../reference/matching/indexCache';
import { searchAll, type ScreeningHit } from '../reference/matching/screeningIndex';
import { SCREENING_KINDS, type DatasetKind } from '../reference/types';
import { selectAnswers } from '../store/answerRows';
import { selectAssessment, type AssessmentRow } from '../store/assessmentRows';
import { selectDataset, selectDatasets } from '../store/referenceRows';
import {
  insertScreeningHits,
  insertScreeningRun,
  selectScreeningHit,
  selectScreeningHits,
  selectScreeningRuns,
  updateDisposition,
  type ScreeningHitRow,
  type ScreeningRunRow,
} from '../store/screeningRows';
import {
  OUTCOME_QUESTION,
  partyQuestionIds,
  type disposeHitInputSchema,
  type disposeHitOutputSchema,
  type hitRecordSchema,
  type runScreeningInputSchema,
  type screenedDatasetSchema,
  type screeningChangesSchema,
  type screeningOutcomeSchema,
  type screeningRunSchema,
} from './schemas';
import { partiesToScreen, readStoredParties, storedParties } from './screeningParties';

type ScreeningRun = z.output<typeof screeningRunSchema>;
type HitRecord = z.output<typeof hitRecordSchema>;
type ScreenedDataset = z.output<typeof screenedDatasetSchema>;
type Outcome = z.output<typeof screeningOutcomeSchema>;

export type ScreeningDeps = Pick<AssessmentDeps, 'ws' | 'clock' | 'pinned'> & {
  indexes: ScreeningIndexCache;
};

/** The STOP value of the outcome question. */
const CONFIRMED = 'confirmed-sanctions-match';

/** Hits per party kept in a run; a party with more is itself a sign the name is too generic. */
const HITS_PER_PARTY = 25;

/**
 * Screens every party of an assessment (its end user and the parties entered in its entity
 * questions) against the chosen screening-list datasets, and stores the run with its hits. A hit
 * already dispositioned in the previous run against the same dataset version keeps its disposition.
 */
export function runScreening(
  deps: ScreeningDeps,
  input: z.output<typeof runScreeningInputSchema>,
): ScreeningRun {
  const { ws, clock } = deps;
  const assessment = selectAssessment(ws.db, input.assessmentId);
  if (!assessment) throw new NotFoundError('Assessment', input.assessmentId);
  const datasets = chooseDatasets(deps, input.datasetIds);
  const found = partiesOf(deps, assessment);
  const parties = found.screened;
  if (parties.length === 0)
    throw new AppError(
      'conflict',
      found.notIdentified.length > 0
        ? `Assessment ${assessment.id} names no party to screen: its parties are entered as not identified (${found.notIdentified.map((party) => party.role).join(', ')}). Identify them first.`
        : `Assessment ${assessment.id} names no party to screen: enter its end user or the parties to the transaction first.`,
    );
  const indexes = datasets.map((dataset) => deps.indexes.get(ws, dataset.id));
  const at = clock.now().toISOString();
  const run: ScreeningRunRow = {
    id: randomUUID(),
    assessment_id: assessment.id,
    datasets_json: JSON.stringify(datasets),
    parties_json: JSON.stringify(storedParties(found)),
    threshold: input.threshold,
    run_at: at,
    run_by: ws.actor,
  };
  const previous = selectScreeningRuns(ws.db, assessment.id)[0];
  const carried = new Map<string, ScreeningHitRow>();
  if (previous)
    for (const hit of selectScreeningHits(ws.db, previous.id))
      if (hit.disposition) carried.set(`${hit.party_name}|${hit.dataset_id}|${hit.source_id}`, hit);
  const hits: ScreeningHitRow[] = parties.flatMap((party) =>
    searchAll(
      indexes,
      {
        name: party.name,
        aliases: party.aliases,
        ...(party.birthDate ? { birthDate: party.birthDate } : {}),
        ...(party.nationality ? { countries: [party.nationality] } : {}),
        ...(party.identifiers?.length ? { identifiers: party.identifiers.map(({ value }) => value) } : {}),
      },
      input.threshold,
      HITS_PER_PARTY,
    ).map((hit): ScreeningHitRow => {
      const before = carried.get(`${party.name}|${hit.datasetId}|${hit.sourceId}`);
      return {
        id: randomUUID(),
        run_id: run.id,
        party_name: party.name,
        dataset_id: hit.datasetId,
        source_id: hit.sourceId,
        score: hit.score,
        hit_json: JSON.stringify(hit),
        disposition: before?.disposition ?? null,
        reason: before?.reason ?? null,
        decided_by: before?.decided_by ?? null,
        decided_at: before?.decided_at ?? null,
      };
    }),
  );
  ws.db.transaction(() => {
    insertScreeningRun(ws.db, run);
    insertScreeningHits(ws.db, hits);
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: 'screening.run',
        subjectType: 'assessment',
        subjectId: assessment.id,
        payload: {
          runId: run.id,
          threshold: run.threshold,
          datasets: datasets.map(({ id, sourceName, vintage, sha256 }) => ({
            id,
            sourceName,
            vintage,
            sha256,
          })),
          parties: parties.map((party) => party.name),
          ...(found.notIdentified.length > 0
            ? { partiesNotIdentified: found.notIdentified.map(({ role, source }) => ({ role, source })) }
            : {}),
          hits: hits.map((hit) => ({
            party: hit.party_name,
            datasetId: hit.dataset_id,
            sourceId: hit.source_id,
            score: hit.score,
          })),
        },
      },
      new Date(at),
    );
  })();
  return toRun(ws, run, selectScreeningHits(ws.db, run.id), previous);
}

/** Runs of an assessment, newest first, each with what changed since the run before it. */
export function listScreenings({ ws }: Pick<ScreeningDeps, 'ws'>, assessmentId: string): ScreeningRun[] {
  if (!selectAssessment(ws.db, assessmentId)) throw new NotFoundError('Assessment', assessmentId);
  const runs = selectScreeningRuns(ws.db, assessmentId);
  return runs.map((run, index) => toRun(ws, run, selectScreeningHits(ws.db, run.id), runs[index + 1]));
}

/**
 * Records the assessor's disposition of a hit. A confirmed true match also records the STOP
 * answer to E3 through the ordinary answer service (so scoring, staleness and audit follow), with
 * a note citing the screening run, the list version and the listed entry.
 */
export function disposeHit(
  deps: ScreeningDeps,
  input: z.output<typeof disposeHitInputSchema>,
): z.output<typeof disposeHitOutputSchema> {
  const { ws, clock } = deps;
  const at = clock.now();
  return ws.db.transaction(() => {
    const hit = selectScreeningHit(ws.db, input.hitId);
    if (!hit) throw new NotFoundError('Screening hit', input.hitId);
    updateDisposition(ws.db, hit.id, input.disposition, input.reason, ws.actor, at.toISOString());
    const match = JSON.parse(hit.hit_json) as ScreeningHit;
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: 'screening.disposed',
        subjectType: 'assessment',
        subjectId: hit.assessment_id,
        payload: {
          runId: hit.run_id,
          hitId: hit.id,
          party: hit.party_name,
          datasetId: hit.dataset_id,
          sourceId: hit.source_id,
          previous: hit.disposition,
          disposition: input.disposition,
          reason: input.reason,
        },
      },
      at,
    );
    let recordedAnswer: z.output<typeof disposeHitOutputSchema>['recordedAnswer'] = null;
    if (input.disposition === 'true-match') {
      const assessment = selectAssessment(ws.db, hit.assessment_id) as AssessmentRow;
      if (hasOutcomeQuestion(deps, assessment)) {
        const current = selectAnswers(ws.db, assessment.id).find((a) => a.question_id === OUTCOME_QUESTION);
        if (!current || JSON.parse(current.value_json) !== CONFIRMED) {
          const note =
            `Confirmed by screening run ${hit.run_id}: party "${hit.party_name}" matches ` +
            `"${match.entryName}" (${match.sourceId}) on ${match.datasetLabel}, dataset ${hit.dataset_id}, ` +
            `score ${match.score}. Disposition by ${ws.actor}: ${input.reason}`;
          const saved = saveAnswer(deps, {
            assessmentId: assessment.id,
            questionId: OUTCOME_QUESTION,
            value: CONFIRMED,
            note,
          });
          recordedAnswer = { questionId: OUTCOME_QUESTION, value: CONFIRMED, revision: saved.revision };
        }
      }
    }
    const updated = selectScreeningHit(ws.db, hit.id) as ScreeningHitRow;
    return { hit: toHitRecord(updated), recordedAnswer };
  })();
}

function chooseDatasets(deps: ScreeningDeps, ids: readonly string[] | undefined): ScreenedDataset[] {
  const rows = ids
    ? ids.map((id) => {
        const row = selectDataset(deps.ws.db, id);
        if (!row) throw new NotFoundError('Dataset', id);
        return row;
      })
    : selectDatasets(deps.ws.db).filter((row) => (SCREENING_KINDS as readonly string[]).includes(row.kind));
  if (rows.length === 0)
    throw new AppError(
      'conflict',
      'No screening list has been imported: import the UN, OFAC, UK or OpenSanctions list first.',
    );
  for (const row of rows)
    if (!(SCREENING_KINDS as readonly string[]).includes(row.kind))
      throw new AppError('invalid_input', `Dataset ${row.id} (${row.source_name}) is not a screening list.`, {
        datasetId: row.id,
      });
  return rows.map((row) => ({
    id: row.id,
    label: datasetLabel(row),
    kind: row.kind as DatasetKind,
    sourceName: row.source_name,
    vintage: row.vintage,
    sha256: row.sha256,
  }));
}

/**
 * The parties to screen: the assessment's end user and the parties of its entity questions in
 * the section that records the screening outcome (E1 in the surveillance-export template; the
 * assessment team and the signatories, also entity questions, are not parties). Parties entered
 * as not identified come back apart: they cannot be screened.
 */
function partiesOf(deps: ScreeningDeps, assessment: AssessmentRow): ReturnType<typeof partiesToScreen> {
  const questions = partyQuestions(deps, assessment);
  return partiesToScreen(
    assessment.end_user_name,
    selectAnswers(deps.ws.db, assessment.id)
      .filter((answer) => questions.has(answer.question_id))
      .map((answer) => ({ questionId: answer.question_id, valueJson: answer.value_json })),
  );
}

function partyQuestions(deps: ScreeningDeps, assessment: AssessmentRow): Set<string> {
  if (!assessment.template_hash) return new Set();
  return new Set(partyQuestionIds(deps.pinned.get(deps.ws.db, assessment.template_hash).bundle.template));
}

function hasOutcomeQuestion(deps: ScreeningDeps, assessment: AssessmentRow): boolean {
  if (!assessment.template_hash) return false;
  const { template } = deps.pinned.get(deps.ws.db, assessment.template_hash).bundle;
  return template.sections.some((section) =>
    section.questions.some(
      (question) =>
        question.id === OUTCOME_QUESTION &&
        (question.options ?? []).some((option) => option.value === CONFIRMED),
    ),
  );
}

function toHitRecord(row: ScreeningHitRow): HitRecord {
  const hit = JSON.parse(row.hit_json) as ScreeningHit;
  return {
    ...hit,
    id: row.id,
    partyName: row.party_name,
    disposition: row.disposition,
    reason: row.reason,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
  };
}

/** The worst outcome of a run, in E3's terms. */
export function outcomeOf(hits: readonly Pick<HitRecord, 'disposition'>[]): Outcome {
  if (hits.length === 0) return 'no-hits';
  if (hits.some((hit) => hit.disposition === 'true-match')) return 'confirmed-sanctions-match';
  if (hits.some((hit) => hit.disposition === null)) return 'unresolved-match';
  return 'false-positives-documented';
}

function toRun(
  ws: Pick<ScreeningDeps, 'ws'>['ws'],
  run: ScreeningRunRow,
  hitRows: readonly ScreeningHitRow[],
  previous: ScreeningRunRow | undefined,
): ScreeningRun {
  const hits = hitRows.map(toHitRecord);
  const parties = readStoredParties(run.parties_json);
  return {
    id: run.id,
    assessmentId: run.assessment_id,
    runAt: run.run_at,
    runBy: run.run_by,
    threshold: run.threshold,
    datasets: JSON.parse(run.datasets_json) as ScreenedDataset[],
    parties: parties.screened,
    notIdentified: parties.notIdentified,
    hits,
    outcome: outcomeOf(hits),
    changes: previous
      ? compareRuns(previous, selectScreeningHits(ws.db, previous.id).map(toHitRecord), run, hits)
      : null,
  };
}

/**
 * Differences between two runs. A hit is the same hit when the same party matches the same
 * record of the same source, whatever the version of the list.
 */
function compareRuns(
  previous: ScreeningRunRow,
  previousHits: readonly HitRecord[],
  run: ScreeningRunRow,
  hits: readonly HitRecord[],
): z.output<typeof screeningChangesSchema> {
  const sourceOf = (datasetsJson: string) =>
    new Map(
      (JSON.parse(datasetsJson) as ScreenedDataset[]).map((dataset) => [dataset.id, dataset.sourceName]),
    );
  const previousSources = sourceOf(previous.datasets_json);
  const sources = sourceOf(run.datasets_json);
  const ref = (hit: HitRecord, names: Map<string, string>) => ({
    partyName: hit.partyName,
    sourceName: names.get(hit.datasetId) ?? hit.datasetLabel,
    sourceId: hit.sourceId,
    entryName: hit.entryName,
    score: hit.score,
  });
  const key = (hit: ReturnType<typeof ref>) => `${hit.partyName}|${hit.sourceName}|${hit.sourceId}`;
  const before = new Map(
    previousHits.map((hit) => [key(ref(hit, previousSources)), ref(hit, previousSources)]),
  );
  const now = new Map(hits.map((hit) => [key(ref(hit, sources)), ref(hit, sources)]));
  const partyNames = (json: string) => readStoredParties(json).screened.map((party) => party.name);
  const labels = (json: string) => (JSON.parse(json) as ScreenedDataset[]).map((dataset) => dataset.label);
  const minus = (a: string[], b: string[]) => a.filter((item) => !b.includes(item));
  return {
    previousRunId: previous.id,
    newHits: [...now].filter(([k]) => !before.has(k)).map(([, hit]) => hit),
    goneHits: [...before].filter(([k]) => !now.has(k)).map(([, hit]) => hit),
    scoreChanged: [...now].flatMap(([k, hit]) => {
      const old = before.get(k);
      return old && old.score !== hit.score ? [{ ...hit, previousScore: old.score }] : [];
    }),
    partiesAdded: minus(partyNames(run.parties_json), partyNames(previous.parties_json)),
    partiesRemoved: minus(partyNames(previous.parties_json), partyNames(run.parties_json)),
    datasetsAdded: minus(labels(run.datasets_json), labels(previous.datasets_json)),
    datasetsRemoved: minus(labels(previous.datasets_json), labels(run.datasets_json)),
  };
}
