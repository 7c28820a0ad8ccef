import * as z from 'zod';
import { isAssayClientError } from '../client/AssayClientError';

/** Where the core's importer found the fault; its `problem` is the core's own (English) words. */
const importFailureSchema = z.object({
  file: z.string(),
  line: z.number().int().optional(),
  record: z.string().optional(),
  field: z.string().optional(),
  problem: z.string().optional(),
});

export type ImportFailure = z.output<typeof importFailureSchema> & { kind: 'format' | 'unreadable' };

/**
 * The location of an import failure, read from the error's details. Null when the failure is not
 * about the file (a locked workspace, a lost connection), so the caller shows the generic text.
 */
export function importFailure(error: unknown): ImportFailure | null {
  if (!isAssayClientError(error)) return null;
  if (error.code !== 'invalid_input' && error.code !== 'not_found') return null;
  const parsed = importFailureSchema.safeParse(error.details);
  if (!parsed.success) return null;
  const problem = parsed.data.problem ?? stripLocation(error.message);
  return { ...parsed.data, problem, kind: error.code === 'not_found' ? 'unreadable' : 'format' };
}

/** "sdn.csv, line 3: expected 12 fields" → "expected 12 fields" (the location is shown separately). */
function stripLocation(message: string): string {
  const at = message.indexOf(': ');
  return at >= 0 ? message.slice(at + 2) : message;
}
