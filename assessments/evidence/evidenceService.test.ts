import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unwrapEnvelope as value } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, REPO_TEMPLATES, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { dispatch, type Handlers } from '../api/dispatch';
import { EventHub } from '../api/events';
import { createHandlers } from '../api/handlers';
import { verifyAuditChain } from '../audit/auditLog';
import { TemplateLibrary } from '../templates/templateLibrary';
import type { WorkspaceSession } from '../workspace/session';

interface Item {
  id: string;
  sha256: string;
  sizeBytes: number;
  mimeType: string;
  originalName: string;
  questionIds: string[];
  reliability: string | null;
}

describe('evidence through the contract', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let hub: EventHub;
  let assessmentId: string;
  let file: string;

  const blobs = () =>
    readdirSync(session.paths.vault, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

  beforeEach(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    hub = new EventHub();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({
      session,
      clock,
      library: new TemplateLibrary(REPO_TEMPLATES),
      hub,
    });
    await value(
      dispatch(handlers, 'workspace.create', { passphrase: TEST_PASSPHRASE, assessorName: 'Nadia' }),
    );
    ({ id: assessmentId } = await value<{ id: string }>(
      dispatch(handlers, 'assessment.create', { title: 'IMSI catchers' }),
    ));
    file = join(tmp.path, 'terms-of-reference.pdf');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300_000, 'Confidential source statement. ')]),
    );
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('ingests a file with metadata and links, records the SHA-256 of its bytes, and audits custody', async () => {
    const item = await value<Item>(
      dispatch(handlers, 'evidence.ingest', {
        assessmentId,
        path: file,
        metadata: { reliability: 'B', credibility: 2, source: 'Exporter legal team' },
        questionIds: ['A5'],
      }),
    );
    const expected = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(item).toMatchObject({
      sha256: expected,
      sizeBytes: 300_009,
      mimeType: 'application/pdf',
      originalName: 'terms-of-reference.pdf',
      questionIds: ['A5'],
      reliability: 'B',
    });
    expect(blobs()).toHaveLength(1);
    const custody = await value<{ action: string }[]>(
      dispatch(handlers, 'evidence.custody', { evidenceId: item.id }),
    );
    expect(custody.map((e) => e.action)).toEqual(['evidence.ingested', 'evidence.linked']);
    // Evidence counts for the question: with A5 answered, the "no terms of reference" gap closes.
    await value(
      dispatch(handlers, 'answers.save', { assessmentId, questionId: 'A5', value: 'ToR v2, contract Q-17' }),
    );
    const evaluation = await value<{ result: { flags: { id: string }[] } }>(
      dispatch(handlers, 'assessment.evaluate', { id: assessmentId }),
    );
    expect(evaluation.result.flags.map((f) => f.id)).not.toContain('A5-GAP');
  });

  it('refuses the same content twice in one assessment and keeps one blob across assessments', async () => {
    await value(dispatch(handlers, 'evidence.ingest', { assessmentId, path: file }));
    const again = await dispatch(handlers, 'evidence.ingest', { assessmentId, path: file });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/already evidence of this assessment/) },
    });
    const { id: other } = await value<{ id: string }>(
      dispatch(handlers, 'assessment.create', { title: 'Other' }),
    );
    const shared = await value<Item>(
      dispatch(handlers, 'evidence.ingest', { assessmentId: other, path: file }),
    );
    expect(blobs()).toHaveLength(1);
    expect(await value(dispatch(handlers, 'evidence.remove', { evidenceId: shared.id }))).toEqual({
      erasedBlob: false,
    });
    const [first] = await value<Item[]>(dispatch(handlers, 'evidence.list', { assessmentId }));
    expect(await value(dispatch(handlers, 'evidence.remove', { evidenceId: first?.id }))).toEqual({
      erasedBlob: true,
    });
    expect(blobs()).toHaveLength(0);
  });

  it('edits metadata and links as custody events, refusing questions the template lacks', async () => {
    const item = await value<Item>(dispatch(handlers, 'evidence.ingest', { assessmentId, path: file }));
    await value(
      dispatch(handlers, 'evidence.update', {
        evidenceId: item.id,
        metadata: { restricted: true, notes: 'Names a source' },
      }),
    );
    await value(dispatch(handlers, 'evidence.link', { evidenceId: item.id, questionId: 'C8', linked: true }));
    await value(
      dispatch(handlers, 'evidence.link', { evidenceId: item.id, questionId: 'C8', linked: false }),
    );
    const bad = await dispatch(handlers, 'evidence.link', {
      evidenceId: item.id,
      questionId: 'Z9',
      linked: true,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const custody = await value<{ action: string; payload: Record<string, unknown> }[]>(
      dispatch(handlers, 'evidence.custody', { evidenceId: item.id }),
    );
    expect(custody.map((e) => e.action)).toEqual([
      'evidence.ingested',
      'evidence.metadata_changed',
      'evidence.linked',
      'evidence.unlinked',
    ]);
    expect(custody[1]?.payload).toEqual({
      changed: { notes: { from: '', to: 'Names a source' }, restricted: { from: false, to: true } },
    });
    expect(verifyAuditChain(session.require().db).ok).toBe(true);
  });

  it('exports a verified copy, and refuses a corrupted blob while vault.verify names it', async () => {
    const item = await value<Item>(dispatch(handlers, 'evidence.ingest', { assessmentId, path: file }));
    const out = join(tmp.path, 'copy.pdf');
    await value(dispatch(handlers, 'evidence.exportCopy', { evidenceId: item.id, path: out }));
    expect(readFileSync(out).equals(readFileSync(file))).toBe(true);
    expect(await value(dispatch(handlers, 'vault.verify', {}))).toMatchObject({ ok: true, checked: 1 });

    const [blob] = blobs();
    const blobPath = join(blob?.parentPath ?? '', blob?.name ?? '');
    const bytes = readFileSync(blobPath);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 1;
    writeFileSync(blobPath, bytes);
    const report = await value<{ ok: boolean; corrupted: { evidenceId: string; reason: string }[] }>(
      dispatch(handlers, 'vault.verify', {}),
    );
    expect(report.ok).toBe(false);
    expect(report.corrupted).toEqual([
      expect.objectContaining({ evidenceId: item.id, reason: expect.stringMatching(/chunk/) }),
    ]);
    const refused = await dispatch(handlers, 'evidence.exportCopy', {
      evidenceId: item.id,
      path: join(tmp.path, 'copy2.pdf'),
    });
    expect(refused.ok).toBe(false);
    expect(readdirSync(tmp.path)).not.toContain('copy2.pdf');
  });

  it('reports progress events for an ingest and lets it be cancelled', async () => {
    const big = join(tmp.path, 'video.bin');
    writeFileSync(big, Buffer.alloc(8 * 1024 * 1024, 7));
    const events: { done: number; total: number }[] = [];
    hub.subscribe((event, payload) => {
      if (event === 'evidence.progress') events.push(payload as { done: number; total: number });
    });
    const ingestId = '11111111-1111-4111-8111-111111111111';
    await value(dispatch(handlers, 'evidence.ingest', { assessmentId, path: big, ingestId }));
    expect(events.at(-1)).toEqual({ ingestId, done: 8 * 1024 * 1024, total: 8 * 1024 * 1024 });

    const cancelled = join(tmp.path, 'other.bin');
    writeFileSync(cancelled, Buffer.alloc(64 * 1024 * 1024, 9));
    const secondId = '22222222-2222-4222-8222-222222222222';
    const running = dispatch(handlers, 'evidence.ingest', {
      assessmentId,
      path: cancelled,
      ingestId: secondId,
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await value(dispatch(handlers, 'evidence.cancel', { ingestId: secondId }))).toEqual({
      cancelled: true,
    });
    expect(await running).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/cancelled/) },
    });
    expect(await value<Item[]>(dispatch(handlers, 'evidence.list', { assessmentId }))).toHaveLength(1);
    expect(blobs()).toHaveLength(1);
  });

  it('refuses an empty file clearly and keeps nothing of it', async () => {
    const empty = join(tmp.path, 'empty.pdf');
    writeFileSync(empty, '');
    const result = await dispatch(handlers, 'evidence.ingest', { assessmentId, path: empty });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/empty\.pdf is empty \(0 bytes\)/) },
    });
    expect(blobs()).toEqual([]);
    expect(await value(dispatch(handlers, 'evidence.list', { assessmentId }))).toEqual([]);
  });
});
