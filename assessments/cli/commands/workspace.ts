import { parseArgs } from 'node:util';
import { createCliContext } from '../context';
import { CommandError, readPassphrase, UsageError, type CliIo } from '../io';

export async function workspaceCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'init') return init(rest, io);
  if (sub === 'verify') return verify(rest, io);
  throw new UsageError(
    `Unknown command "workspace ${sub ?? ''}". Expected "workspace init DIR" or "workspace verify DIR".`,
  );
}

function oneDirectory(positionals: string[], usage: string): string {
  if (positionals.length !== 1 || !positionals[0])
    throw new UsageError(`Expected exactly one folder: ${usage}`);
  return positionals[0];
}

async function init(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: 'string' }, 'passphrase-file': { type: 'string' } },
  });
  const dir = oneDirectory(positionals, 'assay workspace init DIR [--name NAME]');
  const passphrase = readPassphrase(values['passphrase-file'], io);
  const assessorName = values.name ?? io.env.USER ?? io.env.USERNAME ?? '';
  if (!assessorName.trim()) throw new UsageError('Give the assessor name with --name NAME.');
  const ctx = createCliContext(dir);
  const status = await ctx.call('workspace.create', { passphrase, assessorName });
  await ctx.call('workspace.lock', {});
  io.stdout(`Created encrypted workspace ${status.workspaceId} in ${status.directory}\n`);
  return 0;
}

async function verify(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, 'passphrase-file': { type: 'string' } },
  });
  const dir = oneDirectory(positionals, 'assay workspace verify DIR [--json]');
  const ctx = createCliContext(dir);
  await ctx.call('workspace.unlock', { passphrase: readPassphrase(values['passphrase-file'], io) });
  try {
    const report = await ctx.call('workspace.verify', {});
    if (values.json) {
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const mark = (ok: boolean) => (ok ? 'ok  ' : 'FAIL');
      io.stdout(`${mark(report.encryption.ok)} encryption: ${report.encryption.message}\n`);
      io.stdout(`${mark(report.integrity.ok)} integrity: ${report.integrity.messages.join('; ')}\n`);
      io.stdout(
        report.audit.ok
          ? `ok   audit trail: ${report.audit.count} events, head ${report.audit.headHash}\n`
          : `FAIL audit trail: ${report.audit.firstBreak?.reason ?? 'broken'}\n`,
      );
    }
    if (!report.ok) {
      const reasons = [
        report.encryption.ok ? null : report.encryption.message,
        report.integrity.ok ? null : `integrity check: ${report.integrity.messages.join('; ')}`,
        report.audit.firstBreak?.reason ?? null,
      ].filter((reason): reason is string => reason !== null);
      throw new CommandError(`Workspace ${dir} failed verification: ${reasons.join('; ')}`);
    }
    return 0;
  } finally {
    await ctx.call('workspace.lock', {});
  }
}
