import { parseArgs } from 'node:util';
import { withWorkspace } from '../context';
import { CommandError, UsageError, type CliIo } from '../io';

const common = {
  workspace: { type: 'string' },
  'passphrase-file': { type: 'string' },
  json: { type: 'boolean' },
} as const;

/**
 * `assay identity create|import|list|export`: signing identities of a workspace. The PKCS#12
 * password comes from ASSAY_P12_PASSWORD, never from the command line.
 */
export async function identityCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'create') {
    const { values } = parseArgs({
      args: rest,
      options: {
        ...common,
        name: { type: 'string' },
        org: { type: 'string' },
        email: { type: 'string' },
        'validity-years': { type: 'string' },
      },
    });
    if (!values.name) throw new UsageError('Missing --name NAME.');
    if (!values.org) throw new UsageError('Missing --org ORGANISATION.');
    if (!values.email) throw new UsageError('Missing --email ADDRESS.');
    const years = values['validity-years'] === undefined ? undefined : Number(values['validity-years']);
    const created = await withWorkspace(values.workspace, values['passphrase-file'], io, (ctx) =>
      ctx.call('identity.create', {
        name: values.name ?? '',
        organisation: values.org ?? '',
        email: values.email ?? '',
        validityYears: years,
      }),
    );
    io.stdout(values.json ? `${JSON.stringify(created, null, 2)}\n` : `${created.fingerprint}\n`);
    return 0;
  }
  if (sub === 'import') {
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: common });
    if (positionals.length !== 1) throw new UsageError('Name exactly one PKCS#12 FILE to import.');
    const password = io.env.ASSAY_P12_PASSWORD;
    if (password === undefined)
      throw new CommandError('No PKCS#12 password: set ASSAY_P12_PASSWORD (it may be empty).');
    const imported = await withWorkspace(values.workspace, values['passphrase-file'], io, (ctx) =>
      ctx.call('identity.import', { path: positionals[0] ?? '', password }),
    );
    io.stdout(
      values.json
        ? `${JSON.stringify(imported, null, 2)}\n`
        : `${imported.fingerprint}  ${imported.commonName}  valid until ${imported.notAfter}\n`,
    );
    return 0;
  }
  if (sub === 'list') {
    const { values } = parseArgs({ args: rest, options: common });
    const identities = await withWorkspace(values.workspace, values['passphrase-file'], io, (ctx) =>
      ctx.call('identity.list', {}),
    );
    if (values.json) io.stdout(`${JSON.stringify(identities, null, 2)}\n`);
    else
      for (const id of identities)
        io.stdout(
          `${id.fingerprint}  ${id.commonName} <${id.email}>  ${id.organisation}  ${id.origin}  until ${id.notAfter}\n`,
        );
    return 0;
  }
  if (sub === 'export') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { ...common, out: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('Name the FINGERPRINT of the identity to export.');
    const exported = await withWorkspace(values.workspace, values['passphrase-file'], io, (ctx) =>
      ctx.call('identity.exportCertificate', { fingerprint: positionals[0] ?? '', path: values.out }),
    );
    if (values.json) io.stdout(`${JSON.stringify(exported, null, 2)}\n`);
    else if (values.out === undefined) io.stdout(exported.pem);
    return 0;
  }
  throw new UsageError(`Unknown command "identity ${sub ?? ''}". Expected create, import, list or export.`);
}
