import { chmodSync, existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../shared/errors';
import type { WorkspacePaths } from './paths';

/**
 * Like OpenSSH's StrictModes: a workspace that another account can write to could have its header,
 * database or evidence swapped under the assessor, so unlock refuses it and names the fix. On a
 * filesystem without POSIX modes (FAT, exFAT: chmod does not stick) the check cannot mean anything,
 * so it becomes a warning.
 */

export interface PermissionCheckOptions {
  /** Whether the folder's filesystem keeps POSIX modes; probed with a real chmod when absent. */
  supportsPosixModes?: (dir: string) => boolean;
}

/** What unlock checks: the folder, its header, database files and top-level folders. */
function checkedEntries(paths: WorkspacePaths): string[] {
  return [
    paths.root,
    paths.header,
    paths.database,
    `${paths.database}-wal`,
    `${paths.database}-shm`,
    paths.vault,
    paths.exports,
    paths.backups,
  ].filter((path) => existsSync(path));
}

interface Problem {
  file: string;
  reason: string;
}

function findProblems(paths: WorkspacePaths): Problem[] {
  const uid = process.getuid?.();
  const problems: Problem[] = [];
  for (const file of checkedEntries(paths)) {
    const info = statSync(file);
    if (uid !== undefined && info.uid !== uid) {
      problems.push({ file, reason: `is owned by uid ${info.uid}, not by you (uid ${uid})` });
    }
    const mode = info.mode & 0o777;
    if ((mode & 0o022) !== 0) {
      problems.push({
        file,
        reason: `is writable by ${mode & 0o020 ? 'its group' : ''}${(mode & 0o020) !== 0 && (mode & 0o002) !== 0 ? ' and ' : ''}${mode & 0o002 ? 'other users' : ''} (mode ${mode.toString(8).padStart(4, '0')}); expected owner-only`,
      });
    }
  }
  return problems;
}

/** chmod a scratch file to 0600 and read the mode back: FAT and exFAT do not keep it. */
export function probePosixModes(dir: string): boolean {
  const probe = join(dir, `.assay-mode-probe-${randomBytes(6).toString('hex')}`);
  try {
    writeFileSync(probe, '', { mode: 0o600 });
    chmodSync(probe, 0o600);
    return (statSync(probe).mode & 0o777) === 0o600;
  } catch {
    return false;
  } finally {
    rmSync(probe, { force: true });
  }
}

/**
 * Throws `workspace_insecure` naming the first offending file and the command that fixes it; returns
 * warnings instead on a filesystem without POSIX modes. Windows has ACLs, not modes: not checked.
 */
export function checkWorkspacePermissions(
  paths: WorkspacePaths,
  options: PermissionCheckOptions = {},
): string[] {
  if (process.platform === 'win32') return [];
  const problems = findProblems(paths);
  const first = problems[0];
  if (!first) return [];
  const supportsModes = (options.supportsPosixModes ?? probePosixModes)(paths.root);
  if (!supportsModes) {
    return [
      `${paths.root} is on a filesystem without POSIX permissions (such as FAT or exFAT): Assay cannot keep other accounts on this computer from changing the workspace. Keep it on an encrypted, single-user drive.`,
    ];
  }
  const owner = problems.find((problem) => problem.reason.startsWith('is owned'));
  const fix = owner
    ? `chown -R "$(id -un)" '${paths.root}' && chmod -R go-rwx '${paths.root}'`
    : `chmod -R go-rwx '${paths.root}'`;
  throw new AppError(
    'workspace_insecure',
    `${first.file} ${first.reason}. Another account could change the workspace, so it was not opened. Fix it with: ${fix}`,
    { file: first.file, problems, fix },
  );
}

/** `workspace init` on an existing folder: make it owner-only, as a new one is. */
export function restrictWorkspaceFolder(root: string): void {
  if (process.platform !== 'win32') chmodSync(root, 0o700);
}
