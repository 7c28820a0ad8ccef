// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../../assessments/api/contract';
import { backupsTestCore } from '../backups/backupsTestCore';
import { chooseFiles, dropFiles } from '../testing/fileEvents';
import { createAssayClient } from '../client/createClient';
import { byLabel, byRole, byTestId, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { ExportReportDialog } from './ExportReportDialog';
import { IdentityCard } from './IdentityCard';
import { ImportIdentityForm } from './ImportIdentityForm';

enableActEnvironment();

const ASSESSMENT_ID = '00000000-0000-4000-8000-000000000001';
const FINGERPRINT = 'ab12'.repeat(16);
const SHA = 'cd34'.repeat(16);

const IDENTITY: OperationOutput<'identity.list'>[number] = {
  fingerprint: FINGERPRINT,
  commonName: 'Nadia Haddad',
  organisation: 'Export Control Office',
  email: 'nadia@example.org',
  subject: 'CN=Nadia Haddad',
  issuer: 'CN=Nadia Haddad',
  serialNumber: '01',
  notBefore: '2026-01-01T00:00:00.000Z',
  notAfter: '2029-01-01T00:00:00.000Z',
  keyAlgorithm: 'ec',
  origin: 'created',
  selfSigned: true,
  chainLength: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'Nadia Haddad',
};

function exported(path: string): OperationOutput<'report.export'> {
  return {
    path,
    sha256: SHA,
    sizeBytes: 120_000,
    pageCount: 7,
    exportId: '6a1f3c52-8d0e-4c1b-9d7e-2f4a5b6c7d8e',
    signedAt: '2026-01-15T09:00:00.000Z',
  };
}

async function render(core: ReturnType<typeof backupsTestCore>, ui: ReactNode, language: 'en' | 'ar' = 'en') {
  await renderWithClient(ui, createAssayClient(core.transport, core.fileTransport), language);
}

afterEach(() => {
  unmountRendered();
});

describe('ExportReportDialog', () => {
  it('on the desktop, signs into the path chosen in the save dialog and says where it went', async () => {
    const core = backupsTestCore({
      'identity.list': () => [IDENTITY],
      'dialogs.saveFile': () => ({ canceled: false, path: '/home/nadia/report.pdf' }),
      'report.export': (input) => exported((input as { path: string }).path),
    });
    await render(core, <ExportReportDialog assessmentId={ASSESSMENT_ID} onClose={() => undefined} />);
    await waitFor(() => byLabel('Sign as'));
    click(byRole('button', 'Sign and save…'));
    const saved = await waitFor(() => byTestId('export-saved'));
    expect(saved.textContent).toBe('Saved to \u2068/home/nadia/report.pdf\u2069.');
    expect(core.calls.find((call) => call.op === 'report.export')?.input).toEqual({
      assessmentId: ASSESSMENT_ID,
      identity: FINGERPRINT,
      locale: 'en',
      path: '/home/nadia/report.pdf',
    });
    expect(document.body.textContent).toContain('assay verify --trust certificate.pem report.pdf');
  });

  it('does nothing when the save dialog is cancelled: no export, no error, the dialog stays', async () => {
    const core = backupsTestCore({
      'identity.list': () => [IDENTITY],
      'dialogs.saveFile': () => ({ canceled: true, path: null }),
    });
    await render(core, <ExportReportDialog assessmentId={ASSESSMENT_ID} onClose={() => undefined} />);
    await waitFor(() => byLabel('Sign as'));
    click(byRole('button', 'Sign and save…'));
    await waitFor(() => expect(core.calls.some((call) => call.op === 'dialogs.saveFile')).toBe(true));
    await waitFor(() => expect(byRole('button', 'Sign and save…').getAttribute('aria-disabled')).toBeNull());
    expect(core.calls.some((call) => call.op === 'report.export')).toBe(false);
    expect(document.querySelector('[role="alert"]')).toBeNull();
    expect(document.querySelector('[data-testid="export-result"]')).toBeNull();
  });

  it('in a browser, signs into a prepared download and says the download started, never naming the reference', async () => {
    const core = backupsTestCore(
      {
        'identity.list': () => [IDENTITY],
        'report.export': (input) => exported((input as { path: string }).path),
      },
      'browser',
    );
    await render(core, <ExportReportDialog assessmentId={ASSESSMENT_ID} onClose={() => undefined} />, 'ar');
    await waitFor(() => byLabel('التوقيع باسم'));
    click(byRole('button', 'التوقيع والحفظ…'));
    const saved = await waitFor(() => byTestId('export-saved'));
    const [download] = core.delivered;
    expect(download?.url).toBe('/download/1');
    expect(download?.name).toMatch(/\.pdf$/);
    expect(saved.textContent).toContain(`يجري تنزيل \u2068${download?.name}\u2069`);
    expect(core.calls.find((call) => call.op === 'report.export')?.input).toMatchObject({
      path: 'download:1',
      locale: 'ar',
    });
    expect(document.body.textContent).not.toContain('download:1');
  });
});

describe('IdentityCard', () => {
  it('exports the certificate to the chosen file; a cancelled dialog changes nothing', async () => {
    let answer = { canceled: true, path: null as string | null };
    const core = backupsTestCore({
      'dialogs.saveFile': () => answer,
      'identity.exportCertificate': (input) => ({
        fingerprint: FINGERPRINT,
        pem: '-----BEGIN CERTIFICATE-----\n…',
        path: (input as { path: string }).path,
      }),
    });
    await render(core, <IdentityCard identity={IDENTITY} now={Date.parse('2026-06-01T00:00:00Z')} />);
    click(byRole('button', 'Export certificate (PEM)…'));
    await waitFor(() => expect(core.calls.some((call) => call.op === 'dialogs.saveFile')).toBe(true));
    await waitFor(() =>
      expect(byRole('button', 'Export certificate (PEM)…').getAttribute('aria-disabled')).toBeNull(),
    );
    expect(core.calls.some((call) => call.op === 'identity.exportCertificate')).toBe(false);
    expect(document.querySelector('[data-testid="certificate-saved"]')).toBeNull();

    answer = { canceled: false, path: '/home/nadia/nadia.pem' };
    click(byRole('button', 'Export certificate (PEM)…'));
    const saved = await waitFor(() => byTestId('certificate-saved'));
    expect(saved.textContent).toBe('Saved to \u2068/home/nadia/nadia.pem\u2069.');
    expect(saved.closest('[role="status"]')).not.toBeNull();
    expect(core.calls.find((call) => call.op === 'identity.exportCertificate')?.input).toEqual({
      fingerprint: FINGERPRINT,
      path: '/home/nadia/nadia.pem',
    });
  });

  it('in a browser, downloads it under a name made from the signer', async () => {
    const core = backupsTestCore(
      {
        'identity.exportCertificate': (input) => ({
          fingerprint: FINGERPRINT,
          pem: '-----BEGIN CERTIFICATE-----\n…',
          path: (input as { path: string }).path,
        }),
      },
      'browser',
    );
    await render(core, <IdentityCard identity={IDENTITY} now={Date.parse('2026-06-01T00:00:00Z')} />);
    click(byRole('button', 'Export certificate (PEM)…'));
    const saved = await waitFor(() => byTestId('certificate-saved'));
    expect(core.delivered).toEqual([{ url: '/download/1', name: 'Nadia-Haddad-ab12ab12.pem' }]);
    expect(saved.textContent).toContain('Nadia-Haddad-ab12ab12.pem');
    expect(saved.textContent).toContain('is downloading');
  });
});

describe('ImportIdentityForm', () => {
  const p12 = () => new File([new Uint8Array([0x30, 0x82])], 'nadia.p12', { type: 'application/x-pkcs12' });

  it('asks for the file first, and focuses the chooser', async () => {
    const core = backupsTestCore({});
    await render(core, <ImportIdentityForm onImported={() => undefined} />);
    click(byRole('button', 'Import identity'));
    await waitFor(() => expect(document.body.textContent).toContain('Choose the PKCS#12 file to import.'));
    expect(document.activeElement).toBe(byTestId('p12-choose'));
    expect(core.calls).toEqual([]);
  });

  it('imports the chosen file by the reference the client gives, showing only its name', async () => {
    const imported: string[] = [];
    const core = backupsTestCore(
      { 'identity.import': () => ({ ...IDENTITY, origin: 'imported', selfSigned: false }) },
      'browser',
    );
    await render(core, <ImportIdentityForm onImported={(identity) => imported.push(identity.commonName)} />);
    chooseFiles('p12-choose', [p12()]);
    await waitFor(() => expect(byTestId('p12-file').textContent).toBe('nadia.p12'));
    typeInto(byLabel('File password'), 'pkcs12-secret');
    click(byRole('button', 'Import identity'));
    await waitFor(() => expect(imported).toEqual(['Nadia Haddad']));
    expect(core.opened.map((entry) => entry.file.name)).toEqual(['nadia.p12']);
    expect(core.calls.find((call) => call.op === 'identity.import')?.input).toEqual({
      path: 'upload:1',
      password: 'pkcs12-secret',
    });
    expect(document.body.textContent).not.toContain('upload:1');
  });

  it('takes a dropped file and shows the core’s reason when it is not PKCS#12', async () => {
    const core = backupsTestCore({
      'identity.import': () => {
        throw { code: 'invalid_input', message: 'nadia.p12 is not a readable PKCS#12 file.' };
      },
    });
    await render(core, <ImportIdentityForm onImported={() => undefined} />);
    dropFiles('p12-drop', [p12()]);
    await waitFor(() => expect(byTestId('p12-file').textContent).toBe('nadia.p12'));
    click(byRole('button', 'Import identity'));
    const alert = await waitFor(() => {
      const found = document.querySelector('[role="alert"]');
      if (!found) throw new Error('no alert yet');
      return found;
    });
    expect(alert.textContent).toContain('The PKCS#12 file could not be imported.');
    expect(alert.textContent).toContain('is not a readable PKCS#12 file');
    expect(core.calls.find((call) => call.op === 'identity.import')?.input).toMatchObject({
      path: '/home/amira/Documents/nadia.p12',
    });
  });
});
