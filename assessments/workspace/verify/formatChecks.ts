import type { VerificationCheck } from './checks';

const MARKS = { pass: 'ok  ', warn: 'warn', fail: 'FAIL' } as const;

const LABELS: Record<string, string> = {
  encryption: 'encryption',
  integrity: 'integrity',
  'audit.chain': 'audit trail',
  'audit.genesis': 'first event',
  'anchor.header': 'anchor (workspace.json)',
  'anchor.outside': 'anchor (outside)',
  schema: 'schema',
  'answers.bound': 'answers',
};

/** One line per check, as `assay workspace verify` prints them: `ok   audit trail: 7 events, …`. */
export function formatVerificationChecks(checks: readonly VerificationCheck[]): string {
  return checks
    .map((check) => `${MARKS[check.status]} ${LABELS[check.id] ?? check.id}: ${check.message}\n`)
    .join('');
}
