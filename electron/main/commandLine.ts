import { resolve } from 'node:path';

const WORKSPACE_SWITCH = '--workspace';

export class WorkspaceArgumentError extends Error {
  constructor() {
    super(`${WORKSPACE_SWITCH} needs a folder: ${WORKSPACE_SWITCH} DIR or ${WORKSPACE_SWITCH}=DIR.`);
    this.name = 'WorkspaceArgumentError';
  }
}

/**
 * The folder given with `--workspace DIR` or `--workspace=DIR`, resolved against `cwd`, or null
 * when the switch is absent. Read from argv rather than `app.commandLine`, because Chromium's switch
 * parser only understands the `=` form. A switch without a folder throws: silently falling back to
 * the user's real workspace would let a mistyped test command write into it.
 */
export function workspaceArgument(argv: readonly string[], cwd: string): string | null {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    let value: string | undefined;
    if (arg === WORKSPACE_SWITCH) value = argv[index + 1];
    else if (arg?.startsWith(`${WORKSPACE_SWITCH}=`)) value = arg.slice(WORKSPACE_SWITCH.length + 1);
    else continue;
    if (!value || value.startsWith('--')) throw new WorkspaceArgumentError();
    return resolve(cwd, value);
  }
  return null;
}
