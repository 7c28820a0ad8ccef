import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';
import { AppError, NotFoundError } from '../api/errors';
import { appendAuditEvent } from '../audit/auditLog';
import type { Clock } from '../shared/clock';
import {
  deleteDataset,
  insertDataset,
  insertEntries,
  insertIndicators,
  selectDataset,
  selectDatasetByFile,
  selectDatasets,
  selectEntries,
  selectIndicators,
  selectPreviousDataset,
  type DatasetRow,
} from '../store/referenceRows';
import type { Unlocked } from '../workspace/session';
import { parseReferenceFile } from './importers/parseReferenceFile';
import type {
  datasetComparisonSchema,
  datasetSummarySchema,
  importDatasetInputSchema,
  importDatasetOutputSchema,
} from './schemas';
import type { DatasetKind } from './types';

export type DatasetSummary = z.output<typeof datasetSummarySchema>;

export interface ReferenceDeps {
  ws: Unlocked;
  clock: Clock;
}

/** Largest reference file accepted; the published lists are a few MB. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Imports a file as a new dataset version. The file is parsed completely before anything is
 * written, and everything (dataset, entries, values, audit event) is written in one transaction:
 * a bad file leaves nothing behind. The same file imported again as the same kind is a no-op.
 */
export function importDataset(
  { ws, clock }: ReferenceDeps,
  input: z.output<typeof importDatasetInputSchema>,
): z.output<typeof importDatasetOutputSchema> {
  const bytes = readReferenceFile(input.path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = selectDatasetByFile(ws.db, input.kind, sha256);
  if (existing) return { dataset: toSummary(existing), imported: false };
  const fileName = basename(input.path);
  const parsed = parseReferenceFile(input.kind, bytes, fileName);
  const at = clock.now();
  const row: DatasetRow = {
    id: randomUUID(),
    kind: parsed.kind,
    source_name: parsed.sourceName,
    vintage: input.vintage ?? parsed.vintage,
    file_name: fileName,
    sha256,
    size_bytes: bytes.length,
    record_count: parsed.records,
    entry_count: parsed.entries.length,
    indicator_count: parsed.indicators.length,
    unresolved_countries_json: JSON.stringify(parsed.unresolvedCountries),
    imported_at: at.toISOString(),
    imported_by: ws.actor,
  };
  ws.db.transaction(() => {
    insertDataset(ws.db, row);
    insertEntries(
      ws.db,
      parsed.entries.map((entry, position) => ({
        dataset_id: row.id,
        position,
        source_id: entry.sourceId,
        entry_type: entry.type,
        name: entry.name,
        entry_json: JSON.stringify(entry),
      })),
    );
    insertIndicators(
      ws.db,
      parsed.indicators.map((value) => ({
        dataset_id: row.id,
        country_code: value.countryCode,
        country_name: value.countryName,
        indicator: value.indicator,
        year: value.year,
        value: value.value,
        text_value: value.text,
      })),
    );
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: 'reference.imported',
        subjectType: 'dataset',
        subjectId: row.id,
        payload: {
          kind: row.kind,
          sourceName: row.source_name,
          vintage: row.vintage,
          fileName,
          sha256,
          records: row.record_count,
          entries: row.entry_count,
          indicators: row.indicator_count,
          unresolvedCountries: parsed.unresolvedCountries,
        },
      },
      at,
    );
  })();
  return { dataset: toSummary(row), imported: true };
}

function readReferenceFile(path: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a regular file');
    size = stat.size;
  } catch (error) {
    throw new AppError('not_found', `Cannot read ${path}: ${(error as Error).message}`, { file: path });
  }
  if (size === 0)
    throw new AppError('invalid_input', `${basename(path)}: the file is empty.`, { file: path });
  if (size > MAX_FILE_BYTES)
    throw new AppError(
      'invalid_input',
      `${basename(path)}: the file is larger than ${MAX_FILE_BYTES} bytes.`,
      {
        file: path,
      },
    );
  return readFileSync(path);
}

export function listDatasets(
  { ws }: Pick<ReferenceDeps, 'ws'>,
  kinds?: readonly DatasetKind[],
): DatasetSummary[] {
  return selectDatasets(ws.db)
    .filter((row) => !kinds || kinds.includes(row.kind as DatasetKind))
    .map(toSummary);
}

