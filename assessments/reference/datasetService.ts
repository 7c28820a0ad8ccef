import type { z } from 'zod';
import { AppError, NotFoundError } from '../shared/errors';
import { appendAuditEvent, listAuditEvents } from '../audit/auditLog';
import type { Clock } from '../shared/clock';
import {
  deleteDataset,
  selectDataset,
  selectDatasets,
  selectEntries,
  selectIndicators,
  selectPreviousDataset,
  type DatasetRow,
} from '../store/referenceRows';
import type { Unlocked } from '../store/unlocked';
import type { datasetComparisonSchema, datasetSummarySchema } from './schemas';
import type { DatasetKind, ListEntry } from './types';

export type DatasetSummary = z.output<typeof datasetSummarySchema>;

export interface ReferenceDeps {
  ws: Unlocked;
  clock: Clock;
}

export { importDataset } from './importDataset';

export function listDatasets(
  { ws }: Pick<ReferenceDeps, 'ws'>,
  kinds?: readonly DatasetKind[],
): DatasetSummary[] {
  return selectDatasets(ws.db)
    .filter((row) => !kinds || kinds.includes(row.kind as DatasetKind))
    .map((row) => ({ ...toSummary(row), changeReason: changeReasonOf(ws, row.id) }));
}

export function getDataset({ ws }: Pick<ReferenceDeps, 'ws'>, id: string): DatasetSummary {
  const row = selectDataset(ws.db, id);
  if (!row) throw new NotFoundError('Dataset', id);
  return { ...toSummary(row), changeReason: changeReasonOf(ws, row.id) };
}

/** The reason recorded when the import's suspicious change was accepted (kept in its audit event). */
export function changeReasonOf(ws: Unlocked, id: string): string | null {
  const event = listAuditEvents(ws.db, 'dataset', id).find((item) => item.action === 'reference.imported');
  const accepted = (event?.payload as { acceptedChange?: { reason?: unknown } } | undefined)?.acceptedChange;
  return typeof accepted?.reason === 'string' ? accepted.reason : null;
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

/**
 * An entry as compared between versions: which aliases the source marks weak is left out, so a
 * version imported before that was recorded does not show every such entry as changed.
 */
function comparable(entryJson: string): string {
  if (!entryJson.includes('"weakAliases"')) return entryJson;
  const { weakAliases: _weak, ...rest } = JSON.parse(entryJson) as ListEntry;
  return JSON.stringify(rest);
}

function snapshot(ws: Unlocked, dataset: DatasetRow): Map<string, { label: string; content: string }> {
  const items = new Map<string, { label: string; content: string }>();
  for (const entry of selectEntries(ws.db, dataset.id))
    items.set(entry.source_id, { label: entry.name, content: comparable(entry.entry_json) });
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
