/**
 * The contract's operation and event names as plain data: what the preload checks a page's calls
 * against without loading the contract's schemas (and zod with them). contract.ts is typed to have
 * exactly these keys, and operationNames.test.ts compares them.
 */
export const OPERATION_NAMES = [
  'workspace.status',
  'workspace.create',
  'workspace.unlock',
  'workspace.lock',
  'workspace.changePassphrase',
  'workspace.verify',
  'passphrase.assess',
  'workspace.backup',
  'workspace.backups',
  'workspace.restore',
  'audit.verify',
  'settings.get',
  'settings.set',
  'template.list',
  'template.get',
  'assessment.create',
  'assessment.import',
  'assessment.list',
  'assessment.get',
  'assessment.evaluate',
  'assessment.sensitivity',
  'assessment.planUpgrade',
  'assessment.upgrade',
  'assessment.rename',
  'assessment.archive',
  'answers.save',
  'decision.record',
  'decision.get',
  'evidence.ingest',
  'evidence.cancel',
  'evidence.update',
  'evidence.link',
  'evidence.linkMany',
  'evidence.list',
  'evidence.custody',
  'evidence.exportCopy',
  'evidence.remove',
  'vault.verify',
  'dialogs.saveFile',
  'files.prepareDownload',
  'files.download',
  'reference.import',
  'reference.list',
  'reference.compare',
  'reference.remove',
  'reference.screen',
  'reference.suggestions',
  'reference.acceptSuggestion',
  'screening.run',
  'screening.list',
  'screening.dispose',
  'identity.create',
  'identity.import',
  'identity.list',
  'identity.exportCertificate',
  'pdf.verify',
  'report.export',
  'report.timestampRequest',
  'report.timestampApply',
  'report.countersign',
] as const;

export const EVENT_NAMES = ['workspace.changed', 'evidence.progress', 'reference.progress'] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];

const operations: ReadonlySet<string> = new Set(OPERATION_NAMES);
const events: ReadonlySet<string> = new Set(EVENT_NAMES);

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && operations.has(name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && events.has(name);
}
