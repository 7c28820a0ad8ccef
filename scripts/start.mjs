// `npm start`: builds, then opens the desktop window, or the same app in the browser when the
// Electron binary is not installed (see startPlan.mjs). Arguments after `npm start --` pass through.
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electronBinary.mjs';
import { startPlan } from './startPlan.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/**
 * Runs `child` to its end, passing the first Ctrl-C or termination on to it (npm and the terminal
 * may both deliver one; serve-web takes a second as "stop now" and would skip locking the
 * workspace); resolves with its exit code.
 */
function supervise(child) {
  let forwarded = false;
  const forward = (signal) => {
    if (forwarded) return;
    forwarded = true;
    child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
  return new Promise((resolvePromise) => {
    child.on('error', (error) => {
      process.stderr.write(`npm start: could not run ${child.spawnfile}: ${error.message}\n`);
      resolvePromise(1);
    });
    child.on('exit', (code, signal) => resolvePromise(code ?? 128 + (constants.signals[signal] ?? 0)));
  });
}

/** Serves the app over the web transport and opens its link once the server prints it. */
function startInBrowser(plan) {
  process.stderr.write(`\n${plan.notice}\n\n`);
  const server = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('../dist/cli/assay.js', import.meta.url)),
      'serve-web',
      '--workspace',
      plan.workspace,
    ],
    // Its own process group, so a Ctrl-C reaches it once, through supervise, not also from the terminal.
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], detached: process.platform !== 'win32' },
  );
  let printed = '';
  let opened = false;
  server.stdout.setEncoding('utf8');
  server.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    printed += chunk;
    const url = /Open (http:\/\/\S+)/.exec(printed)?.[1];
    if (!url || opened) return;
    opened = true;
    if (!plan.opener) {
      process.stdout.write('Open the link above in your browser.\n');
      return;
    }
    const opener = spawn(plan.opener.command, [...plan.opener.args, url], {
      stdio: 'ignore',
      detached: true,
    });
    opener.on('error', () =>
      process.stdout.write('Could not open a browser: open the link above yourself.\n'),
    );
    opener.unref();
  });
  return supervise(server);
}

function main() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', '-s', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) return Promise.resolve(build.status ?? 1);
  const plan = startPlan({ electronPath: electronBinary(), args });
  if (plan.kind === 'electron')
    return supervise(spawn(plan.command, plan.args, { cwd: root, stdio: 'inherit' }));
  return startInBrowser(plan);
}

process.exitCode = await main();
