import type { OperationOutput } from '../../../assessments/api/contract';

export type ScreeningRun = OperationOutput<'screening.run'>;
export type Hit = ScreeningRun['hits'][number];
export type RunChanges = NonNullable<ScreeningRun['changes']>;
export type Outcome = ScreeningRun['outcome'];

/** Score as the reader's language writes a percentage ("93 %", "٩٣٪"). */
export function formatScore(score: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(score);
}
