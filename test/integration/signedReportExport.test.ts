import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../assessments/api/dispatch';
import { EMBEDDED_ASSESSMENT_NAME } from '../../assessments/verify/embeddedAssessment';
import { reportWorkspace, type ReportWorkspace } from '../helpers/reportWorkspace';
import { unwrapEnvelope as value } from '../helpers/envelope';
import { useTempDir } from '../helpers/tempDir';
import { missingTools, skipNote } from '../helpers/tools';

const missingCheckers = missingTools(['sha256sum', 'pdfsig', 'qpdf', 'pdfdetach']);
const missingPdftotext = missingTools(['pdftotext']);

interface Exported {
  path: string;
  sha256: string;
  sizeBytes: number;
  pageCount: number;
}
interface Verification {
  verdict: string;
  summary: string[];
}

describe('report.export: the signed report of a decided assessment', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let ws: ReportWorkspace;
  let fingerprint: string;
  let certificatePem: string;

  beforeAll(async () => {
    tmp = useTempDir();
    ws = await reportWorkspace(tmp.path);
    ({ fingerprint } = await value<{ fingerprint: string }>(
      dispatch(ws.handlers, 'identity.create', {
        name: 'Dr. Lena Brandt',
        organisation: 'Helvetic Sensors AG',
        email: 'lena.brandt@example.org',
      }),
    ));
    ({ pem: certificatePem } = await value<{ pem: string }>(
      dispatch(ws.handlers, 'identity.exportCertificate', { fingerprint }),
    ));
  }, 120_000);
  afterAll(() => {
    ws.session.lock();
    tmp.cleanup();
  });

  const exportTo = (name: string, locale = 'en') =>
    dispatch(ws.handlers, 'report.export', {
      assessmentId: ws.assessmentId,
      identity: fingerprint,
      locale,
      path: join(tmp.path, name),
    });

  it.skipIf(missingCheckers.length > 0).each(['en', 'ar'])(
    `writes a %s PDF that pdfsig, qpdf and the verifier accept, and records the export${skipNote(missingCheckers)}`,
    async (locale) => {
      const exported = await value<Exported>(exportTo(`report-${locale}.pdf`, locale));
      const bytes = readFileSync(exported.path);
      expect(bytes.length).toBe(exported.sizeBytes);
      expect(execFileSync('sha256sum', [exported.path], { encoding: 'utf8' }).split(' ')[0]).toBe(
        exported.sha256,
      );

      const pdfsig = execFileSync('pdfsig', [exported.path], { encoding: 'utf8' });
      expect(pdfsig).toContain('Signature is Valid.');
      expect(pdfsig).toContain('Total document signed');
      execFileSync('qpdf', ['--check', exported.path], { stdio: 'ignore' });
      const attached = execFileSync('pdfdetach', ['-list', exported.path], { encoding: 'utf8' });
      expect(attached).toContain(EMBEDDED_ASSESSMENT_NAME);

      const untrusted = await value<Verification>(
        dispatch(ws.handlers, 'pdf.verify', { path: exported.path }),
      );
      expect(untrusted.verdict, untrusted.summary.join('\n')).toBe('valid-untrusted');
      const trusted = await value<Verification>(
        dispatch(ws.handlers, 'pdf.verify', { path: exported.path, trustAnchorsPem: [certificatePem] }),
      );
      expect(trusted.verdict, trusted.summary.join('\n')).toBe('valid');

      const detail = await value<{ assessment: { status: string } }>(
        dispatch(ws.handlers, 'assessment.get', { id: ws.assessmentId }),
      );
      expect(detail.assessment.status).toBe('signed');
      const trail = ws.deps.ws.db
        .prepare(
          "SELECT payload_json FROM audit_events WHERE action = 'report.exported' ORDER BY seq DESC LIMIT 1",
        )
        .get() as { payload_json: string };
      expect(JSON.parse(trail.payload_json)).toMatchObject({
        sha256: exported.sha256,
        identity: fingerprint,
      });
    },
    120_000,
  );

  it.skipIf(missingPdftotext.length > 0)(
    `names a signer whose certificate escapes commas as the signer typed it${skipNote(missingPdftotext)}`,
    async () => {
      const { fingerprint: helix } = await value<{ fingerprint: string }>(
        dispatch(ws.handlers, 'identity.create', {
          name: 'Lena Brandt, PhD',
          organisation: 'Export Control Office, Helix',
          email: 'lena.brandt@example.org',
        }),
      );
      const path = join(tmp.path, 'helix.pdf');
      await value(
        dispatch(ws.handlers, 'report.export', {
          assessmentId: ws.assessmentId,
          identity: helix,
          locale: 'en',
          path,
        }),
      );
      const pages = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
      const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' });
      expect(cover).toContain('Lena Brandt, PhD, Export Control Office, Helix');
      expect(pages).toContain('Organisation: Export Control Office, Helix');
      expect(pages).not.toContain('\\,');
      const verified = await value<Verification>(dispatch(ws.handlers, 'pdf.verify', { path }));
      expect(verified.summary.join('\n')).toContain('by Lena Brandt, PhD, certificate SHA-256');
    },
    120_000,
  );

  it('refuses to overwrite an existing file, leaving it untouched', async () => {
    const path = join(tmp.path, 'existing.pdf');
    writeFileSync(path, 'keep me');
    const response = await exportTo('existing.pdf');
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.message).toMatch(/already exists/);
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('refuses an unknown identity by its fingerprint', async () => {
    const response = await dispatch(ws.handlers, 'report.export', {
      assessmentId: ws.assessmentId,
      identity: 'ab'.repeat(32),
      locale: 'en',
      path: join(tmp.path, 'nobody.pdf'),
    });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.message).toContain('ab'.repeat(32));
  });

  it('refuses an undecided assessment, and a stale decision once an answer changes', async () => {
    const undecided = await reportWorkspace(join(tmp.path, 'undecided'), { decide: false });
    const { fingerprint: signer } = await value<{ fingerprint: string }>(
      dispatch(undecided.handlers, 'identity.create', {
        name: 'A',
        organisation: 'B',
        email: 'a@example.org',
      }),
    );
    const refused = await dispatch(undecided.handlers, 'report.export', {
      assessmentId: undecided.assessmentId,
      identity: signer,
      locale: 'en',
      path: join(tmp.path, 'undecided.pdf'),
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/no recorded decision/);
    undecided.session.lock();

    await value(
      dispatch(ws.handlers, 'answers.save', {
        assessmentId: ws.assessmentId,
        questionId: 'A5',
        value: 'Terms of reference revised after the decision.',
      }),
    );
    const stale = await exportTo('stale.pdf');
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.message).toMatch(/stale/);
  }, 120_000);
});
