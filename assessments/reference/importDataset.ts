import { createHash, randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';
import { AppError, fileError } from '../shared/errors';
import { appendAuditEvent } from '../audit/auditLog';
import {
  insertDataset,
  insertEntries,
  insertIndicators,
  selectDatasetByFile,
  selectDatasets,
  type DatasetRow,
} from '../store/referenceRows';
import { fileChunks } from './byteSource';
import { changeReasonOf, toSummary, type ReferenceDeps } from './datasetService';
import type { OfacCompanions } from './importers/ofac';
import { parseReferenceFile } from './importers/parseReferenceFile';
import { IMPORT_LIMITS, SHRINK_TOLERANCE } from './limits';
import type { importChangeSchema, importDatasetInputSchema, importDatasetOutputSchema } from './schemas';
import type { ParsedDataset } from './types';

type ImportInput = z.output<typeof importDatasetInputSchema>;
type ImportOutput = z.output<typeof importDatasetOutputSchema>;
export type ImportChange = z.output<typeof importChangeSchema>;

/** How far an import has got: bytes read of all its files, then `storing`. */
export interface ImportProgress {
  phase: 'reading' | 'storing';
  done: number;
  total: number;
}

interface FilePart {
  role: 'main' | 'alt' | 'add' | 'comments';
  path: string;
  name: string;
  size: number;
}

/**
 * Imports a file as a new dataset version. The file is read as a stream and parsed completely
 * before anything is written; everything (dataset, entries, values, audit event) is written in one
 * transaction, so a bad file leaves nothing behind. The same file imported again as the same kind is
 * a no-op. Against the latest dataset of the same kind, a drop of more than 5 % in records or the
 * same vintage with a different hash is refused unless `acceptChange` gives a reason, which the audit
 * event keeps. `dryRun` parses and reports (counts, changes) without writing.
 */
export async function importDataset(
  { ws, clock }: ReferenceDeps,
  input: ImportInput,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportOutput> {
  const parts = fileParts(input);
  const total = parts.reduce((sum, part) => sum + part.size, 0);
  const sha256 = await hashParts(parts);
  const existing = selectDatasetByFile(ws.db, input.kind, sha256);
  if (existing)
    return {
      dataset: { ...toSummary(existing), changeReason: changeReasonOf(ws, existing.id) },
      imported: false,
    };
  let before = 0;
  const source = (part: FilePart) => {
    const offset = before;
    before += part.size;
    return fileChunks(part.path, (done) => onProgress?.({ phase: 'reading', done: offset + done, total }));
  };
  const main = parts[0] as FilePart;
  const companions: OfacCompanions = {};
  const mainSource = source(main);
  for (const part of parts.slice(1))
    if (part.role !== 'main') companions[part.role] = { source: source(part), file: part.name };
  const parsed = await parseReferenceFile(input.kind, mainSource, main.name, companions);
  const vintage = input.vintage ?? parsed.vintage;
  const previous =
    selectDatasets(ws.db).find((row) => row.kind === parsed.kind && row.source_name === parsed.sourceName) ??
    null;
  const changes = changesFrom(previous, parsed, vintage, sha256);
  const row: DatasetRow = {
    id: randomUUID(),
    kind: parsed.kind,
    source_name: parsed.sourceName,
    vintage,
    file_name: main.name,
    sha256,
    size_bytes: total,
    record_count: parsed.records,
    entry_count: parsed.entries.length,
    indicator_count: parsed.indicators.length,
    unresolved_countries_json: JSON.stringify(parsed.unresolvedCountries),
    imported_at: clock.now().toISOString(),
    imported_by: ws.actor,
  };
  if (input.dryRun)
    return {
      dataset: { ...toSummary(row), changeReason: null },
      imported: false,
      preview: { previous: previous ? toSummary(previous) : null, changes },
    };
  if (changes.length > 0 && !input.acceptChange) throw changeRefused(changes, main.name);
  const acceptedChange = changes.length > 0 ? { reason: input.acceptChange ?? '', changes } : null;
  onProgress?.({ phase: 'storing', done: total, total });
  storeDataset(ws, row, parsed, parts, acceptedChange, clock.now());
  return {
    dataset: { ...toSummary(row), changeReason: acceptedChange?.reason ?? null },
    imported: true,
  };
}

function fileParts(input: ImportInput): FilePart[] {
  const parts: FilePart[] = [statPart('main', input.path)];
  const given = input.ofacFiles ?? {};
  for (const role of ['alt', 'add', 'comments'] as const) {
    const path = given[role];
    if (path) parts.push(statPart(role, path));
  }
  if (parts.length > 1 && input.kind !== 'ofac')
    throw new AppError(
      'invalid_input',
      'alt.csv, add.csv and sdn_comments.csv belong to an OFAC import only.',
    );
  return parts;
}

function statPart(role: FilePart['role'], path: string): FilePart {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    throw fileError(error, path, 'read');
  }
  if (!stat.isFile())
    throw new AppError('invalid_input', `Cannot read ${path}: it is not a regular file.`, { file: path });
  const size = stat.size;
  const name = basename(path);
  if (size === 0)
    throw new AppError('invalid_input', `${name}: the file is empty.`, {
      file: name,
      problem: 'the file is empty',
    });
  if (size > IMPORT_LIMITS.fileBytes)
    throw new AppError(
      'invalid_input',
      `${name}: the file is larger than ${IMPORT_LIMITS.fileBytes} bytes.`,
      {
        file: name,
        problem: `the file is larger than ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MiB`,
      },
    );
  return { role, path, name, size };
}

/** One file: its SHA-256. An OFAC package: SHA-256 over `role name sha256` lines of its files. */
async function hashParts(parts: FilePart[]): Promise<string> {
  const digests: string[] = [];
  for (const part of parts) {
    const hash = createHash('sha256');
    for await (const chunk of fileChunks(part.path)) hash.update(chunk);
    digests.push(hash.digest('hex'));
  }
  if (parts.length === 1) return digests[0] as string;
  const manifest = parts.map((part, index) => `${part.role} ${part.name} ${digests[index]}\n`).join('');
  return createHash('sha256').update(manifest).digest('hex');
}

/** What makes this import suspicious against the latest dataset of the same kind. */
export function changesFrom(
  previous: DatasetRow | null,
  parsed: Pick<ParsedDataset, 'records'>,
  vintage: string | null,
  sha256: string,
): ImportChange[] {
  if (!previous) return [];
  const changes: ImportChange[] = [];
  const floor = previous.record_count * (1 - SHRINK_TOLERANCE);
  if (parsed.records < floor)
    changes.push({
      kind: 'shrink',
      previousRecords: previous.record_count,
      records: parsed.records,
      previousVintage: previous.vintage,
      vintage,
    });
  if (vintage !== null && previous.vintage === vintage && previous.sha256 !== sha256)
    changes.push({
      kind: 'sameVintageDifferentFile',
      previousRecords: previous.record_count,
      records: parsed.records,
      previousVintage: previous.vintage,
      vintage,
    });
  return changes;
}

function changeRefused(changes: ImportChange[], file: string): AppError {
  const words = changes.map((change) =>
    change.kind === 'shrink'
      ? `it has ${change.records} records where the previous ${change.previousVintage ?? ''} list had ${change.previousRecords} (a drop of ${Math.round((1 - change.records / change.previousRecords) * 100)} %, more than ${SHRINK_TOLERANCE * 100} %)`
      : `it has the same vintage (${change.vintage ?? ''}) as the list already imported but different content`,
  );
  return new AppError(
    'conflict',
    `${file}: not imported: ${words.join('; and ')}. A truncated or altered list would hide listed names; if the change is real, import again confirming it with a reason.`,
    { file, changes },
  );
}

function storeDataset(
  ws: ReferenceDeps['ws'],
  row: DatasetRow,
  parsed: ParsedDataset,
  parts: FilePart[],
  acceptedChange: { reason: string; changes: ImportChange[] } | null,
  at: Date,
): void {
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
          fileName: row.file_name,
          sha256: row.sha256,
          records: row.record_count,
          entries: row.entry_count,
          indicators: row.indicator_count,
          unresolvedCountries: parsed.unresolvedCountries,
          ...(parts.length > 1 ? { files: parts.map((part) => ({ role: part.role, name: part.name })) } : {}),
          ...(acceptedChange ? { acceptedChange } : {}),
        },
      },
      at,
    );
  })();
}
