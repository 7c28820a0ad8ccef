import { parseArgs } from 'node:util';
import { DATASET_KINDS, ENTRY_TYPES, type DatasetKind, type EntryType } from '../../reference/types';
import { createCliContext } from '../context';
import { CommandError, readPassphrase, UsageError, type CliIo } from '../io';

/** `assay import`: each FILE becomes a dataset version of the given kind (a file imported before is skipped). */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      kind: { type: 'string' },
      vintage: { type: 'string' },
      json: { type: 'boolean' },
      'passphrase-file': { type: 'string' },
    },
  });
  if (!values.workspace) throw new UsageError('Missing --workspace DIR.');
  const kind = values.kind;
  if (!kind || !(DATASET_KINDS as readonly string[]).includes(kind))
    throw new UsageError(`Missing or unknown --kind; expected one of ${DATASET_KINDS.join(', ')}.`);
  if (positionals.length === 0) throw new UsageError('Name the FILE to import.');
  const ctx = createCliContext(values.workspace);
  await ctx.call('workspace.unlock', { passphrase: readPassphrase(values['passphrase-file'], io) });
  let failed = 0;
  const results = [];
  try {
    for (const path of positionals) {
      try {
        const result = await ctx.call('reference.import', {
          kind: kind as DatasetKind,
          path,
          ...(values.vintage ? { vintage: values.vintage } : {}),
        });
        results.push(result);
        if (!values.json) {
          const { dataset } = result;
          io.stdout(
            `${result.imported ? 'imported' : 'already imported'}  ${dataset.id}  ${dataset.sourceName}` +
              `${dataset.vintage ? ` ${dataset.vintage}` : ''}  ${dataset.records} records\n`,
          );
          for (const name of dataset.unresolvedCountries)
            io.stdout(`  unresolved country: ${name} (kept without an ISO code)\n`);
        }
      } catch (error) {
        failed += 1;
        io.stderr(`assay: ${(error as Error).message}\n`);
      }
    }
  } finally {
    await ctx.call('workspace.lock', {});
  }
  if (values.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  if (failed > 0) throw new CommandError(`${failed} of ${positionals.length} file(s) were not imported.`);
  return 0;
}

/** `assay screen`: screens each NAME against the imported lists; prints JSON. */
export async function screenCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      dataset: { type: 'string', multiple: true },
      threshold: { type: 'string' },
      limit: { type: 'string' },
      type: { type: 'string' },
      'birth-date': { type: 'string' },
      'passphrase-file': { type: 'string' },
    },
  });
  if (!values.workspace) throw new UsageError('Missing --workspace DIR.');
  if (positionals.length === 0) throw new UsageError('Name at least one NAME to screen.');
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold > 0 && threshold <= 1))
    throw new UsageError('--threshold must be a number above 0 and at most 1.');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100))
    throw new UsageError('--limit must be a whole number from 1 to 100.');
  if (values.type !== undefined && !(ENTRY_TYPES as readonly string[]).includes(values.type))
    throw new UsageError(`--type must be one of ${ENTRY_TYPES.join(', ')}.`);
  const ctx = createCliContext(values.workspace);
  await ctx.call('workspace.unlock', { passphrase: readPassphrase(values['passphrase-file'], io) });
  try {
    const results = await ctx.call('reference.screen', {
      queries: positionals.map((name) => ({
        name,
        ...(values.type ? { type: values.type as EntryType } : {}),
        ...(values['birth-date'] ? { birthDate: values['birth-date'] } : {}),
      })),
      ...(values.dataset ? { datasetIds: values.dataset } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
      ...(limit !== undefined ? { limit } : {}),
    });
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
    return 0;
  } finally {
    await ctx.call('workspace.lock', {});
  }
}
