import { mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import { writeFileAtomicSync } from '../../shared/atomicWrite';
import { anchorSchema, type Anchor } from './anchorRecord';

/** Names the environment variable that moves the outside anchors (tests, CLI, portable installs). */
export const ANCHOR_DIR_ENV = 'ASSAY_ANCHOR_DIR';

const ANCHOR_FILE_FORMAT = 'assay-anchor';

const anchorFileSchema = z
  .object({
    format: z.literal(ANCHOR_FILE_FORMAT),
    formatVersion: z.literal(1),
    workspaceId: z.uuid(),
    anchor: anchorSchema,
    /** Where the workspace was when this was written; informational, never trusted. */
    workspaceDir: z.string(),
  })
  .strict();

export type OutsideAnchor =
  | { state: 'absent'; file: string }
  | { state: 'invalid'; file: string; reason: string }
  | { state: 'present'; file: string; anchor: Anchor };

/**
 * The folder for outside anchors when the caller names none: `ASSAY_ANCHOR_DIR`, else the same
 * per-user application-data folder Electron uses for Assay (`app.getPath('appData')/Assay`).
 */
export function defaultAnchorDirectory(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env[ANCHOR_DIR_ENV];
  if (override) return override;
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, 'Assay', 'anchors');
}

export function outsideAnchorFile(anchorDir: string, workspaceId: string): string {
  // The id comes from a parsed header (a UUID), so it cannot name a path outside anchorDir.
  if (!z.uuid().safeParse(workspaceId).success) throw new TypeError(`not a workspace id: ${workspaceId}`);
  return join(anchorDir, `${workspaceId}.json`);
}

export function readOutsideAnchor(anchorDir: string, workspaceId: string): OutsideAnchor {
  const file = outsideAnchorFile(anchorDir, workspaceId);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent', file };
    return { state: 'invalid', file, reason: (error as Error).message };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: 'invalid', file, reason: 'not valid JSON' };
  }
  const parsed = anchorFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { state: 'invalid', file, reason: `${issue?.path.join('.') || '(root)'}: ${issue?.message}` };
  }
  if (parsed.data.workspaceId !== workspaceId) {
    return { state: 'invalid', file, reason: `it names workspace ${parsed.data.workspaceId}` };
  }
  return { state: 'present', file, anchor: parsed.data.anchor };
}

export function writeOutsideAnchor(
  anchorDir: string,
  workspaceId: string,
  anchor: Anchor,
  workspaceDir: string,
): string {
  mkdirSync(anchorDir, { recursive: true, mode: 0o700 });
  const file = outsideAnchorFile(anchorDir, workspaceId);
  const body = { format: ANCHOR_FILE_FORMAT, formatVersion: 1, workspaceId, anchor, workspaceDir };
  writeFileAtomicSync(file, `${JSON.stringify(anchorFileSchema.parse(body), null, 2)}\n`);
  return file;
}
