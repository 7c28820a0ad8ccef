import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATASET_KINDS, type DatasetKind } from '../../reference/types';
import { createCliContext } from '../context';
import { CommandError, readPassphrase, UsageError, type CliIo } from '../io';

type OfacFiles = { alt?: string; add?: string; comments?: string };

/** OFAC's package beside a file named sdn.csv: alt.csv, add.csv, sdn_comments.csv, when present. */
function ofacFilesFor(path: string, given: OfacFiles): OfacFiles {
  const files: OfacFiles = { ...given };
  if (basename(path).toLowerCase() !== 'sdn.csv') return files;
  const names = { alt: 'alt.csv', add: 'add.csv', comments: 'sdn_comments.csv' } as const;
  for (const role of ['alt', 'add', 'comments'] as const) {
    const sibling = join(dirname(path), names[role]);
    if (!files[role] && existsSync(sibling)) files[role] = sibling;
  }
  return files;
}

/**
 * `assay import`: each FILE becomes a dataset version of the given kind (a file imported before is
 * skipped). `--dry-run` shows the counts and any change needing a reason without importing;
 * `--accept-change REASON` imports a list that shrank by more than 5 % or re-issues a vintage,
 * recording the reason. An OFAC sdn.csv takes alt.csv, add.csv and sdn_comments.csv from beside it
 * (or from `--alt`, `--add`, `--comments`).
 */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      kind: { type: 'string' },
      vintage: { type: 'string' },
      json: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'accept-change': { type: 'string' },
      alt: { type: 'string' },
      add: { type: 'string' },
      comments: { type: 'string' },
      'passphrase-file': { type: 'string' },
    },
  });
  const reason = values['accept-change']?.trim();
  if (values['accept-change'] !== undefined && !reason)
    throw new UsageError('--accept-change needs a REASON (why the list shrank or changed).');
  const given: OfacFiles = {
    ...(values.alt ? { alt: values.alt } : {}),
    ...(values.add ? { add: values.add } : {}),
    ...(values.comments ? { comments: values.comments } : {}),
  };
  if (Object.keys(given).length > 0 && values.kind !== 'ofac')
    throw new UsageError('--alt, --add and --comments belong to --kind ofac.');
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
        const ofacFiles = kind === 'ofac' ? ofacFilesFor(path, given) : {};
        const result = await ctx.call('reference.import', {
          kind: kind as DatasetKind,
          path,
          ...(values.vintage ? { vintage: values.vintage } : {}),
          ...(Object.keys(ofacFiles).length > 0 ? { ofacFiles } : {}),
          ...(values['dry-run'] ? { dryRun: true } : {}),
          ...(reason ? { acceptChange: reason } : {}),
        });
        results.push(result);
        if (!values.json) {
          const { dataset } = result;
          const state = result.preview ? 'would import' : result.imported ? 'imported' : 'already imported';
          io.stdout(
            `${state}  ${result.preview ? basename(path) : dataset.id}  ${dataset.sourceName}` +
              `${dataset.vintage ? ` ${dataset.vintage}` : ''}  ${dataset.records} records\n`,
          );
          for (const [role, file] of Object.entries(ofacFiles)) io.stdout(`  with ${role}: ${file}\n`);
          if (result.preview) {
            const previous = result.preview.previous;
            io.stdout(
              previous
                ? `  previous: ${previous.sourceName} ${previous.vintage ?? ''}  ${previous.records} records\n`
                : '  previous: none\n',
            );
            for (const change of result.preview.changes)
              io.stdout(
                change.kind === 'shrink'
                  ? `  needs --accept-change REASON: ${change.previousRecords} → ${change.records} records\n`
                  : `  needs --accept-change REASON: vintage ${change.vintage ?? ''} already imported with other content\n`,
              );
          }
          if (dataset.changeReason) io.stdout(`  change accepted: ${dataset.changeReason}\n`);
          for (const name of dataset.unresolvedCountries)
            io.stdout(`  unresolved country: ${name} (kept without an ISO code)\n`);
        }
      } catch (error) {
        failed += 1;
        io.stderr(`assay: ${(error as Error).message}\n`);
        // The core's refusal of a shrunk or re-issued list (AppError 'conflict', message "…: not imported: …").
        if (/: not imported: /u.test((error as Error).message))
          io.stderr('  (after checking the change, import again with --accept-change REASON)\n');
      }
    }
  } finally {
    await ctx.call('workspace.lock', {});
  }
  if (values.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  if (failed > 0) throw new CommandError(`${failed} of ${positionals.length} file(s) were not imported.`);
  return 0;
}
