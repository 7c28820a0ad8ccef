import * as z from 'zod';
import { countryCodeSchema } from '../shared/countries';
import { screeningQuerySchema } from '../reference/schemas';

type ScreeningQuery = z.output<typeof screeningQuerySchema>;

const PARTY_FIELDS = [
  'name',
  'aliases',
  'type',
  'birthDate',
  'birthYear',
  'countries',
  'country',
  'identifiers',
] as const;

/** Country codes are written in any case in a file, as on the command line. */
const countryCode = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  countryCodeSchema,
);

const query = screeningQuerySchema.shape;

const BIRTH_YEAR = 'expected a year (YYYY), as a number or a string';

/**
 * One party of an `assay screen --batch` file: the screening query's fields, plus `birthYear` (a
 * number or a string) and `country` (one code), which spreadsheets export more readily than a date
 * and an array. The result is checked again as a screening query, so the core sees nothing else.
 */
export const screenBatchPartySchema = z
  .strictObject({
    name: query.name,
    aliases: query.aliases,
    type: query.type,
    birthDate: query.birthDate,
    birthYear: z
      .preprocess(
        (value) => (typeof value === 'number' ? String(value) : value),
        z
          .string({ error: BIRTH_YEAR })
          .trim()
          .regex(/^\d{4}$/u, BIRTH_YEAR),
      )
      .optional(),
    countries: z.array(countryCode).max(10).optional(),
    country: countryCode.optional(),
    identifiers: query.identifiers,
  })
  .superRefine((party, ctx) => {
    if (party.birthYear === undefined || party.birthDate === undefined) return;
    if (party.birthDate.slice(0, 4) !== String(party.birthYear))
      ctx.addIssue({
        code: 'custom',
        path: ['birthYear'],
        message: `${party.birthYear} is not the year of birthDate "${party.birthDate}"; give one of them`,
      });
  })
  .transform(({ birthYear, country, countries, ...rest }): ScreeningQuery => {
    const birthDate = rest.birthDate ?? (birthYear === undefined ? undefined : String(birthYear));
    const codes = [...new Set([...(countries ?? []), ...(country ? [country] : [])])];
    return {
      ...rest,
      ...(birthDate ? { birthDate } : {}),
      ...(codes.length > 0 ? { countries: codes } : {}),
    };
  })
  .pipe(screeningQuerySchema);

const screenBatchSchema = z
  .array(screenBatchPartySchema, { error: 'expected a JSON array of parties ({ "name": … })' })
  .min(1, 'expected at least one party');

const MAX_PROBLEMS_SHOWN = 10;

function describeIssue(issue: z.core.$ZodIssue): string {
  const [index, ...rest] = issue.path;
  const where = [
    typeof index === 'number' ? `party ${index + 1}` : undefined,
    rest.length > 0 ? rest.join('.') : undefined,
  ].filter(Boolean);
  return where.length > 0 ? `${where.join(', ')}: ${describeProblem(issue)}` : describeProblem(issue);
}

/** A value as the file wrote it, cut short. */
function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** zod's messages, reworded for someone editing the file by hand, with the value found. */
function describeProblem(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(quote).join(', ')}; a party has ${PARTY_FIELDS.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'missing (required)';
  let message = issue.message.replace(/^Invalid (input|option): /u, '');
  if (issue.code === 'invalid_type' && message !== issue.message)
    message = `expected ${/^[aeiou]/u.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
  if ((issue.code === 'too_big' || issue.code === 'too_small') && /^Too (big|small)/u.test(message)) {
    const length = (issue.input as { length?: number } | undefined)?.length;
    if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1)
      return 'must not be empty';
    const unit = issue.origin === 'string' ? 'characters' : 'items';
    const bound = issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
    return `expected ${bound} ${unit}, got ${length ?? quote(issue.input)}`;
  }
  const found = issue.code !== 'custom' && issue.input !== undefined && !/\bgot\b/u.test(message);
  return found ? `${message}, got ${quote(issue.input)}` : message;
}

/**
 * The parties of a batch file as screening queries, or what is wrong with it, one line a problem,
 * each naming the file, the party (counted from 1) and the field.
 */
export function parseScreenBatch(
  value: unknown,
  file: string,
): { ok: true; queries: ScreeningQuery[] } | { ok: false; problems: string[] } {
  const parsed = screenBatchSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, queries: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${file}: ${describeIssue(issue)}`);
  if (problems.length <= MAX_PROBLEMS_SHOWN) return { ok: false, problems };
  return {
    ok: false,
    problems: [
      ...problems.slice(0, MAX_PROBLEMS_SHOWN),
      `${file}: … and ${problems.length - MAX_PROBLEMS_SHOWN} more problems`,
    ],
  };
}
