import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { z } from 'zod';
import { AppError, NotFoundError } from '../shared/errors';
import { appendAuditEvent } from '../audit/auditLog';
import type { Clock } from '../shared/clock';
import { selectAssessment } from '../store/assessmentRows';
import {
  countBlobReferences,
  deleteEvidence,
  deleteLink,
  insertEvidence,
  insertLink,
  selectAllEvidence,
  selectAssessmentEvidence,
  selectEvidence,
  selectEvidenceBySha,
  selectLinks,
  updateEvidenceMetadata,
  type EvidenceRow,
} from '../store/evidenceRows';
import type { Unlocked } from '../store/unlocked';
import type {
  evidenceItemSchema,
  evidenceMetadataSchema,
  ingestEvidenceInputSchema,
  linkEvidenceBatchInputSchema,
  linkEvidenceInputSchema,
  updateEvidenceInputSchema,
  vaultReportSchema,
} from './schemas';
import type { Vault } from './vault';

type Item = z.output<typeof evidenceItemSchema>;
type Metadata = z.output<typeof evidenceMetadataSchema>;

export interface EvidenceDeps {
  ws: Unlocked;
  clock: Clock;
  vault: Vault;
}

export interface IngestControl {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Stores a file as evidence of an assessment: one streamed pass into the vault, then one transaction
 * for the row, its links and their custody events. If the row cannot be written, a blob this call
 * created is erased again, so a failure leaves neither blob nor row.
 */
/** An upload from a browser window, sealed as it arrives (see Vault.ingestUpload). */
export interface EvidenceUpload {
  name: string;
  sizeBytes: number;
  body: AsyncIterable<Buffer>;
}

export async function ingestEvidence(
  { ws, clock, vault }: EvidenceDeps,
  input: z.output<typeof ingestEvidenceInputSchema>,
  control: IngestControl = {},
  upload?: EvidenceUpload,
): Promise<Item> {
  if (!selectAssessment(ws.db, input.assessmentId)) throw new NotFoundError('Assessment', input.assessmentId);
  const label = upload?.name ?? input.path;
  const stored = upload
    ? await vault.ingestUpload(upload, control)
    : await vault.ingestFile(input.path, control);
  try {
    if (stored.size === 0) {
      throw new AppError(
        'invalid_input',
        `${label} is empty (0 bytes): there is nothing to preserve as evidence.`,
        {
          path: label,
        },
      );
    }
    return ws.db.transaction(() => {
      const existing = selectEvidenceBySha(ws.db, input.assessmentId, stored.sha256);
      if (existing) {
        throw new AppError(
          'conflict',
          `${label} is already evidence of this assessment (item ${existing.id}, SHA-256 ${stored.sha256}).`,
          {
            evidenceId: existing.id,
          },
        );
      }
      const at = clock.now();
      const row: EvidenceRow = {
        id: randomUUID(),
        assessment_id: input.assessmentId,
        blob_address: stored.address,
        sha256: stored.sha256,
        size_bytes: stored.size,
        mime_type: stored.mime,
        original_name: upload?.name ?? basename(input.path),
        ...metadataRow({ ...defaultMetadata(), ...input.metadata }),
        ingested_at: at.toISOString(),
        ingested_by: ws.actor,
      };
      admitEvidence(ws, row, stored.deduplicated, at);
      for (const questionId of input.questionIds) linkRow(ws, row, questionId, true, at);
      return toItem(row, selectLinks(ws.db, row.id));
    })();
  } catch (error) {
    if (!stored.deduplicated && countBlobReferences(ws.db, stored.address) === 0)
      vault.remove(stored.address);
    throw error;
  }
}

export function updateEvidence(
  { ws, clock }: Pick<EvidenceDeps, 'ws' | 'clock'>,
  input: z.output<typeof updateEvidenceInputSchema>,
): Item {
  return ws.db.transaction(() => {
    const row = requireEvidence(ws, input.evidenceId);
    const before = fromRow(row);
    const after: Metadata = { ...before, ...input.metadata };
    const changed = Object.fromEntries(
      (Object.keys(after) as (keyof Metadata)[])
        .filter((key) => after[key] !== before[key])
        .map((key) => [key, { from: before[key], to: after[key] }]),
    );
    if (Object.keys(changed).length > 0) {
      updateEvidenceMetadata(ws.db, row.id, metadataRow(after));
      custody(ws, row.id, 'evidence.metadata_changed', { changed }, clock.now());
    }
    return toItem(requireEvidence(ws, row.id), selectLinks(ws.db, row.id));
  })();
}

export interface LinkDeps extends Pick<EvidenceDeps, 'ws' | 'clock'> {
  /** Whether the assessment's pinned template has this question. */
  questionExists: (assessmentId: string, questionId: string) => boolean;
}

export function linkEvidence(
  { ws, clock, questionExists }: LinkDeps,
  input: z.output<typeof linkEvidenceInputSchema>,
): Item {
  return ws.db.transaction(() => {
    const row = requireEvidence(ws, input.evidenceId);
    if (input.linked && !questionExists(row.assessment_id, input.questionId)) {
      throw new AppError(
        'invalid_input',
        `Question ${input.questionId} is not in this assessment's template.`,
        {
          issues: [{ path: 'questionId', message: 'no such question in the pinned template' }],
        },
      );
    }
    linkRow(ws, row, input.questionId, input.linked, clock.now());
    return toItem(row, selectLinks(ws.db, row.id));
  })();
}

/**
 * Applies many link changes in one transaction: every change is checked first (the item belongs
 * to the assessment, a linked question is in its template), so one refusal leaves every link as it
 * was. Each link that actually changes is its own custody event. Returns the assessment's evidence.
 */
export function linkEvidenceBatch(
  { ws, clock, questionExists }: LinkDeps,
  input: z.output<typeof linkEvidenceBatchInputSchema>,
): Item[] {
  return ws.db.transaction(() => {
    if (!selectAssessment(ws.db, input.assessmentId))
      throw new NotFoundError('Assessment', input.assessmentId);
    const rows = new Map<string, EvidenceRow>();
    input.changes.forEach((change, index) => {
      const row = rows.get(change.evidenceId) ?? requireEvidence(ws, change.evidenceId);
      if (row.assessment_id !== input.assessmentId)
        throw new AppError(
          'invalid_input',
          `Evidence item ${row.id} belongs to another assessment, not ${input.assessmentId}.`,
          { issues: [{ path: `changes.${index}.evidenceId`, message: 'not evidence of this assessment' }] },
        );
      if (change.linked && !questionExists(input.assessmentId, change.questionId))
        throw new AppError(
          'invalid_input',
          `Question ${change.questionId} is not in this assessment's template.`,
          {
            issues: [
              { path: `changes.${index}.questionId`, message: 'no such question in the pinned template' },
            ],
          },
        );
      rows.set(row.id, row);
    });
    const at = clock.now();
    for (const change of input.changes)
      linkRow(ws, rows.get(change.evidenceId) as EvidenceRow, change.questionId, change.linked, at);
    return selectAssessmentEvidence(ws.db, input.assessmentId).map((row) =>
      toItem(row, selectLinks(ws.db, row.id)),
    );
  })();
}

export function listEvidence({ ws }: Pick<EvidenceDeps, 'ws'>, assessmentId: string): Item[] {
  if (!selectAssessment(ws.db, assessmentId)) throw new NotFoundError('Assessment', assessmentId);
  return selectAssessmentEvidence(ws.db, assessmentId).map((row) => toItem(row, selectLinks(ws.db, row.id)));
}

/** Decrypts a verified copy to `outPath`; the export itself is a custody event. */
export async function exportEvidenceCopy(
  { ws, clock, vault }: EvidenceDeps,
  evidenceId: string,
  outPath: string,
  control: IngestControl = {},
  /** Set when the copy is a browser download: the chain of custody records its name, not a staging path. */
  downloadedAs?: string,
): Promise<{ path: string; sha256: string }> {
  const row = requireEvidence(ws, evidenceId);
  await vault.exportTo(row.blob_address, row.sha256, outPath, { signal: control.signal });
  const where = downloadedAs === undefined ? { path: outPath } : { downloadedAs };
  ws.db.transaction(() =>
    custody(ws, row.id, 'evidence.exported', { ...where, sha256: row.sha256 }, clock.now()),
  )();
  return { path: outPath, sha256: row.sha256 };
}

/** Removes the item from its assessment; the blob is erased only when no other item uses it. */
export function removeEvidence(
  { ws, clock, vault }: EvidenceDeps,
  evidenceId: string,
): { erasedBlob: boolean } {
  const row = requireEvidence(ws, evidenceId);
  const erase = ws.db.transaction(() => {
    custody(
      ws,
      row.id,
      'evidence.removed',
      { assessmentId: row.assessment_id, sha256: row.sha256, questionIds: selectLinks(ws.db, row.id) },
      clock.now(),
    );
    deleteEvidence(ws.db, row.id);
    return countBlobReferences(ws.db, row.blob_address) === 0;
  })();
  if (erase) vault.remove(row.blob_address);
  return { erasedBlob: erase };
}

/** Re-hashes every blob an item refers to, and lists blobs no item refers to. */
export async function verifyVault({
  ws,
  clock,
  vault,
}: EvidenceDeps): Promise<z.output<typeof vaultReportSchema>> {
  const rows = selectAllEvidence(ws.db);
  const report: z.output<typeof vaultReportSchema> = {
    ok: true,
    checked: 0,
    missing: [],
    corrupted: [],
    orphaned: [],
  };
  const checked = new Map<string, { ok: true } | { ok: false; reason: string }>();
  for (const row of rows) {
    if (!vault.has(row.blob_address)) {
      report.missing.push({ evidenceId: row.id, address: row.blob_address });
      continue;
    }
    let outcome = checked.get(row.blob_address);
    if (!outcome) {
      outcome = await vault.verifyBlob(row.blob_address, row.sha256);
      checked.set(row.blob_address, outcome);
      report.checked += 1;
    }
    if (!outcome.ok)
      report.corrupted.push({ evidenceId: row.id, address: row.blob_address, reason: outcome.reason });
  }
  const referenced = new Set(rows.map((row) => row.blob_address));
  report.orphaned = vault.listAddresses().filter((address) => !referenced.has(address));
  report.ok = report.missing.length === 0 && report.corrupted.length === 0 && report.orphaned.length === 0;
  ws.db.transaction(() => {
    for (const row of rows) {
      const outcome = checked.get(row.blob_address);
      custody(
        ws,
        row.id,
        'evidence.verified',
        {
          ok: outcome?.ok === true,
          reason:
            outcome && !outcome.ok ? outcome.reason : vault.has(row.blob_address) ? null : 'blob missing',
        },
        clock.now(),
      );
    }
  })();
  return report;
}

/**
 * Stores a new item and opens its chain of custody with the facts of its admission; `origin` names
 * what produced a record the application made itself.
 */
export function admitEvidence(
  ws: Unlocked,
  row: EvidenceRow,
  deduplicated: boolean,
  at: Date,
  origin?: Record<string, unknown>,
): void {
  insertEvidence(ws.db, row);
  custody(
    ws,
    row.id,
    'evidence.ingested',
    {
      assessmentId: row.assessment_id,
      sha256: row.sha256,
      sizeBytes: row.size_bytes,
      mimeType: row.mime_type,
      originalName: row.original_name,
      deduplicated,
      ...(origin ? { origin } : {}),
    },
    at,
  );
}

export function linkRow(ws: Unlocked, row: EvidenceRow, questionId: string, linked: boolean, at: Date): void {
  const changed = linked
    ? insertLink(ws.db, row.id, questionId, at.toISOString(), ws.actor)
    : deleteLink(ws.db, row.id, questionId);
  if (changed)
    custody(
      ws,
      row.id,
      linked ? 'evidence.linked' : 'evidence.unlinked',
      { assessmentId: row.assessment_id, questionId },
      at,
    );
}

export function custody(
  ws: Unlocked,
  evidenceId: string,
  action: string,
  payload: Record<string, unknown>,
  at: Date,
): void {
  appendAuditEvent(
    ws.db,
    { actor: ws.actor, action, subjectType: 'evidence', subjectId: evidenceId, payload },
    at,
  );
}

function requireEvidence(ws: Unlocked, id: string): EvidenceRow {
  const row = selectEvidence(ws.db, id);
  if (!row) throw new NotFoundError('Evidence item', id);
  return row;
}

export function defaultMetadata(): Metadata {
  return {
    source: '',
    acquiredAt: null,
    acquiredHow: '',
    acquiredBy: '',
    reliability: null,
    credibility: null,
    restricted: false,
    notes: '',
  };
}

export function metadataRow(m: Metadata) {
  return {
    source: m.source,
    acquired_at: m.acquiredAt,
    acquired_how: m.acquiredHow,
    acquired_by: m.acquiredBy,
    reliability: m.reliability,
    credibility: m.credibility,
    restricted: m.restricted ? 1 : 0,
    notes: m.notes,
  };
}

function fromRow(row: EvidenceRow): Metadata {
  return {
    source: row.source,
    acquiredAt: row.acquired_at,
    acquiredHow: row.acquired_how,
    acquiredBy: row.acquired_by,
    reliability: row.reliability as Metadata['reliability'],
    credibility: row.credibility,
    restricted: row.restricted === 1,
    notes: row.notes,
  };
}

export function toItem(row: EvidenceRow, questionIds: string[]): Item {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
    mimeType: row.mime_type,
    originalName: row.original_name,
    ...fromRow(row),
    ingestedAt: row.ingested_at,
    ingestedBy: row.ingested_by,
    questionIds,
  };
}
