// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationName, OperationOutput } from '../../../assessments/api/contract';
import { backupsTestCore, type FakeWindow } from '../backups/backupsTestCore';
import { chooseFiles, dropFiles } from '../testing/fileEvents';
import { createAssayClient } from '../client/createClient';
import { byRole, byTestId, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { ReviewReportScreen } from './ReviewReportScreen';

enableActEnvironment();

const FINGERPRINT = 'ef56'.repeat(16);
const REVIEWER: OperationOutput<'identity.list'>[number] = {
  fingerprint: FINGERPRINT,
  commonName: 'Omar Saleh',
  organisation: 'Review Board',
  email: 'omar@example.org',
  subject: 'CN=Omar Saleh',
  issuer: 'CN=Omar Saleh',
  serialNumber: '02',
  notBefore: '2026-01-01T00:00:00.000Z',
  notAfter: '2028-01-01T00:00:00.000Z',
  keyAlgorithm: 'ec',
  origin: 'created',
  selfSigned: true,
  chainLength: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'Omar Saleh',
};

type Handler = (input: unknown) => unknown;

/** A core whose verifier refuses the report, so the screen's file handling is what is under test. */
function reviewCore(window: FakeWindow, extra: Partial<Record<OperationName, Handler>> = {}) {
  return backupsTestCore(
    {
      'identity.list': () => [REVIEWER],
      'pdf.verify': () => {
        throw { code: 'invalid_input', message: 'The file has no signature.' };
      },
      ...extra,
    },
    window,
  );
}

async function render(core: ReturnType<typeof backupsTestCore>) {
  await renderWithClient(
    <ReviewReportScreen onBack={() => undefined} onOpenIdentities={() => undefined} />,
    createAssayClient(core.transport, core.fileTransport),
  );
}

afterEach(() => {
  unmountRendered();
});

const pdf = (name = 'assessment-1a2b-en.pdf') => new File(['%PDF-1.7'], name, { type: 'application/pdf' });

describe('ReviewReportScreen', () => {
  it('verifies the chosen report by the reference the client gives, and shows only its name', async () => {
    const core = reviewCore('browser');
    await render(core);
    chooseFiles('review-pick', [pdf()]);
    await waitFor(() => byTestId('verification-error'));
    expect(byTestId('review-report').textContent).toBe('assessment-1a2b-en.pdf');
    expect(core.calls.find((call) => call.op === 'pdf.verify')?.input).toEqual({
      path: 'upload:1',
      trustAnchorPaths: [],
      tsaAnchorPaths: [],
      crlPaths: [],
    });
    expect(document.body.textContent).not.toContain('upload:1');
  });

  it('takes a report dropped on the panel', async () => {
    const core = reviewCore('desktop');
    await render(core);
    dropFiles('review-drop', [pdf('dropped.pdf')]);
    await waitFor(() => expect(byTestId('review-report').textContent).toBe('dropped.pdf'));
    await waitFor(() => byTestId('review-sign'));
    expect(core.calls.find((call) => call.op === 'pdf.verify')?.input).toMatchObject({
      path: '/home/amira/Documents/dropped.pdf',
    });
  });

  it('in a browser, downloads the countersigned copy under a name derived from the report', async () => {
    const core = reviewCore('browser', {
      'report.countersign': (input) => ({
        path: (input as { outPath: string }).outPath,
        sha256: '9'.repeat(64),
        sizeBytes: 1,
        field: 'Reviewer1',
        conclusion: 'concur',
        signedAt: '2026-01-15T09:00:00.000Z',
        assessmentId: null,
        inputVerdict: 'valid-untrusted',
      }),
    });
    await render(core);
    chooseFiles('review-pick', [pdf()]);
    await waitFor(() => byRole('label', 'Concur'));
    click(byRole('label', 'Concur'));
    typeInto(document.querySelector('textarea') as HTMLTextAreaElement, 'Sound.');
    click(byRole('button', 'Sign as reviewer…'));
    const saved = await waitFor(() => byTestId('review-saved'));
    expect(core.delivered).toEqual([{ url: '/download/1', name: 'assessment-1a2b-en-reviewed.pdf' }]);
    expect(saved.textContent).toContain('\u2068assessment-1a2b-en-reviewed.pdf\u2069 is downloading');
    expect(core.calls.find((call) => call.op === 'report.countersign')?.input).toMatchObject({
      identity: FINGERPRINT,
      conclusion: 'concur',
      comment: 'Sound.',
      path: 'upload:1',
      outPath: 'download:1',
    });
  });

  it('saves a timestamp request, and applies a response only once one is chosen', async () => {
    const core = reviewCore('desktop', {
      'dialogs.saveFile': (input) => ({
        canceled: false,
        path: `/home/omar/${(input as { defaultName: string }).defaultName}`,
      }),
      'report.timestampRequest': (input) => ({
        path: (input as { outPath: string }).outPath,
        sizeBytes: 59,
        imprintSha256: '1'.repeat(64),
      }),
      'report.timestampApply': (input) => ({
        path: (input as { outPath: string }).outPath,
        sha256: '2'.repeat(64),
        sizeBytes: 1,
        genTime: '2026-01-16T10:00:00.000Z',
        tsaName: 'CN=Test TSA',
        tokenBytes: 1,
      }),
    });
    await render(core);
    chooseFiles('review-pick', [pdf()]);
    const panel = await waitFor(() => byTestId('timestamp-panel'));

    click(byRole('button', 'Save timestamp request…'));
    const requested = await waitFor(() => byTestId('timestamp-request-saved'));
    expect(requested.textContent).toBe('Saved to \u2068/home/omar/assessment-1a2b-en-timestamp.tsq\u2069.');

    // Without a response the button says why it cannot act, and does nothing.
    const apply = byRole('button', 'Apply timestamp response…');
    expect(apply.getAttribute('aria-disabled')).toBe('true');
    expect(panel.textContent).toContain('Choose the authority’s response file first.');
    click(apply);
    expect(core.calls.some((call) => call.op === 'report.timestampApply')).toBe(false);

    // A file that is plainly not a response is refused before anything is asked or written.
    chooseFiles('timestamp-response-choose', [new File(['not a timestamp response'], 'notes.tsr')]);
    const refused = await waitFor(() => byTestId('timestamp-not-response'));
    expect(refused.getAttribute('role')).toBe('alert');
    expect(refused.textContent).toContain('notes.tsr\u2069 is not a timestamp response.');
    expect(byRole('button', 'Apply timestamp response…').getAttribute('aria-disabled')).toBe('true');

    chooseFiles('timestamp-response-choose', [new File([new Uint8Array([0x30, 0x03])], 'reply.tsr')]);
    await waitFor(() => expect(byTestId('timestamp-response').textContent).toBe('reply.tsr'));
    expect(document.querySelector('[data-testid="timestamp-not-response"]')).toBeNull();
    click(byRole('button', 'Apply timestamp response…'));
    const applied = await waitFor(() => byTestId('timestamp-apply-saved'));
    expect(applied.textContent).toContain('/home/omar/assessment-1a2b-en-timestamped.pdf');
    expect(core.calls.find((call) => call.op === 'report.timestampApply')?.input).toEqual({
      path: '/home/amira/Documents/assessment-1a2b-en.pdf',
      responsePath: '/home/amira/Documents/reply.tsr',
      outPath: '/home/omar/assessment-1a2b-en-timestamped.pdf',
    });
  });

  it('does nothing when the save dialog is cancelled', async () => {
    const core = reviewCore('desktop', { 'dialogs.saveFile': () => ({ canceled: true, path: null }) });
    await render(core);
    chooseFiles('review-pick', [pdf()]);
    await waitFor(() => byTestId('timestamp-panel'));
    click(byRole('button', 'Save timestamp request…'));
    await waitFor(() => expect(core.calls.some((call) => call.op === 'dialogs.saveFile')).toBe(true));
    await waitFor(() =>
      expect(byRole('button', 'Save timestamp request…').getAttribute('aria-disabled')).toBeNull(),
    );
    expect(core.calls.some((call) => call.op === 'report.timestampRequest')).toBe(false);
    expect(byTestId('timestamp-panel').querySelector('[role="alert"]')).toBeNull();
  });
});
