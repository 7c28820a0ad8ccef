import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import {
  appendIncrementalUpdate,
  buildEmbeddedAssessment,
  certificateFingerprint,
  renderTestReport,
  signedTestReport,
  testSigningIdentity,
  TEST_SIGNATURE_RECT,
  type SignedFixture,
} from '../../test/helpers/signingFixtures';
import { createSelfSignedCertificate } from '../signing/selfSignedCertificate';
import { signPdf, widgetOverBox } from '../signing/signPdf';
import { pdfVerificationSchema } from './verificationSchema';
import { verifyPdf } from './verifyPdf';
import { missingTools } from '../../test/helpers/tools';

const hasTool = (tool: string) => missingTools([tool]).length === 0;
const checkOf = (checks: { id: string; status: string }[], id: string) =>
  checks.find((c) => c.id === id)?.status;

describe('signPdf and verifyPdf', () => {
  let fixture: SignedFixture;
  let tmp: ReturnType<typeof useTempDir>;
  beforeAll(async () => {
    tmp = useTempDir();
    fixture = await signedTestReport();
  }, 60_000);
  afterAll(() => tmp.cleanup());

  it('signs in one incremental update that leaves the original bytes untouched', async () => {
    expect(
      fixture.signed.subarray(0, fixture.unsigned.length - 1).equals(fixture.unsigned.subarray(0, -1)),
    ).toBe(true);
    const update = fixture.signed.subarray(fixture.unsigned.length).toString('latin1');
    expect(update).toMatch(/\/SubFilter \/ETSI\.CAdES\.detached/);
    expect(update).toMatch(/\/Subtype \/Widget[^]*\/F 4[^]*\/AP << \/N/);
    expect(update).toMatch(new RegExp(`/Rect \\[${TEST_SIGNATURE_RECT.join(' ')}\\]`));
    expect(update.match(/%%EOF/g)).toHaveLength(1);
  });

  it('places the widget exactly over an announced signature box', async () => {
    expect(widgetOverBox({ pageIndex: 8, x: 50, y: 64, width: 300, height: 104 })).toEqual({
      pageIndex: 8,
      rect: [50, 64, 350, 168],
    });
  });

  it('verifies the signed report as valid but untrusted, and valid with its certificate as anchor', async () => {
    const untrusted = await verifyPdf(fixture.signed);
    expect(pdfVerificationSchema.parse(untrusted).verdict).toBe('valid-untrusted');
    expect(untrusted.signatures).toHaveLength(1);
    const [signature] = untrusted.signatures;
    expect(signature?.checks.map((c) => [c.id, c.status])).toEqual([
      ['sub-filter', 'pass'],
      ['byte-range', 'pass'],
      ['digest', 'pass'],
      ['signature', 'pass'],
      ['signing-certificate', 'pass'],
      ['certificate-validity', 'pass'],
      ['trust', 'warn'],
    ]);
    expect(untrusted.content.checks.map((c) => [c.id, c.status])).toEqual([
      ['embedded-file', 'pass'],
      ['template-hash', 'pass'],
      ['score', 'pass'],
      ['visible-facts', 'pass'],
      ['signer-binding', 'pass'],
      ['signing-time', 'pass'],
    ]);
    expect(untrusted.content.assessmentId).toBe(fixture.assessment.assessment.id);

    const anchor = new X509Certificate(fixture.identity.certificate);
    const trusted = await verifyPdf(fixture.signed, { trustAnchors: [anchor] });
    expect(trusted.verdict).toBe('valid');
    expect(trusted.summary[0]).toMatch(/^VALID:/);
    const stranger = new X509Certificate(testSigningIdentity('Someone Else').certificate);
    expect((await verifyPdf(fixture.signed, { trustAnchors: [stranger] })).verdict).toBe('valid-untrusted');
  });

  it.skipIf(!hasTool('pdfsig'))(
    'pdfsig reports the signature valid and the total document signed',
    async () => {
      const file = join(tmp.path, 'signed.pdf');
      writeFileSync(file, fixture.signed);
      const out = execFileSync('pdfsig', [file], { encoding: 'utf8' });
      expect(out).toContain('Signature is Valid.');
      expect(out).toContain('Total document signed');
      expect(out).toContain('ETSI.CAdES.detached');
    },
  );

  it.skipIf(!hasTool('qpdf') || !hasTool('mutool'))(
    'qpdf --check and mutool accept the signed file',
    async () => {
      const file = join(tmp.path, 'signed-q.pdf');
      writeFileSync(file, fixture.signed);
      const qpdf = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
      // Exit 3 is "warnings only"; errors are exit 2.
      expect([0, 3]).toContain(qpdf.status);
      expect(qpdf.stdout).not.toMatch(/^ERROR/m);
      const mutool = spawnSync('mutool', ['info', file], { encoding: 'utf8' });
      expect(mutool.status).toBe(0);
      expect(mutool.stderr).not.toMatch(/error/i);
      const show = spawnSync('mutool', ['show', file, 'trailer'], { encoding: 'utf8' });
      expect(show.status).toBe(0);
    },
  );

  it('reports an appended incremental update as modified after signing and reads the signed revision', async () => {
    const appended = appendIncrementalUpdate(fixture.signed);
    const result = await verifyPdf(appended);
    expect(result.verdict).toBe('modified-after-signing');
    expect(result.signatures[0]?.bytesAfterSignedRange).toBe(appended.length - fixture.signed.length);
    expect(result.content.checks.every((c) => c.status === 'pass')).toBe(true);
    expect(result.summary[0]).toMatch(/MODIFIED AFTER SIGNING/);
  });

  it('says an unsigned report is not signed', async () => {
    const result = await verifyPdf(fixture.unsigned);
    expect(result.verdict).toBe('not-signed');
    expect(result.signatures).toEqual([]);
  });

  it('rejects a report whose visible verification block disagrees with the embedded file', async () => {
    const wrong = buildEmbeddedAssessment(7);
    const lines = [`ASSAY-VERIFY id=${wrong.assessment.id}`, 'ASSAY-VERIFY tier=Low'];
    const pdf = await renderTestReport(wrong, lines);
    const signed = await signPdf(pdf, fixture.identity, {
      signingTime: new Date('2026-02-01T10:00:00Z'),
      reason: 'test',
      widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
    });
    const result = await verifyPdf(signed);
    expect(result.verdict).toBe('invalid');
    expect(checkOf(result.content.checks, 'visible-facts')).toBe('fail');
    expect(result.signatures[0]?.status).toBe('valid-untrusted');
  });

  it('rejects a report whose embedded result does not recompute', async () => {
    const doc = buildEmbeddedAssessment(11);
    const forged = {
      ...doc,
      result: { ...doc.result, tier: doc.result.tier === 'Low' ? ('High' as const) : ('Low' as const) },
    };
    const signed = await signPdf(await renderTestReport(forged), fixture.identity, {
      signingTime: new Date('2026-02-01T10:00:00Z'),
      reason: 'test',
      widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
    });
    const result = await verifyPdf(signed);
    expect(result.verdict).toBe('invalid');
    expect(result.content.checks.find((c) => c.id === 'score')?.message).toMatch(/tier/);
  });

  it.skipIf(!hasTool('pdfsig'))('signs and verifies with an ECDSA P-256 identity too', async () => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const certificate = createSelfSignedCertificate(
      { name: 'EC Signer', organisation: 'Office', email: 'ec@example.org' },
      keys,
      { notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2030-01-01T00:00:00Z') },
    );
    const unsigned = await renderTestReport(
      buildEmbeddedAssessment(7, undefined, certificateFingerprint(certificate)),
    );
    const signed = await signPdf(
      unsigned,
      { certificate, chain: [], privateKey: keys.privateKey, signerName: 'EC Signer' },
      {
        signingTime: new Date('2026-02-01T10:00:00Z'),
        reason: 'test',
        widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
      },
    );
    expect((await verifyPdf(signed, { trustAnchors: [new X509Certificate(certificate)] })).verdict).toBe(
      'valid',
    );
    const file = join(tmp.path, 'ec.pdf');
    writeFileSync(file, signed);
    expect(execFileSync('pdfsig', [file], { encoding: 'utf8' })).toContain('Signature is Valid.');
  });

  it('refuses a certificate that was not valid at the claimed signing time', async () => {
    const expired = testSigningIdentity('Old Key', {
      notBefore: new Date('2020-01-01T00:00:00Z'),
      notAfter: new Date('2021-01-01T00:00:00Z'),
    });
    const signed = await signPdf(fixture.unsigned, expired, {
      signingTime: new Date('2026-02-01T10:00:00Z'),
      reason: 'test',
      widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
    });
    const result = await verifyPdf(signed);
    expect(result.verdict).toBe('invalid');
    expect(checkOf(result.signatures[0]?.checks ?? [], 'certificate-validity')).toBe('fail');
  });
});
