import { parseArgs } from 'node:util';
import { createCliContext } from '../context';
import { CommandError, readPassphrase, UsageError, type CliIo } from '../io';

/** `assay evidence add`: each file once into the vault; prints "sha256  size  name" per file. */
export async function evidenceCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'add')
    throw new UsageError(`Unknown command "evidence ${sub ?? ''}". Expected "evidence add".`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      assessment: { type: 'string' },
      question: { type: 'string', multiple: true },
      'passphrase-file': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (!values.workspace) throw new UsageError('Missing --workspace DIR.');
  if (!values.assessment) throw new UsageError('Missing --assessment ID.');
  if (positionals.length === 0) throw new UsageError('Name at least one FILE to add.');
  const ctx = createCliContext(values.workspace);
  await ctx.call('workspace.unlock', { passphrase: readPassphrase(values['passphrase-file'], io) });
  let failed = 0;
  const added = [];
  try {
    for (const path of positionals) {
      try {
        const item = await ctx.call('evidence.ingest', {
          assessmentId: values.assessment,
          path,
          questionIds: values.question ?? [],
        });
        added.push(item);
        if (!values.json)
          io.stdout(`${item.sha256}  ${item.sizeBytes}  ${item.mimeType}  ${item.originalName}\n`);
      } catch (error) {
        failed += 1;
        io.stderr(`assay: ${path}: ${(error as Error).message}\n`);
      }
    }
  } finally {
    await ctx.call('workspace.lock', {});
  }
  // Printed even when some files failed: the items that were added are in the vault.
  if (values.json) io.stdout(`${JSON.stringify(added, null, 2)}\n`);
  if (failed > 0) throw new CommandError(`${failed} of ${positionals.length} file(s) were not added.`);
  return 0;
}

/** `assay vault verify`: re-hashes every blob; exit 1 naming missing, corrupted or orphaned blobs. */
export async function vaultCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'verify')
    throw new UsageError(`Unknown command "vault ${sub ?? ''}". Expected "vault verify".`);
  const { values } = parseArgs({
    args: rest,
    options: {
      workspace: { type: 'string' },
      json: { type: 'boolean' },
      'passphrase-file': { type: 'string' },
    },
  });
  if (!values.workspace) throw new UsageError('Missing --workspace DIR.');
  const ctx = createCliContext(values.workspace);
  await ctx.call('workspace.unlock', { passphrase: readPassphrase(values['passphrase-file'], io) });
  try {
    const report = await ctx.call('vault.verify', {});
    if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else {
      io.stdout(`${report.checked} blob(s) re-hashed\n`);
      for (const item of report.missing)
        io.stdout(`MISSING   evidence ${item.evidenceId}: blob ${item.address}\n`);
      for (const item of report.corrupted)
        io.stdout(`CORRUPTED evidence ${item.evidenceId}: ${item.reason}\n`);
      for (const address of report.orphaned)
        io.stdout(`ORPHANED  blob ${address} (no evidence item refers to it)\n`);
    }
    if (!report.ok) throw new CommandError('The vault failed verification.');
    return 0;
  } finally {
    await ctx.call('workspace.lock', {});
  }
}
