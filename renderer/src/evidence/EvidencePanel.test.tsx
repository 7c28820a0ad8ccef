// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseFiles, dropFiles } from '../testing/fileEvents';
import { createAssayClient } from '../client/createClient';
import type { FileTransport } from '../client/fileTransport';
import type { Transport } from '../client/transport';
import { byRole, byTestId, click, enableActEnvironment, waitFor } from '../testing/dom';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { EvidencePanel } from './EvidencePanel';
import type { EvidenceItem } from './evidenceTypes';

enableActEnvironment();

const ASSESSMENT = 'a1b2c3d4-0000-4000-8000-000000000001';

interface Sent {
  file: File;
  fields: Record<string, unknown>;
}

/**
 * A core holding one assessment's evidence, reached through both transports the client uses:
 * operations, and evidence files handed over one at a time (refused when the name is already there).
 */
function evidenceCore(options: { deliver: FileTransport['deliver']; holdIngest?: boolean }) {
  const items: EvidenceItem[] = [];
  const sent: Sent[] = [];
  const calls: Array<{ op: string; input: Record<string, unknown> }> = [];
  const saveAnswers: Array<{ canceled: boolean; path: string | null }> = [];
  const progress = new Set<(payload: unknown) => void>();
  // An ingest held open until `evidence.cancel` names it, as a large file would be.
  const held = new Map<string, (envelope: unknown) => void>();

  const item = (name: string, questionIds: string[]): EvidenceItem => ({
    id: `00000000-0000-4000-8000-${String(items.length + 1).padStart(12, '0')}`,
    assessmentId: ASSESSMENT,
    sha256: 'c'.repeat(64),
    sizeBytes: 1234,
    mimeType: name.endsWith('.pdf') ? 'application/pdf' : 'text/plain',
    originalName: name,
    ingestedAt: '2026-11-02T10:00:00Z',
    ingestedBy: 'Amira Haddad',
    questionIds,
    source: '',
    acquiredAt: null,
    acquiredHow: '',
    acquiredBy: '',
    reliability: null,
    credibility: null,
    restricted: false,
    notes: '',
  });

  const handlers: Record<string, (input: Record<string, unknown>) => unknown> = {
    'evidence.list': () => [...items],
    'evidence.custody': () => [],
    'evidence.cancel': ({ ingestId }) => {
      const release = held.get(String(ingestId));
      held.delete(String(ingestId));
      release?.({ ok: false, error: { code: 'conflict', message: 'ingest cancelled' } });
      return { cancelled: release !== undefined };
    },
    'dialogs.saveFile': () => saveAnswers.shift() ?? { canceled: true, path: null },
    'files.prepareDownload': () => ({ path: 'download:5f0c' }),
    'files.download': ({ ref }) => ({
      url: `/download/${String(ref).slice('download:'.length)}`,
      name: 'contract.pdf',
      sizeBytes: 1234,
    }),
    'evidence.exportCopy': ({ path }) => ({ path: String(path), sha256: 'c'.repeat(64) }),
  };
  const transport: Transport = {
    kind: 'web',
    invoke(op, raw) {
      const input = (raw ?? {}) as Record<string, unknown>;
      calls.push({ op, input });
      const handler = handlers[op];
      if (!handler) return Promise.resolve({ ok: false, error: { code: 'unknown_operation', message: op } });
      return Promise.resolve({ ok: true, value: handler(input) });
    },
    on(event, cb) {
      if (event !== 'evidence.progress') return () => undefined;
      progress.add(cb);
      return () => progress.delete(cb);
    },
  };
  const fileTransport: FileTransport = {
    open: () => Promise.reject(new Error('evidence goes through ingestEvidence')),
    ingestEvidence(file, fields) {
      sent.push({ file, fields });
      const ingestId = String(fields.ingestId);
      for (const cb of progress) cb({ ingestId, done: 512, total: 1234 });
      if (options.holdIngest) return new Promise((resolve) => held.set(ingestId, resolve));
      const existing = items.find((candidate) => candidate.originalName === file.name);
      if (existing)
        return Promise.resolve({
          ok: false,
          error: { code: 'conflict', message: 'duplicate', details: { evidenceId: existing.id } },
        });
      const added = item(file.name, fields.questionIds as string[]);
      items.push(added);
      return Promise.resolve({ ok: true, value: added });
    },
    deliver: options.deliver,
  };
  return { transport, fileTransport, items, sent, calls, saveAnswers, item };
}

