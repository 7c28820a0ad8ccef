import { parseArgs } from 'node:util';
import { normaliseCountryCode } from '../../shared/countries';
import { createCliContext } from '../context';
import { readPassphrase, UsageError, type CliIo } from '../io';
import { assessmentArchive, assessmentRename } from './assessmentRenameArchive';
import { assessmentUpgrade } from './assessmentUpgrade';

export async function assessmentCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'create') return create(rest, io);
  if (sub === 'list') return list(rest, io);
  if (sub === 'upgrade') return assessmentUpgrade(rest, io);
  if (sub === 'rename') return assessmentRename(rest, io);
  if (sub === 'archive') return assessmentArchive(rest, io);
  throw new UsageError(
    `Unknown command "assessment ${sub ?? ''}". Expected "assessment create", "list", "upgrade", "rename" or "archive".`,
  );
}

function requireWorkspace(workspace: string | undefined): string {
  if (!workspace) throw new UsageError('Missing --workspace DIR.');
  return workspace;
}

async function create(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      workspace: { type: 'string' },
      title: { type: 'string' },
      destination: { type: 'string' },
      'end-user': { type: 'string' },
      product: { type: 'string' },
      'passphrase-file': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const workspace = requireWorkspace(values.workspace);
  if (values.title === undefined) throw new UsageError('Missing --title T.');
  let destinationCountry: string | null = null;
  if (values.destination !== undefined) {
    destinationCountry = normaliseCountryCode(values.destination);
    if (!destinationCountry) {
      throw new UsageError(
        `--destination ${values.destination}: expected an ISO 3166-1 country code such as EG or EGY.`,
      );
    }
  }
  const ctx = createCliContext(workspace);
  await ctx.call('workspace.unlock', { passphrase: readPassphrase(values['passphrase-file'], io) });
  try {
    const created = await ctx.call('assessment.create', {
      title: values.title,
      destinationCountry: destinationCountry as never,
      endUserName: values['end-user'] ?? null,
      productDescription: values.product ?? null,
    });
    io.stdout(values.json ? `${JSON.stringify(created, null, 2)}\n` : `${created.id}\n`);
    return 0;
  } finally {
    await ctx.call('workspace.lock', {});
  }
}

async function list(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      workspace: { type: 'string' },
      json: { type: 'boolean' },
      archived: { type: 'boolean' },
      'passphrase-file': { type: 'string' },
    },
  });
  const ctx = createCliContext(requireWorkspace(values.workspace));
  await ctx.call('workspace.unlock', { passphrase: readPassphrase(values['passphrase-file'], io) });
  try {
    // Archived assessments stay out of the list unless asked for, as in the window.
    const assessments = (await ctx.call('assessment.list', {})).filter(
      (a) => values.archived || a.archivedAt === null,
    );
    if (values.json) {
      io.stdout(`${JSON.stringify(assessments, null, 2)}\n`);
      return 0;
    }
    if (assessments.length === 0) {
      io.stdout('No assessments.\n');
      return 0;
    }
    for (const a of assessments) {
      io.stdout(
        `${a.id}  ${a.status.padEnd(9)}  ${(a.destinationCountry ?? '--').padEnd(2)}  ${a.updatedAt}  ${a.title}\n`,
      );
    }
    return 0;
  } finally {
    await ctx.call('workspace.lock', {});
  }
}
