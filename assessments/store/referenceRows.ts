import type { Db } from './openDatabase';

export interface DatasetRow {
  id: string;
  kind: string;
  source_name: string;
  vintage: string | null;
  file_name: string;
  sha256: string;
  size_bytes: number;
  record_count: number;
  entry_count: number;
  indicator_count: number;
  unresolved_countries_json: string;
  imported_at: string;
  imported_by: string;
}

export interface EntryRow {
  dataset_id: string;
  position: number;
  source_id: string;
  entry_type: string;
  name: string;
  entry_json: string;
}

export interface IndicatorRow {
  dataset_id: string;
  country_code: string | null;
  country_name: string;
  indicator: string;
  year: number;
  value: number | null;
  text_value: string | null;
}

export function insertDataset(db: Db, row: DatasetRow): void {
  db.prepare(
    `INSERT INTO reference_datasets
       (id, kind, source_name, vintage, file_name, sha256, size_bytes, record_count, entry_count,
        indicator_count, unresolved_countries_json, imported_at, imported_by)
     VALUES
       ($id, $kind, $source_name, $vintage, $file_name, $sha256, $size_bytes, $record_count, $entry_count,
        $indicator_count, $unresolved_countries_json, $imported_at, $imported_by)`,
  ).run(row);
}

export function insertEntries(db: Db, rows: Iterable<EntryRow>): void {
  const statement = db.prepare(
    `INSERT INTO reference_entries (dataset_id, position, source_id, entry_type, name, entry_json)
     VALUES ($dataset_id, $position, $source_id, $entry_type, $name, $entry_json)`,
  );
  for (const row of rows) statement.run(row);
}

export function insertIndicators(db: Db, rows: Iterable<IndicatorRow>): void {
  const statement = db.prepare(
    `INSERT INTO reference_indicators (dataset_id, country_code, country_name, indicator, year, value, text_value)
     VALUES ($dataset_id, $country_code, $country_name, $indicator, $year, $value, $text_value)`,
  );
  for (const row of rows) statement.run(row);
}

export function selectDataset(db: Db, id: string): DatasetRow | undefined {
  return db.prepare('SELECT * FROM reference_datasets WHERE id = $id').get({ id }) as DatasetRow | undefined;
}

export function selectDatasetByFile(db: Db, kind: string, sha256: string): DatasetRow | undefined {
  return db
    .prepare('SELECT * FROM reference_datasets WHERE kind = $kind AND sha256 = $sha256')
    .get({ kind, sha256 }) as DatasetRow | undefined;
}

export function selectDatasets(db: Db): DatasetRow[] {
  return db
    .prepare('SELECT * FROM reference_datasets ORDER BY imported_at DESC, rowid DESC')
    .all() as DatasetRow[];
}

/** The dataset of the same kind and source imported just before `dataset`. */
export function selectPreviousDataset(db: Db, dataset: DatasetRow): DatasetRow | undefined {
  return db
    .prepare(
      `SELECT * FROM reference_datasets
       WHERE kind = $kind AND source_name = $source_name AND id != $id
         AND (coalesce(vintage, '') < coalesce($vintage, '')
              OR (coalesce(vintage, '') = coalesce($vintage, '') AND imported_at < $imported_at))
       ORDER BY coalesce(vintage, '') DESC, imported_at DESC LIMIT 1`,
    )
    .get(dataset) as DatasetRow | undefined;
}

export function deleteDataset(db: Db, id: string): void {
  db.prepare('DELETE FROM reference_datasets WHERE id = $id').run({ id });
}

export function selectEntries(db: Db, datasetId: string): EntryRow[] {
  return db
    .prepare('SELECT * FROM reference_entries WHERE dataset_id = $datasetId ORDER BY position')
    .all({ datasetId }) as EntryRow[];
}

export function selectIndicators(db: Db, datasetId: string): IndicatorRow[] {
  return db
    .prepare('SELECT * FROM reference_indicators WHERE dataset_id = $datasetId ORDER BY rowid')
    .all({ datasetId }) as IndicatorRow[];
}

/** The values of one country in one dataset, newest year first. */
export function selectCountryIndicators(db: Db, datasetId: string, countryCode: string): IndicatorRow[] {
  return db
    .prepare(
      `SELECT * FROM reference_indicators WHERE dataset_id = $datasetId AND country_code = $countryCode
       ORDER BY year DESC, indicator`,
    )
    .all({ datasetId, countryCode }) as IndicatorRow[];
}
