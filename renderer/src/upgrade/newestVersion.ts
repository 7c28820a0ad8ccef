import type { OperationOutput } from '../../../assessments/api/contract';
import { compareVersions } from '../../../assessments/templates/compareVersions';

type Summaries = OperationOutput<'template.list'>;

/** The newest version of template `id` in the library when it is newer than `current`, else null. */
export function newestVersion(summaries: Summaries, id: string, current: string): string | null {
  const newest = summaries
    .filter((summary) => summary.id === id)
    .map((summary) => summary.version)
    .sort(compareVersions)
    .at(-1);
  return newest && compareVersions(newest, current) > 0 ? newest : null;
}
