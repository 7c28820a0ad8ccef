// Types of preflight.mjs for the TypeScript tests that import it.
export function preflightReport(
  missing: readonly string[],
  options: { ci: boolean; nodeVersion: string },
): { ok: boolean; text: string };