afterEach(() => {
  unmountRendered();
});

async function renderPanel(core: ReturnType<typeof evidenceCore>, currentQuestionId: string | null = 'A5') {
  const changed: number[] = [];
  await renderWithClient(
    <EvidencePanel
      assessmentId={ASSESSMENT}
      currentQuestionId={currentQuestionId}
      onChanged={() => changed.push(Date.now())}
    />,
    createAssayClient(core.transport, core.fileTransport),
  );
  await waitFor(() => expect(byTestId('evidence-panel').textContent).not.toContain('Loading'));
  return { changed };
}

const file = (name: string) => new File(['evidence'], name, { type: 'application/octet-stream' });
const names = () =>
  [...document.querySelectorAll('.evidence-item__name')].map((heading) => heading.textContent);

describe('EvidencePanel: files chosen or dropped', () => {
  it('hands each chosen File to the core in turn, linked to the question on screen, and lists them', async () => {
    const core = evidenceCore({ deliver: null });
    const { changed } = await renderPanel(core);
    const chosen = [file('contract.pdf'), file('site-visit.txt')];
    chooseFiles('evidence-add', chosen);
    await waitFor(() => expect(byTestId('evidence-notice').textContent).toBe('2 files added.'));
    expect(core.sent.map((entry) => entry.file)).toEqual(chosen);
    for (const { fields } of core.sent) {
      expect(fields).toMatchObject({ assessmentId: ASSESSMENT, questionIds: ['A5'] });
      expect(fields.ingestId).toMatch(/^[0-9a-f-]{36}$/u);
      // The page never names a path: the file itself travels.
      expect(fields).not.toHaveProperty('path');
    }
    expect(new Set(core.sent.map(({ fields }) => fields.ingestId)).size).toBe(2);
    await waitFor(() => expect(names()).toEqual(['contract.pdf', 'site-visit.txt']));
    expect(changed.length).toBeGreaterThan(0);
  });

  it('says which file was refused and still adds the others', async () => {
    const core = evidenceCore({ deliver: null });
    core.items.push(core.item('contract.pdf', []));
    await renderPanel(core, null);
    chooseFiles('evidence-add', [file('contract.pdf'), file('letter.txt')]);
    await waitFor(() => expect(byTestId('evidence-notice').textContent).toBe('1 file added.'));
    expect(byTestId('evidence-panel').querySelector('[role="alert"]')?.textContent).toBe(
      'contract.pdf is already evidence of this assessment.',
    );
    expect(core.sent[1]?.fields.questionIds).toEqual([]);
    await waitFor(() => expect(names()).toEqual(['contract.pdf', 'letter.txt']));
  });

  it('adds files dropped anywhere on the panel, the same way', async () => {
    const core = evidenceCore({ deliver: null });
    await renderPanel(core);
    const panel = byTestId('evidence-panel');
    dropFiles(panel.querySelector('h2') ?? panel, [file('photo.txt')]);
    await waitFor(() => expect(byTestId('evidence-notice').textContent).toBe('1 file added.'));
    expect(core.sent.map((entry) => entry.file.name)).toEqual(['photo.txt']);
    expect(core.sent[0]?.fields.questionIds).toEqual(['A5']);
    expect(document.querySelector('.file-drop__overlay')).toBeNull();
  });

  it('shows the file in flight, and cancelling stops it and the rest of the batch', async () => {
    const core = evidenceCore({ deliver: null, holdIngest: true });
    await renderPanel(core);
    chooseFiles('evidence-add', [file('large-video.txt'), file('never-sent.txt')]);
    await waitFor(() => expect(byTestId('ingest-progress').textContent).toContain('Adding large-video.txt'));
    expect(byTestId('ingest-progress').querySelector('progress')?.getAttribute('aria-valuetext')).toBe('41%');
    // While a file is in flight the chooser does nothing.
    expect(byTestId('evidence-add').getAttribute('aria-disabled')).toBe('true');
    click(byRole('button', 'Cancel adding'));
    await waitFor(() =>
      expect(byTestId('evidence-panel').querySelector('[role="alert"]')?.textContent).toBe(
        'Adding large-video.txt was cancelled; nothing was stored.',
      ),
    );
    expect(core.calls.filter((call) => call.op === 'evidence.cancel')).toEqual([
      { op: 'evidence.cancel', input: { ingestId: core.sent[0]?.fields.ingestId } },
    ]);
    expect(core.sent).toHaveLength(1);
    expect(document.querySelector('[data-testid="ingest-progress"]')).toBeNull();
    expect(document.activeElement).toBe(byTestId('evidence-add'));
  });
});

