// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { chooseFiles, dropFiles } from '../testing/fileEvents';
import { contract, type OperationInput, type OperationOutput } from '../../../assessments/api/contract';
import { AssayClientError } from '../client/AssayClientError';
import type { FileTransport } from '../client/fileTransport';
import { createAssayClient } from '../client/createClient';
import type { Transport } from '../client/transport';
import { byRole, byTestId, click, enableActEnvironment, waitFor } from '../testing/dom';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { VerifyPdfScreen } from './VerifyPdfScreen';

enableActEnvironment();

type Verification = OperationOutput<'pdf.verify'>;

function verification(file: string): Verification {
  return {
    file,
    sizeBytes: 1024,
    sha256: 'b'.repeat(64),
    verdict: 'not-signed',
    summary: ['The document carries no digital signature.'],
    signatures: [],
    revisions: { count: 1, signedRevision: null, changes: [], checks: [] },
    content: { assessmentId: null, templateRef: null, format: null, facts: null, checks: [] },
    error: null,
  };
}

/**
 * A core that verifies what it is handed and a browser that hands files over as uploads. The
 * core knows a file only by its reference; `damaged.pdf` is refused. Inputs are checked against
 * the contract.
 */
function fakeCore(options: { openFails?: boolean } = {}) {
  const opened: string[][] = [];
  const verified: OperationInput<'pdf.verify'>[] = [];
  const names = new Map<string, string>();
  let uploads = 0;
  const files: FileTransport = {
    open(chosen) {
      if (options.openFails)
        return Promise.reject(
          new AssayClientError('invalid_input', 'report-en.pdf: 12 of the 9 bytes announced arrived'),
        );
      opened.push(chosen.map((file) => file.name));
      return Promise.resolve(
        chosen.map((file) => {
          const ref = `upload:0000000${(uploads += 1)}`;
          names.set(ref, file.name);
          return ref;
        }),
      );
    },
    ingestEvidence: () => Promise.reject(new Error('no evidence here')),
    deliver: () => undefined,
  };
  const transport: Transport = {
    kind: 'web',
    invoke(op, raw) {
      if (op !== 'pdf.verify')
        return Promise.resolve({ ok: false, error: { code: 'unknown_operation', message: op } });
      const input = contract['pdf.verify'].input.parse(raw);
      verified.push(input);
      if (names.get(input.path ?? '') === 'damaged.pdf')
        return Promise.resolve({
          ok: false,
          error: { code: 'invalid_input', message: 'The file is not a PDF.' },
        });
      // A staged copy: the core's own name for the file is not the one the person chose.
      return Promise.resolve({ ok: true, value: verification(`/tmp/assay-files-x/${input.path ?? ''}`) });
    },
    on: () => () => undefined,
  };
  return { transport, files, opened, verified };
}

afterEach(() => {
  unmountRendered();
});

async function renderScreen(core: ReturnType<typeof fakeCore>) {
  await renderWithClient(
    <VerifyPdfScreen onBack={() => undefined} backLabel="Back to the workspace" />,
    createAssayClient(core.transport, core.files),
  );
}

const pdf = (name: string) => new File(['%PDF-1.7\n'], name, { type: 'application/pdf' });
const pem = (name: string) => new File(['-----BEGIN CERTIFICATE-----\n'], name);
const texts = (selector: string) =>
  [...document.querySelectorAll(selector)].map((element) => element.textContent ?? '');

describe('VerifyPdfScreen: files chosen or dropped, verified by reference, shown by name', () => {
  it('asks for a PDF before handing anything over', async () => {
    const core = fakeCore();
    await renderScreen(core);
    click(byRole('button', 'Verify'));
    expect(document.body.textContent).toContain('Choose at least one PDF to verify.');
    expect(core.opened).toEqual([]);
  });

  it('verifies each chosen PDF against the chosen and dropped anchors and CRLs, naming files as chosen', async () => {
    const core = fakeCore();
    await renderScreen(core);
    expect(byTestId<HTMLInputElement>('verify-pdf-choose-input').accept).toBe('.pdf,application/pdf');
    chooseFiles('verify-pdf-choose', [pdf('report-en.pdf'), pdf('damaged.pdf')]);
    dropFiles(byTestId('chosen-anchors-drop'), [pem('signer.pem')]);
    chooseFiles('chosen-crls-choose', [new File(['crl'], 'ca.crl')]);
    expect(texts('[data-testid="chosen-pdfs"] li')).toEqual(['report-en.pdf', 'damaged.pdf']);
    expect(texts('[data-testid="chosen-anchors"] li')).toEqual(['signer.pem']);
    expect(texts('[data-testid="chosen-crls"] li')).toEqual(['ca.crl']);
    expect(document.querySelector('[data-testid="chosen-tsa"]')).toBeNull();

    click(byRole('button', 'Verify'));
    await waitFor(() => expect(document.body.textContent).toContain('Verification finished.'));
    // Handed over once, together; every verification names the same anchors and CRLs.
    expect(core.opened).toEqual([['report-en.pdf', 'damaged.pdf', 'signer.pem', 'ca.crl']]);
    expect(core.verified).toEqual([
      {
        path: 'upload:00000001',
        trustAnchorsPem: [],
        trustAnchorPaths: ['upload:00000003'],
        tsaAnchorsPem: [],
        tsaAnchorPaths: [],
        crlPaths: ['upload:00000004'],
      },
      {
        path: 'upload:00000002',
        trustAnchorsPem: [],
        trustAnchorPaths: ['upload:00000003'],
        tsaAnchorsPem: [],
        tsaAnchorPaths: [],
        crlPaths: ['upload:00000004'],
      },
    ]);
    const result = byTestId('verification');
    expect(result.getAttribute('data-verdict')).toBe('not-signed');
    expect(result.querySelector('h2')?.textContent).toBe('report-en.pdf');
    expect(byTestId('verification-error').querySelector('h2')?.textContent).toBe('damaged.pdf');
    expect(byTestId('verification-error').textContent).toContain('This file could not be checked.');
    expect(document.body.textContent).not.toContain('upload:');
  });

  it('drops PDFs in place of the earlier choice and clears the anchors on request', async () => {
    const core = fakeCore();
    await renderScreen(core);
    chooseFiles('verify-pdf-choose', [pdf('old.pdf')]);
    chooseFiles('chosen-anchors-choose', [pem('signer.pem')]);
    dropFiles(byTestId('verify-pdf-drop'), [pdf('report-ar.pdf')]);
    expect(texts('[data-testid="chosen-pdfs"] li')).toEqual(['report-ar.pdf']);
    click(byRole('button', 'Remove trusted certificates'));
    expect(document.querySelector('[data-testid="chosen-anchors"]')).toBeNull();
    click(byRole('button', 'Verify'));
    await waitFor(() => byTestId('verification'));
    expect(core.opened).toEqual([['report-ar.pdf']]);
    expect(core.verified[0]?.trustAnchorPaths).toEqual([]);
  });

  it('says why when the files cannot be handed over, and verifies nothing', async () => {
    const core = fakeCore({ openFails: true });
    await renderScreen(core);
    chooseFiles('verify-pdf-choose', [pdf('report-en.pdf')]);
    click(byRole('button', 'Verify'));
    await waitFor(() =>
      expect(document.body.textContent).toContain('report-en.pdf: 12 of the 9 bytes announced arrived'),
    );
    expect(core.verified).toEqual([]);
    expect(byRole('button', 'Verify').getAttribute('aria-disabled')).toBeNull();
  });
});
