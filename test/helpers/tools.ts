import { installCommands, isCi, missingTools as findMissing, toolWorks } from '../../scripts/systemTools.mjs';

const cache = new Map<string, boolean>();

/** Whether `name` works here, asked once per test file. */
function available(name: string): boolean {
  let works = cache.get(name);
  if (works === undefined) {
    works = toolWorks(name);
    cache.set(name, works);
  }
  return works;
}

/**
 * The tools among `names` that are missing, for `describe.skipIf(missingTools([...]).length > 0)`.
 * On a CI machine nothing may be skipped: a missing tool throws, naming the command that installs it
 * (`npm test` stops before this in its preflight; this catches a single file run by hand).
 */
export function missingTools(names: readonly string[]): string[] {
  const missing = findMissing(names, available);
  if (missing.length > 0 && isCi()) {
    throw new Error(`${missing.join(', ')} not installed, and CI is set: ${installCommands(missing).apt}`);
  }
  return missing;
}

/** The note a skipped test's name carries: ` (skipped: pdfsig and qpdf not installed)`, or ''. */
export function skipNote(missing: readonly string[]): string {
  return missing.length > 0 ? ` (skipped: ${missing.join(' and ')} not installed)` : '';
}
