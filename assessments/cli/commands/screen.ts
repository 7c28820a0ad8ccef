import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { countryCodeSchema } from '../../shared/countries';
import { screeningQuerySchema } from '../../reference/schemas';
import { ENTRY_TYPES, type EntryType } from '../../reference/types';
import { withWorkspace } from '../context';
import { CommandError, UsageError, type CliIo } from '../io';
import { parseScreenBatch } from '../screenBatch';

type ScreeningQuery = z.output<typeof screeningQuerySchema>;

/** The most queries `reference.screen` takes at once: a longer batch is screened in chunks. */
const QUERIES_PER_CALL = 1_000;

const PARTY_FLAGS = ['type', 'birth-year', 'birth-date', 'country', 'id', 'alias'] as const;

const OPTIONS = {
  workspace: { type: 'string' },
  dataset: { type: 'string', multiple: true },
  threshold: { type: 'string' },
  limit: { type: 'string' },
  batch: { type: 'string' },
  type: { type: 'string' },
  'birth-year': { type: 'string' },
  'birth-date': { type: 'string' },
  country: { type: 'string', multiple: true },
  id: { type: 'string', multiple: true },
  alias: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  'passphrase-file': { type: 'string' },
} as const;

const parseScreenArgs = (args: string[]) => parseArgs({ args, allowPositionals: true, options: OPTIONS });

type ScreenFlags = ReturnType<typeof parseScreenArgs>['values'];

/** The party details given as flags, checked here so that an error names the flag. */
function partyDetailsFrom(values: ScreenFlags): Omit<ScreeningQuery, 'name'> {
  const year = values['birth-year'];
  const date = values['birth-date'];
  if (year !== undefined && date !== undefined && year !== date)
    throw new UsageError(
      `--birth-year ${year} and --birth-date ${date} differ: --birth-date is another name for --birth-year; give one.`,
    );
  const birthDate = year ?? date;
  if (birthDate !== undefined && !screeningQuerySchema.shape.birthDate.safeParse(birthDate).success)
    throw new UsageError(
      `--${year !== undefined ? 'birth-year' : 'birth-date'} ${birthDate}: expected YYYY, YYYY-MM or YYYY-MM-DD.`,
    );
  if (values.type !== undefined && !(ENTRY_TYPES as readonly string[]).includes(values.type))
    throw new UsageError(`--type must be one of ${ENTRY_TYPES.join(', ')}.`);
  const countries = (values.country ?? []).map((given) => {
    const parsed = countryCodeSchema.safeParse(given.trim().toUpperCase());
    if (!parsed.success) throw new UsageError(`--country ${given}: ${parsed.error.issues[0]?.message}.`);
    return parsed.data;
  });
  const details: Omit<ScreeningQuery, 'name'> = {
    ...(values.alias ? { aliases: values.alias } : {}),
    ...(values.type ? { type: values.type as EntryType } : {}),
    ...(birthDate ? { birthDate } : {}),
    ...(countries.length > 0 ? { countries: [...new Set(countries)] } : {}),
    ...(values.id ? { identifiers: values.id } : {}),
  };
  const checked = screeningQuerySchema.omit({ name: true }).safeParse(details);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const flag = { aliases: '--alias', identifiers: '--id', countries: '--country' }[String(issue?.path[0])];
    throw new UsageError(`${flag ?? 'party details'}: ${issue?.message ?? 'not accepted'}.`);
  }
  return checked.data;
}

/** The parties of a `--batch` file; a bad file is refused with every problem it has. */
function readBatch(file: string): ScreeningQuery[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandError(`Cannot read ${file}: ${(error as Error).message}`, 2);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, '')) as unknown;
  } catch (error) {
    throw new CommandError(`${file} is not valid JSON: ${(error as Error).message}`, 2);
  }
  const parsed = parseScreenBatch(value, file);
  if (!parsed.ok) throw new CommandError(parsed.problems.join('\n'), 2);
  return parsed.queries;
}

/**
 * `assay screen`: screens each NAME, with the party details given as flags, or each party of a
 * `--batch` file with its own details, against the imported lists; prints the results as JSON.
 */
export async function screenCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseScreenArgs(args);
  if (!values.workspace) throw new UsageError('Missing --workspace DIR.');
  let queries: ScreeningQuery[];
  if (values.batch !== undefined) {
    if (positionals.length > 0)
      throw new UsageError(
        `Give the parties either as NAME arguments or in --batch ${values.batch}, not both.`,
      );
    const given = PARTY_FLAGS.filter((flag) => values[flag] !== undefined).map((flag) => `--${flag}`);
    if (given.length > 0)
      throw new UsageError(
        `${given.join(', ')} cannot be used with --batch: the file gives them per party (aliases, type, birthDate, countries, identifiers).`,
      );
  } else if (positionals.length === 0) {
    throw new UsageError('Name at least one NAME to screen, or give --batch FILE.');
  }
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold > 0 && threshold <= 1))
    throw new UsageError('--threshold must be a number above 0 and at most 1.');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100))
    throw new UsageError('--limit must be a whole number from 1 to 100.');
  if (values.batch !== undefined) {
    queries = readBatch(values.batch);
  } else {
    const details = partyDetailsFrom(values);
    queries = positionals.map((name) => ({ name, ...details }));
  }
  const results = await withWorkspace(values.workspace, values['passphrase-file'], io, async (ctx) => {
    const all = [];
    for (let start = 0; start < queries.length; start += QUERIES_PER_CALL) {
      all.push(
        ...(await ctx.call('reference.screen', {
          queries: queries.slice(start, start + QUERIES_PER_CALL),
          ...(values.dataset ? { datasetIds: values.dataset } : {}),
          ...(threshold !== undefined ? { threshold } : {}),
          ...(limit !== undefined ? { limit } : {}),
        })),
      );
    }
    return all;
  });
  io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  return 0;
}