describe('EvidenceItemView: export a copy', () => {
  async function openDetails(core: ReturnType<typeof evidenceCore>) {
    core.items.push(core.item('contract.pdf', ['A5']));
    await renderPanel(core);
    await waitFor(() => expect(names()).toEqual(['contract.pdf']));
    click(byRole('button', 'Details'));
    await waitFor(() => byTestId('custody-history'));
  }

  it('on the desktop writes where the save dialog says and says where', async () => {
    const core = evidenceCore({ deliver: null });
    core.saveAnswers.push({ canceled: false, path: '/home/amira/copies/contract.pdf' });
    await openDetails(core);
    click(byRole('button', 'Export a copy…'));
    await waitFor(() =>
      expect(byTestId('evidence-notice').textContent?.replace(/[\u2066-\u2069]/gu, '')).toBe(
        'A verified copy was saved to /home/amira/copies/contract.pdf.',
      ),
    );
    expect(core.calls.find((call) => call.op === 'dialogs.saveFile')?.input).toEqual({
      defaultName: 'contract.pdf',
      title: 'Save a copy of the evidence',
    });
    expect(core.calls.find((call) => call.op === 'evidence.exportCopy')?.input).toEqual({
      evidenceId: core.items[0]?.id,
      path: '/home/amira/copies/contract.pdf',
    });
  });

  it('on the desktop does nothing when the save dialog is cancelled', async () => {
    const core = evidenceCore({ deliver: null });
    core.saveAnswers.push({ canceled: true, path: null });
    await openDetails(core);
    click(byRole('button', 'Export a copy…'));
    await waitFor(() => expect(core.calls.some((call) => call.op === 'dialogs.saveFile')).toBe(true));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(core.calls.some((call) => call.op === 'evidence.exportCopy')).toBe(false);
    expect(byTestId('evidence-notice').textContent).toBe('');
  });

  it('in a browser writes the copy to a download and starts it, naming the file, not the server path', async () => {
    const delivered: Array<{ url: string; name: string }> = [];
    const core = evidenceCore({ deliver: (url, name) => delivered.push({ url, name }) });
    await openDetails(core);
    click(byRole('button', 'Export a copy…'));
    await waitFor(() => expect(delivered).toEqual([{ url: '/download/5f0c', name: 'contract.pdf' }]));
    expect(core.calls.find((call) => call.op === 'evidence.exportCopy')?.input).toEqual({
      evidenceId: core.items[0]?.id,
      path: 'download:5f0c',
    });
    expect(core.calls.some((call) => call.op === 'dialogs.saveFile')).toBe(false);
    await waitFor(() =>
      expect(byTestId('evidence-notice').textContent?.replace(/[\u2066-\u2069]/gu, '')).toBe(
        'contract.pdf is downloading; your browser saves it where it saves downloads.',
      ),
    );
  });
});