export function getDataset({ ws }: Pick<ReferenceDeps, 'ws'>, id: string): DatasetSummary {
  const row = selectDataset(ws.db, id);
  if (!row) throw new NotFoundError('Dataset', id);
  return toSummary(row);
}

/** Removes a dataset with its entries and values; screening hits keep their copy of the entry. */
export function removeDataset({ ws, clock }: ReferenceDeps, id: string): DatasetSummary {
  const at = clock.now();
  return ws.db.transaction(() => {
    const row = selectDataset(ws.db, id);
    if (!row) throw new NotFoundError('Dataset', id);
    deleteDataset(ws.db, id);
    appendAuditEvent(
      ws.db,
      {
        actor: ws.actor,
        action: 'reference.removed',
        subjectType: 'dataset',
        subjectId: id,
        payload: { kind: row.kind, sourceName: row.source_name, vintage: row.vintage, sha256: row.sha256 },
      },
      at,
    );
    return toSummary(row);
  })();
}

const MAX_LISTED = 5_000;

/**
 * What changed from `previousId` (by default the previous version of the same source) to
 * `datasetId`: list entries by their source identifier, indicator values by country, indicator
 * and year.
 */
export function compareDatasets(
  { ws }: Pick<ReferenceDeps, 'ws'>,
  datasetId: string,
  previousId?: string,
): z.output<typeof datasetComparisonSchema> {
  const current = selectDataset(ws.db, datasetId);
  if (!current) throw new NotFoundError('Dataset', datasetId);
  const previous = previousId ? selectDataset(ws.db, previousId) : selectPreviousDataset(ws.db, current);
  if (previousId && !previous) throw new NotFoundError('Dataset', previousId);
  if (previous && previous.kind !== current.kind)
    throw new AppError(
      'conflict',
      `Cannot compare a ${current.kind} dataset with a ${previous.kind} dataset: they describe different things.`,
    );
  const now = snapshot(ws, current);
  const before = previous ? snapshot(ws, previous) : new Map<string, { label: string; content: string }>();
  const added = [];
  const changed = [];
  const removed = [];
  for (const [key, item] of now) {
    const old = before.get(key);
    if (!old) added.push({ key, label: item.label });
    else if (old.content !== item.content) changed.push({ key, label: item.label });
  }
  for (const [key, item] of before) if (!now.has(key)) removed.push({ key, label: item.label });
  return {
    datasetId,
    previousId: previous?.id ?? null,
    added: added.slice(0, MAX_LISTED),
    removed: removed.slice(0, MAX_LISTED),
    changed: changed.slice(0, MAX_LISTED),
  };
}

function snapshot(ws: Unlocked, dataset: DatasetRow): Map<string, { label: string; content: string }> {
  const items = new Map<string, { label: string; content: string }>();
  for (const entry of selectEntries(ws.db, dataset.id))
    items.set(entry.source_id, { label: entry.name, content: entry.entry_json });
  for (const value of selectIndicators(ws.db, dataset.id)) {
    const key = `${value.country_code ?? value.country_name}|${value.indicator}|${value.year}`;
    items.set(key, {
      label: `${value.country_name} ${value.indicator} ${value.year}`,
      content: `${value.value ?? ''}|${value.text_value ?? ''}`,
    });
  }
  return items;
}

export function toSummary(row: DatasetRow): DatasetSummary {
  return {
    id: row.id,
    kind: row.kind as DatasetKind,
    sourceName: row.source_name,
    vintage: row.vintage,
    fileName: row.file_name,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
    records: row.record_count,
    entries: row.entry_count,
    indicators: row.indicator_count,
    unresolvedCountries: JSON.parse(row.unresolved_countries_json) as string[],
    importedAt: row.imported_at,
    importedBy: row.imported_by,
  };
}

/** "UN Security Council Consolidated List 2022-09-15": how hits and notes name a dataset. */
export function datasetLabel(row: Pick<DatasetRow, 'source_name' | 'vintage' | 'id'>): string {
  return `${row.source_name}${row.vintage ? ` ${row.vintage}` : ''} [${row.id.slice(0, 8)}]`;
}
