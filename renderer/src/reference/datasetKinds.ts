import type { TFunction } from 'i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { isolate } from '../format/isolate';

export type Dataset = OperationOutput<'reference.list'>[number];
export type DatasetKind = Dataset['kind'];

/** In the order the import form offers them: screening lists first, then country indicators. */
export const DATASET_KIND_ORDER: readonly DatasetKind[] = [
  'un',
  'ofac',
  'uk',
  'opensanctions',
  'freedomhouse',
  'rsf',
  'csv',
];

const SCREENING: ReadonlySet<DatasetKind> = new Set(['un', 'ofac', 'uk', 'opensanctions']);

export function isScreeningKind(kind: DatasetKind): boolean {
  return SCREENING.has(kind);
}

/**
 * What the file chooser offers first for a kind: its usual extension and MIME types. The system
 * dialog still lets the person switch to any file (OFAC also publishes sdn.txt), and a dropped
 * file is never filtered: the importer judges the content, not the name.
 */
const ACCEPT: Record<DatasetKind, string> = {
  un: '.xml,application/xml,text/xml',
  ofac: '.csv,text/csv',
  uk: '.csv,text/csv',
  opensanctions: '.csv,text/csv',
  freedomhouse: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  rsf: '.csv,text/csv',
  csv: '.csv,text/csv',
};

/** The `accept` of the file input for a kind of reference file. */
export function acceptFor(kind: DatasetKind): string {
  return ACCEPT[kind];
}

/** "OFAC SDN 2024-05-14", or "… undated" when the source states no date; isolated for sentences. */
export function datasetName(t: TFunction, dataset: Pick<Dataset, 'sourceName' | 'vintage'>): string {
  return isolate(`${dataset.sourceName} ${dataset.vintage ?? t('referenceData.noVintage')}`);
}

/** Source and vintage for the `{{source}} {{vintage}}` slots of a sentence, each isolated. */
export function datasetSlots(t: TFunction, dataset: Pick<Dataset, 'sourceName' | 'vintage'>) {
  return {
    source: isolate(dataset.sourceName),
    vintage: isolate(dataset.vintage ?? t('referenceData.noVintage')),
  };
}

export function shortSha(sha256: string): string {
  return sha256.slice(0, 12);
}
