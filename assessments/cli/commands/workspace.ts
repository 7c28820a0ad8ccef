import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatVerificationChecks } from '../../workspace/verify/formatChecks';
import { createCliContext } from '../context';
import { CommandError, readPassphrase, UsageError, type CliIo } from '../io';

export async function workspaceCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'init') return init(rest, io);
  if (sub === 'verify') return verify(rest, io);
  if (sub === 'backup') return backup(rest, io);
  if (sub === 'restore') return restore(rest, io);
  throw new UsageError(
    `Unknown command "workspace ${sub ?? ''}". Expected "workspace init DIR", "workspace verify DIR", "workspace backup DIR --out FILE" or "workspace restore FILE --into NEWDIR".`,
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
    options: { name: { type: 'string' }, 'passphrase-file': { type: 'string' }, json: { type: 'boolean' } },
  });
  const dir = oneDirectory(positionals, 'assay workspace init DIR [--name NAME]');
  const passphrase = readPassphrase(values['passphrase-file'], io);
  const assessorName = values.name ?? io.env.USER ?? io.env.USERNAME ?? '';
  if (!assessorName.trim()) throw new UsageError('Give the assessor name with --name NAME.');
  const ctx = createCliContext(dir);
  const status = await ctx.call('workspace.create', { passphrase, assessorName });
  await ctx.call('workspace.lock', {});
  if (values.json) io.stdout(`${JSON.stringify(status, null, 2)}\n`);
  else io.stdout(`Created encrypted workspace ${status.workspaceId} in ${status.directory}\n`);
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
  const unlocked = await ctx.call('workspace.unlock', {
    passphrase: readPassphrase(values['passphrase-file'], io),
  });
  try {
    const report = await ctx.call('workspace.verify', {});
    if (values.json) {
      io.stdout(`${JSON.stringify({ ...report, unlockWarnings: unlocked.warnings ?? [] }, null, 2)}\n`);
    } else {
      // What unlock found (a missing outside anchor, loose permissions) before it repaired it.
      for (const warning of unlocked.warnings ?? []) io.stdout(`warn unlock: ${warning}\n`);
      io.stdout(formatVerificationChecks(report.checks));
    }
    if (!report.ok) {
      const reasons = report.checks.filter((check) => check.status === 'fail').map((check) => check.message);
      throw new CommandError(`Workspace ${dir} failed verification: ${reasons.join('; ')}`);
    }
    return 0;
  } finally {
    await ctx.call('workspace.lock', {});
  }
}

async function backup(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, json: { type: 'boolean' }, 'passphrase-file': { type: 'string' } },
  });
  const usage = 'assay workspace backup DIR --out FILE';
  const dir = oneDirectory(positionals, usage);
  if (!values.out) throw new UsageError(`Missing --out FILE: ${usage}`);
  const out = resolve(values.out);
  if (existsSync(out))
    throw new CommandError(`${out} already exists; it was not overwritten. Choose a new file name.`);
  const ctx = createCliContext(dir);
  await ctx.call('workspace.unlock', { passphrase: readPassphrase(values['passphrase-file'], io) });
  try {
    const written = await ctx.call('workspace.backup', { path: out });
    if (values.json) io.stdout(`${JSON.stringify(written, null, 2)}\n`);
    else
      io.stdout(
        `Backed up ${written.members} files (${written.contentBytes} bytes) to ${written.path} (${written.size} bytes, read back and verified)\n`,
      );
    return 0;
  } finally {
    await ctx.call('workspace.lock', {});
  }
}

async function restore(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { into: { type: 'string' }, json: { type: 'boolean' }, 'passphrase-file': { type: 'string' } },
  });
  const usage = 'assay workspace restore FILE --into NEWDIR';
  if (positionals.length !== 1 || !positionals[0])
    throw new UsageError(`Expected exactly one backup file: ${usage}`);
  if (!values.into) throw new UsageError(`Missing --into NEWDIR (a new or empty folder): ${usage}`);
  // The passphrase is the one the workspace had when the backup was made.
  const passphrase = readPassphrase(values['passphrase-file'], io);
  const ctx = createCliContext(values.into);
  const restored = await ctx.call('workspace.restore', { path: resolve(positionals[0]), passphrase });
  if (values.json) io.stdout(`${JSON.stringify(restored, null, 2)}\n`);
  else
    io.stdout(
      `Restored workspace ${restored.workspaceId} (backup of ${restored.backupCreatedAt}) into ${restored.directory}: ` +
        `${restored.members} files, ${restored.evidenceBlobs} evidence blobs and ${restored.auditEvents} audit events verified\n`,
    );
  return 0;
}
