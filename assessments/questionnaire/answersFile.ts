import * as z from 'zod';
import { answerEntrySchema, type AnswerEntry } from './answers';
import type { CompiledTemplate } from './compile';
import { issuesToProblems, jsonPath, type TemplateProblem } from './templateErrors';
import { validateAnswer } from './validateAnswer';

/**
 * An answers file (docs/answers-format.md): `{ "template": "id@version", "answers": { "B1": … } }`.
 * Each answer is either the bare value or `{ "value": …, "note": "…" }`.
 */
export const answersFileSchema = z
  .object({
    $schema: z.string().optional(),
    template: z
      .string()
      .regex(
        /^[a-z][a-z0-9-]*@\d+\.\d+\.\d+$/,
        'expected "template-id@version", e.g. "surveillance-export-hria@1.0.0"',
      ),
    answers: z.record(z.string(), z.json()),
    /** Evidence on file per question: ids, hashes or short descriptions of the items. */
    evidence: z.record(z.string(), z.array(z.string().trim().min(1)).min(1)).default({}),
  })
  .strict();

/** Deepest nesting an answer value may have; real answers nest 3 deep (a list of parties with aliases). */
export const MAX_ANSWER_DEPTH = 32;

/**
 * Whether a JSON-like value nests deeper than `max` (arrays and objects), checked without recursion
 * so that a hostile 10,000-deep value is refused instead of overflowing the stack of a recursive
 * validator.
 */
export function nestsDeeperThan(value: unknown, max: number = MAX_ANSWER_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (typeof item !== 'object' || item === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

export type ParsedAnswers =
  | { ok: true; answers: Record<string, AnswerEntry>; evidence: Record<string, string[]> }
  | { ok: false; problems: TemplateProblem[] };

function isWrapped(raw: unknown): raw is { value: unknown; note?: unknown } {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'value' in raw && !('name' in raw);
}

/** Checks the file against the template: every id exists, every value fits its question. All problems at once. */
export function parseAnswersFile(
  json: unknown,
  compiled: CompiledTemplate,
  file = 'answers.json',
): ParsedAnswers {
  if (nestsDeeperThan(json, MAX_ANSWER_DEPTH + 3))
    return {
      ok: false,
      problems: [{ file, path: '$', message: `values are nested more than ${MAX_ANSWER_DEPTH} levels deep` }],
    };
  const parsed = answersFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: issuesToProblems(parsed.error.issues, file),
    };
  }
  const problems: TemplateProblem[] = [];
  const expected = `${compiled.template.id}@${compiled.template.version}`;
  if (parsed.data.template !== expected) {
    problems.push({
      file,
      path: '$.template',
      message: `answers are for "${parsed.data.template}" but the template is "${expected}"`,
    });
  }
  const answers: Record<string, AnswerEntry> = {};
  for (const [id, raw] of Object.entries(parsed.data.answers)) {
    const path = jsonPath(['answers', id]);
    const found = compiled.questions.get(id);
    if (!found) {
      problems.push({ file, path, message: `no question "${id}" in ${expected}` });
      continue;
    }
    const entry = answerEntrySchema.safeParse(isWrapped(raw) ? raw : { value: raw });
    if (!entry.success) {
      problems.push({
        file,
        path,
        message: entry.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; '),
      });
      continue;
    }
    const problem = validateAnswer(found.question, entry.data);
    if (problem) problems.push({ file, path, message: `${id} (${found.question.type}): ${problem}` });
    else answers[id] = entry.data;
  }
  for (const id of Object.keys(parsed.data.evidence)) {
    if (!compiled.questions.has(id))
      problems.push({
        file,
        path: jsonPath(['evidence', id]),
        message: `no question "${id}" in ${expected}`,
      });
  }
  return problems.length === 0
    ? { ok: true, answers, evidence: parsed.data.evidence }
    : { ok: false, problems };
}
