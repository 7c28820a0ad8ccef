import { parseArgs } from 'node:util';
import { withWorkspace } from '../context';
import { UsageError, type CliIo } from '../io';

/** `assay assessment rename`: a new title; the audit trail keeps the old one. */
export async function assessmentRename(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      workspace: { type: 'string' },
      assessment: { type: 'string' },
      title: { type: 'string' },
      'passphrase-file': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const id = values.assessment;
  if (id === undefined) throw new UsageError('Missing --assessment ID.');
  const title = values.title;
  if (title === undefined) throw new UsageError('Missing --title T.');
  return withWorkspace(values.workspace, values['passphrase-file'], io, async (ctx) => {
    const renamed = await ctx.call('assessment.rename', { id, title });
    io.stdout(values.json ? `${JSON.stringify(renamed, null, 2)}\n` : `${renamed.id}  ${renamed.title}\n`);
    return 0;
  });
}

/** `assay assessment archive [--undo]`: off the everyday list, or back on it. Nothing is deleted. */
export async function assessmentArchive(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      workspace: { type: 'string' },
      assessment: { type: 'string' },
      undo: { type: 'boolean' },
      'passphrase-file': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const id = values.assessment;
  if (id === undefined) throw new UsageError('Missing --assessment ID.');
  const archived = !values.undo;
  return withWorkspace(values.workspace, values['passphrase-file'], io, async (ctx) => {
    const summary = await ctx.call('assessment.archive', { id, archived });
    io.stdout(
      values.json
        ? `${JSON.stringify(summary, null, 2)}\n`
        : `${summary.id}  ${summary.archivedAt ? `archived ${summary.archivedAt}` : 'in use'}\n`,
    );
    return 0;
  });
}
