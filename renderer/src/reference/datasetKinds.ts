import type { TFunction } from 'i18next';
import type { OperationInput, OperationOutput } from '../../../assessments/api/contract';
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

const EXTENSIONS: Record<DatasetKind, 'xml' | 'csv' | 'xlsx'> = {
  un: 'xml',
  ofac: 'csv',
  uk: 'csv',
  opensanctions: 'csv',
  freedomhouse: 'xlsx',
  rsf: 'csv',
  csv: 'csv',
};

/** The picker offers the kind's usual extension first, and any file as a way out (sdn.txt exists). */
export function fileFiltersFor(
  t: TFunction,
  kind: DatasetKind,
): NonNullable<OperationInput<'dialogs.pickFiles'>['filters']> {
  const extension = EXTENSIONS[kind];
  return [
    { name: t(`referenceData.fileTypes.${extension}`), extensions: [extension] },
    { name: t('referenceData.fileTypes.all'), extensions: ['*'] },
  ];
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
