import { AppError } from '../../shared/errors';
import type { Db } from '../../store/openDatabase';
import {
  readWorkspaceHeader,
  writeWorkspaceHeader,
  WORKSPACE_FORMAT_VERSION,
  type WorkspaceHeader,
} from '../header';
import { deriveSubkey } from '../keys';
import type { VerificationCheck } from '../verify/checks';
import { checkHeaderAnchor, checkOutsideAnchor } from './anchorCheck';
import { readOutsideAnchor, writeOutsideAnchor, type OutsideAnchor } from './anchorFile';
import { anchorMacMatches, makeAnchor, type Anchor } from './anchorRecord';

/** Everything needed to read, check or move a workspace's anchors. */
export interface AnchorTarget {
  db: Db;
  /** The workspace data key; the anchor key is derived from it and zeroed after each use. */
  dataKey: Buffer;
  workspaceId: string;
  paths: { root: string; header: string };
  /** Per-user application-data folder for the outside anchor; undefined keeps only the header's. */
  anchorDir: string | undefined;
}

function withAnchorKey<T>(dataKey: Buffer, use: (anchorKey: Buffer) => T): T {
  const anchorKey = deriveSubkey(dataKey, 'anchor');
  try {
    return use(anchorKey);
  } finally {
    anchorKey.fill(0);
  }
}

/** The anchor for the database's current audit head, or undefined for a database with no events. */
export function anchorForDatabaseHead(db: Db, dataKey: Buffer, workspaceId: string): Anchor | undefined {
  const head = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as
    { seq: number; hash: string } | undefined;
  if (!head) return undefined;
  return withAnchorKey(dataKey, (key) => makeAnchor(key, workspaceId, head.seq, head.hash));
}

function readOutside(target: AnchorTarget): OutsideAnchor | null {
  return target.anchorDir === undefined ? null : readOutsideAnchor(target.anchorDir, target.workspaceId);
}

/** Both anchors checked against the database: each found one must name an event it contains. */
export function checkWorkspaceAnchors(
  target: AnchorTarget,
  header: WorkspaceHeader = readWorkspaceHeader(target.paths.header),
): VerificationCheck[] {
  const outside = readOutside(target);
  return withAnchorKey(target.dataKey, (key) => [
    checkHeaderAnchor(target.db, key, target.workspaceId, header, 'workspace.json'),
    checkOutsideAnchor(target.db, key, target.workspaceId, outside),
  ]);
}

/**
 * Refuses a database older than, or diverging from, its anchors, before anything is written. When
 * both anchors fail, the newer one (higher sequence number) is the one named. Returns what the
 * person should be told while the workspace is open: a missing outside anchor (a new computer).
 */
export function assertWorkspaceAnchored(target: AnchorTarget, header: WorkspaceHeader): string[] {
  const checks = checkWorkspaceAnchors(target, header);
  const failed = checks.filter((check) => check.status === 'fail');
  if (failed.length === 0) {
    return checks
      .filter(
        (check) => check.status === 'warn' && check.id === 'anchor.outside' && target.anchorDir !== undefined,
      )
      .map((check) => check.message);
  }
  const outside = readOutside(target);
  const seqOf = (check: VerificationCheck): number =>
    check.id === 'anchor.header'
      ? (header.anchor?.seq ?? 0)
      : outside?.state === 'present'
        ? outside.anchor.seq
        : 0;
  const newest = failed.reduce((best, check) => (seqOf(check) > seqOf(best) ? check : best));
  throw new AppError('workspace_corrupt', newest.message, { reason: 'anchor', checks });
}

export interface RecordedAnchor {
  anchor: Anchor | undefined;
  /** Anchors that could not be written (full disk, unwritable app-data folder): never fatal. */
  problems: string[];
}

/**
 * Moves both anchors to the database's current head. Forward only: an anchor that already names a
 * later event is kept (a database whose newest events vanished while open must not erase the
 * evidence). Called at create, after unlock, at lock (so also at quit) and by `setNewAnchor`.
 * A write that fails leaves the older anchor in place, which is safe: it is still in the chain.
 */
export function recordWorkspaceAnchors(
  target: AnchorTarget,
  options: { force?: boolean } = {},
): RecordedAnchor {
  const problems: string[] = [];
  const anchor = anchorForDatabaseHead(target.db, target.dataKey, target.workspaceId);
  if (!anchor) return { anchor, problems };
  const keep = (existing: Anchor | undefined): boolean =>
    !options.force &&
    existing !== undefined &&
    existing.seq > anchor.seq &&
    withAnchorKey(target.dataKey, (key) => anchorMacMatches(key, target.workspaceId, existing));
  const attempt = (what: string, write: () => void): void => {
    try {
      write();
    } catch (error) {
      problems.push(`The ${what} could not be written: ${(error as Error).message}`);
    }
  };

  attempt('anchor in workspace.json', () => {
    const header = readWorkspaceHeader(target.paths.header);
    const same =
      header.formatVersion === WORKSPACE_FORMAT_VERSION &&
      header.anchor?.seq === anchor.seq &&
      header.anchor.hash === anchor.hash &&
      header.anchor.mac === anchor.mac;
    if (same || keep(header.anchor)) return;
    writeWorkspaceHeader(target.paths.header, { ...header, formatVersion: WORKSPACE_FORMAT_VERSION, anchor });
  });
  const { anchorDir } = target;
  if (anchorDir !== undefined) {
    attempt('outside anchor', () => {
      const outside = readOutsideAnchor(anchorDir, target.workspaceId);
      if (keep(outside.state === 'present' ? outside.anchor : undefined)) return;
      writeOutsideAnchor(anchorDir, target.workspaceId, anchor, target.paths.root);
    });
  }
  return { anchor, problems };
}

/**
 * Anchors the database as it is now, replacing newer anchors. For restore: once the restored
 * database is in place and its restore event committed, call this with the unlocked database and
 * data key so the next unlock accepts the (older) restored history instead of refusing it as a
 * rollback. Never call it to get past a refusal you have not explained.
 */
export function setNewAnchor(target: AnchorTarget): Anchor {
  const { anchor, problems } = recordWorkspaceAnchors(target, { force: true });
  if (!anchor)
    throw new AppError('workspace_corrupt', 'The workspace database has no audit events to anchor.');
  if (problems.length > 0) throw new AppError('internal', problems.join(' '), { problems });
  return anchor;
}
