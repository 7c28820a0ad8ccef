// Runs first in `npm test`: checks Node and the system tools the tests call, so a missing one is
// named up front with the command that installs it, not met as `spawnSync … ENOENT` halfway through.
// On a CI machine (CI set) anything missing fails the run; elsewhere the tests that need it are skipped.
import { pathToFileURL } from 'node:url';
import { installCommands, isCi, missingTools, SYSTEM_TOOLS } from './systemTools.mjs';

const NODE_MAJOR = 22;

/** The report for `missing` (tool names) and whether the run may go on. */
export function preflightReport(missing, { ci, nodeVersion }) {
  const lines = [];
  const major = Number(nodeVersion.replace(/^v/, '').split('.')[0]);
  const nodeTooOld = major < NODE_MAJOR;
  if (nodeTooOld) {
    lines.push(
      `Node ${nodeVersion} is too old: the tests need Node ${NODE_MAJOR} or newer (https://nodejs.org).`,
    );
  }
  if (missing.length > 0) {
    const purposes = SYSTEM_TOOLS.filter((tool) => missing.includes(tool.name)).map(
      (tool) => `  ${tool.name.padEnd(10)} ${tool.purpose}`,
    );
    const commands = installCommands(missing);
    lines.push(
      `Missing system tool${missing.length > 1 ? 's' : ''}:`,
      ...purposes,
      'Install with one of:',
      `  Debian/Ubuntu: ${commands.apt}`,
      `  Fedora:        ${commands.dnf}`,
      `  macOS:         ${commands.brew}`,
      ci
        ? 'CI is set, so every test must run: stopping here.'
        : 'The tests that need them are skipped, each naming the missing tool (set CI=true to fail instead).',
    );
  }
  return { ok: !nodeTooOld && (missing.length === 0 || !ci), text: lines.join('\n') };
}

function main() {
  const missing = missingTools(SYSTEM_TOOLS.map((tool) => tool.name));
  const { ok, text } = preflightReport(missing, { ci: isCi(), nodeVersion: process.version });
  if (text) process.stderr.write(`preflight: ${text}\n\n`);
  process.exitCode = ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
