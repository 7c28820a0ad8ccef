// What `npm start` does once the app is built: the desktop window when Electron's binary is
// installed, otherwise the same app in the browser over the web transport (scripts/start.mjs runs it).
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { isCi } from './systemTools.mjs';

/**
 * The workspace the desktop app opens when none is named: `userData/workspace`, where Electron's
 * userData is appData/Assay (productName), appData being per platform as below.
 */
export function defaultWorkspace(platform = process.platform, env = process.env, home = homedir()) {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, 'Assay', 'workspace');
}

/** The folder of `--workspace DIR` or `--workspace=DIR` among the arguments, resolved, or null. */
export function workspaceOption(args, cwd = process.cwd()) {
  for (const [index, arg] of args.entries()) {
    const value =
      arg === '--workspace' ? args[index + 1] : arg.startsWith('--workspace=') ? arg.slice(12) : null;
    if (value) return resolve(cwd, value);
  }
  return null;
}

/** Whether `command` is on the PATH. */
function onPath(command) {
  return spawnSync('which', [command], { stdio: 'ignore' }).status === 0;
}

/**
 * The command that opens a link in the default browser, or null where none should run: on CI, and
 * on Linux without a desktop session or xdg-open (the link is printed instead).
 */
export function browserOpener(platform = process.platform, env = process.env, has = onPath) {
  if (isCi(env)) return null;
  if (platform === 'darwin') return { command: 'open', args: [] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""'] };
  const desktop = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  return desktop && has('xdg-open') ? { command: 'xdg-open', args: [] } : null;
}

/** The paragraph shown when the desktop window cannot start. */
export function browserFallbackNotice(workspace) {
  return [
    "Electron's desktop binary is not installed (npm install skipped or could not download it, as with",
    'ELECTRON_SKIP_BINARY_DOWNLOAD=1 or a registry mirror without Electron releases), so the same app is',
    `starting in your browser instead, on the workspace ${workspace}.`,
    'For the desktop window, reinstall Electron with its binary: unset ELECTRON_SKIP_BINARY_DOWNLOAD, or set',
    'ELECTRON_MIRROR to a mirror that has it, then run `rm -rf node_modules/electron && npm install`.',
  ].join('\n');
}

/**
 * The plan for the arguments given to `npm start`: Electron with them, or the web transport on the
 * workspace they name (else the desktop app's default one).
 */
export function startPlan({ electronPath, args = [], platform, env, home, cwd, has } = {}) {
  if (electronPath) return { kind: 'electron', command: electronPath, args: ['.', ...args] };
  const workspace = workspaceOption(args, cwd) ?? defaultWorkspace(platform, env, home);
  return {
    kind: 'web',
    workspace,
    notice: browserFallbackNotice(workspace),
    opener: browserOpener(platform, env, has),
  };
}
