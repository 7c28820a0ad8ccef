import type { Handlers } from '../api/dispatch';
import { exportSignedReport } from './exportSignedReport';

type ExportDeps = Parameters<typeof exportSignedReport>[0];

export function reportOperations(deps: () => ExportDeps): Pick<Handlers, 'report.export'> {
  return { 'report.export': (input) => exportSignedReport(deps(), input) };
}
