import { X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedTestReport, type SignedFixture } from '../../test/helpers/signingFixtures';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, noTemplates, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { dispatch, type Handlers } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { MAX_TRUST_ANCHOR_FILE_BYTES } from '../verify/verificationSchema';
import type { WorkspaceSession } from '../workspace/session';

describe('signing operations over the contract', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let handlers: Handlers;
  let fixture: SignedFixture;

  beforeAll(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    handlers = createHandlers({ session, clock, library: noTemplates() });
    fixture = await signedTestReport(9);
  }, 60_000);
  afterAll(() => {
    session.lock();
    tmp.cleanup();
  });

  it('verifies a PDF by path or by bytes without a workspace, and rejects ambiguous input', async () => {
    const file = join(tmp.path, 'report.pdf');
    writeFileSync(file, fixture.signed);
    const byPath = await dispatch(handlers, 'pdf.verify', { path: file });
    expect(byPath).toMatchObject({ ok: true, value: { verdict: 'valid-untrusted', file } });
    const byBytes = await dispatch(handlers, 'pdf.verify', {
      bytesBase64: fixture.signed.toString('base64'),
    });
    expect(byBytes).toMatchObject({ ok: true, value: { verdict: 'valid-untrusted', file: null } });
    expect(await dispatch(handlers, 'pdf.verify', { path: file, bytesBase64: 'AA==' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await dispatch(handlers, 'pdf.verify', { path: file, trustAnchorsPem: ['nonsense'] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/trust anchor 1/) },
    });
  });

  it('reads trust anchors from PEM files, with a size cap and the file named in errors', async () => {
    const file = join(tmp.path, 'trusted.pdf');
    writeFileSync(file, fixture.signed);
    const pemFile = join(tmp.path, 'signer.pem');
    writeFileSync(pemFile, new X509Certificate(fixture.identity.certificate).toString());
    expect(await dispatch(handlers, 'pdf.verify', { path: file, trustAnchorPaths: [pemFile] })).toMatchObject(
      {
        ok: true,
        value: { verdict: 'valid' },
      },
    );
    const notPem = join(tmp.path, 'notes.txt');
    writeFileSync(notPem, 'not a certificate');
    expect(await dispatch(handlers, 'pdf.verify', { path: file, trustAnchorPaths: [notPem] })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('notes.txt contains no PEM certificate'),
      },
    });
    const huge = join(tmp.path, 'huge.pem');
    writeFileSync(huge, Buffer.alloc(MAX_TRUST_ANCHOR_FILE_BYTES + 1, 0x41));
    expect(await dispatch(handlers, 'pdf.verify', { path: file, trustAnchorPaths: [huge] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { file: huge } },
    });
    expect(
      await dispatch(handlers, 'pdf.verify', {
        path: file,
        trustAnchorPaths: [join(tmp.path, 'absent.pem')],
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(handlers, 'pdf.verify', { path: file, trustAnchorPaths: [''] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('needs an unlocked workspace for identities and validates their input', async () => {
    expect(await dispatch(handlers, 'identity.list', {})).toMatchObject({
      ok: false,
      error: { code: 'workspace_locked' },
    });
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    expect(
      await dispatch(handlers, 'identity.create', {
        name: 'Nadia',
        organisation: 'Office',
        email: 'not an email',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const created = await dispatch(handlers, 'identity.create', {
      name: 'Nadia Haddad',
      organisation: 'Office',
      email: 'nadia@example.org',
    });
    if (!created.ok) throw new Error(created.error.message);
    const { fingerprint } = created.value as { fingerprint: string };
    const pemFile = join(tmp.path, 'nadia.pem');
    const exported = await dispatch(handlers, 'identity.exportCertificate', {
      fingerprint: fingerprint.toUpperCase().replace(/(..)(?!$)/g, '$1:'),
      path: pemFile,
    });
    expect(exported).toMatchObject({
      ok: true,
      value: { fingerprint, path: pemFile },
    });
    expect(
      await dispatch(handlers, 'identity.exportCertificate', { fingerprint: 'f'.repeat(64) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  }, 60_000);
});
