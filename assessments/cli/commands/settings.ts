import { parseArgs } from 'node:util';
import { withWorkspace } from '../context';
import { UsageError, type CliIo } from '../io';

const common = {
  workspace: { type: 'string' },
  'passphrase-file': { type: 'string' },
  json: { type: 'boolean' },
} as const;

/**
 * `assay settings get|set`: the workspace's settings. `set` changes only the settings named on
 * the command line; the core checks each value and audits the change.
 */
export async function settingsCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'get') {
    const { values } = parseArgs({ args: rest, options: common });
    const settings = await withWorkspace(values.workspace, values['passphrase-file'], io, (ctx) =>
      ctx.call('settings.get', {}),
    );
    io.stdout(values.json ? `${JSON.stringify(settings, null, 2)}\n` : describe(settings));
    return 0;
  }
  if (sub === 'set') {
    const { values } = parseArgs({
      args: rest,
      options: { ...common, 'max-list-age-days': { type: 'string' } },
    });
    const days = values['max-list-age-days'];
    if (days === undefined) throw new UsageError('Name a setting to change: --max-list-age-days N.');
    const settings = await withWorkspace(values.workspace, values['passphrase-file'], io, async (ctx) => {
      const current = await ctx.call('settings.get', {});
      // Passed on as typed (NaN for "ninety"): the contract's message names the field and range.
      return ctx.call('settings.set', { ...current, screeningMaxListAgeDays: Number(days) });
    });
    io.stdout(values.json ? `${JSON.stringify(settings, null, 2)}\n` : describe(settings));
    return 0;
  }
  throw new UsageError(`Unknown command "settings ${sub ?? ''}". Expected get or set.`);
}

function describe(settings: { screeningMaxListAgeDays: number }): string {
  return `max-list-age-days  ${settings.screeningMaxListAgeDays}  (the report warns when a screening list is older at the decision)\n`;
}
