import type { Db } from '../../store/openDatabase';
import { fail, pass, shortHash, warn, type VerificationCheck } from '../verify/checks';
import { anchorMacMatches, type Anchor } from './anchorRecord';
import type { OutsideAnchor } from './anchorFile';

/** Where an anchor was read from, as the messages name it. */
export interface AnchorSource {
  id: 'anchor.header' | 'anchor.outside';
  label: string;
}

/**
 * Whether the database still contains the anchored (seq, hash). A missing event means the
 * database is older than the anchor (a copy put back, or its newest events deleted); a different
 * hash means it is another history (a copy that was continued, or a rewrite).
 */
export function checkAnchorInChain(
  db: Db,
  anchorKey: Buffer,
  workspaceId: string,
  anchor: Anchor,
  source: AnchorSource,
): VerificationCheck {
  if (!anchorMacMatches(anchorKey, workspaceId, anchor)) {
    return fail(
      source.id,
      `The anchor in ${source.label} was not made with this workspace's key: it was edited, or copied from another workspace.`,
    );
  }
  const found = db
    .prepare('SELECT hash FROM audit_events WHERE seq = $seq')
    .pluck()
    .get({ seq: anchor.seq }) as string | undefined;
  if (found === undefined) {
    const newest = (db.prepare('SELECT max(seq) FROM audit_events').pluck().get() as number | null) ?? 0;
    return fail(
      source.id,
      `The workspace database is older than its last recorded state (anchored in ${source.label}): audit event ${anchor.seq} (hash ${shortHash(anchor.hash)}) is missing; the newest event is ${newest}. Restore from a backup.`,
    );
  }
  if (found !== anchor.hash) {
    return fail(
      source.id,
      `The workspace database does not continue its last recorded state (anchored in ${source.label}): audit event ${anchor.seq} has hash ${shortHash(found)} where ${shortHash(anchor.hash)} was recorded, so the database was replaced by another copy or its history rewritten. Restore from a backup.`,
    );
  }
  return pass(
    source.id,
    `Audit event ${anchor.seq} (hash ${shortHash(anchor.hash)}), anchored in ${source.label}, is in the database.`,
  );
}

export function checkHeaderAnchor(
  db: Db,
  anchorKey: Buffer,
  workspaceId: string,
  header: { formatVersion: number; anchor?: Anchor | undefined },
  headerLabel: string,
): VerificationCheck {
  if (!header.anchor) {
    // Removing it gains nothing over opening a copy on another computer, so it is not a failure;
    // the next lock writes it again.
    return warn(
      'anchor.header',
      header.formatVersion < 2
        ? `${headerLabel} (format ${header.formatVersion}) has no anchor yet; it is upgraded and anchored at the next unlock.`
        : `${headerLabel} carries no anchor; only the outside anchor can detect a rollback until the next lock writes it again.`,
    );
  }
  return checkAnchorInChain(db, anchorKey, workspaceId, header.anchor, {
    id: 'anchor.header',
    label: headerLabel,
  });
}

export function checkOutsideAnchor(
  db: Db,
  anchorKey: Buffer,
  workspaceId: string,
  outside: OutsideAnchor | null,
): VerificationCheck {
  if (!outside) {
    return warn(
      'anchor.outside',
      'No application-data folder was given for an outside anchor, so a rollback of the whole workspace folder cannot be detected.',
    );
  }
  if (outside.state === 'absent') {
    return warn(
      'anchor.outside',
      `No outside anchor for this workspace at ${outside.file} (first use on this computer, or it was deleted): a rollback of the whole workspace folder could not be detected. Assay writes it at every unlock and lock.`,
    );
  }
  if (outside.state === 'invalid') {
    return fail('anchor.outside', `The outside anchor ${outside.file} is not valid: ${outside.reason}.`);
  }
  return checkAnchorInChain(db, anchorKey, workspaceId, outside.anchor, {
    id: 'anchor.outside',
    label: `${outside.file}, outside the workspace folder`,
  });
}
