import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_ASSESSMENT_NAME } from '../../assessments/verify/embeddedAssessment';
import { signPdf } from '../../assessments/signing/signPdf';
import type { PdfVerification } from '../../assessments/verify/verificationSchema';
import { verifyPdf } from '../../assessments/verify/verifyPdf';
import {
  addAnnotation,
  addDss,
  overlayPage,
  removePage,
  swapEmbeddedFile,
  touchInfo,
} from '../helpers/incrementalUpdates';
import { rewriteWith } from '../helpers/pdfRewrites';
import {
  buildEmbeddedAssessment,
  certificateFingerprint,
  renderTestReport,
  signedTestReport,
  testSigningIdentity,
  TEST_SIGNATURE_RECT,
  type SignedFixture,
} from '../helpers/signingFixtures';
import { useTempDir } from '../helpers/tempDir';
import { cli, toPem } from '../helpers/cliRun';
import { missingTools } from '../helpers/tools';

const NOW = new Date('2026-06-01T00:00:00Z');
const has = (tool: string) => missingTools([tool]).length === 0;

const sign = (pdf: Buffer, identity: ReturnType<typeof testSigningIdentity>, at = '2026-02-02T10:00:00Z') =>
  signPdf(pdf, identity, {
    signingTime: new Date(at),
    reason: 'Reviewed',
    widget: { pageIndex: 0, rect: [400, 700, 550, 760] },
  });

const disallowed = (result: PdfVerification) =>
  result.revisions.changes.filter((change) => change.verdict === 'disallowed');

/**
 * The forgeries a motivated exporter can build with openssl and a few lines of code, each made here
 * with the project's own code, none of which may come back valid — through the API and through the
 * exit codes of `assay verify`.
 */
describe('forged and altered reports are never valid', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let fixture: SignedFixture;
  let forger: ReturnType<typeof testSigningIdentity>;
  let anchors: X509Certificate[];
  let trustFile: string;
  const write = (name: string, bytes: Buffer) => {
    const path = join(tmp.path, name);
    writeFileSync(path, bytes);
    return path;
  };
  const verify = (bytes: Buffer) => verifyPdf(bytes, { trustAnchors: anchors, now: NOW });

  beforeAll(async () => {
    tmp = useTempDir();
    fixture = await signedTestReport(21);
    forger = testSigningIdentity('Export Sales Desk');
    anchors = [fixture.identity.certificate, forger.certificate].map((der) => new X509Certificate(der));
    trustFile = write('trusted.pem', Buffer.from(anchors.map((a) => a.toString()).join('')));
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('accepts the genuine report, a trusted countersignature and validation data added later', async () => {
    expect((await verify(fixture.signed)).verdict).toBe('valid');
    const countersigned = await sign(fixture.signed, forger);
    const result = await verify(countersigned);
    expect(result.verdict, result.summary.join('\n')).toBe('valid');
    expect(result.signatures.map((s) => s.role)).toEqual(['assessor', 'countersigner']);
    expect(disallowed(result)).toEqual([]);
    expect((await verify(addDss(countersigned))).verdict).toBe('valid');
    const touched = await verify(touchInfo(fixture.signed));
    expect(touched.verdict).toBe('valid');
    expect(touched.revisions.changes.some((c) => c.verdict === 'warning')).toBe(true);
  });

  it('forgery 1: a change laundered by a later signature with another trusted key is modified-after-signing', async () => {
    const forged = await sign(overlayPage(fixture.signed, 0), forger);
    const result = await verify(forged);
    expect(result.signatures.map((s) => s.status)).toEqual(['valid', 'valid']);
    expect(result.verdict).toBe('modified-after-signing');
    expect(disallowed(result)).toContainEqual(
      expect.objectContaining({ kind: 'page-content', page: 1, revision: 3 }),
    );
    const file = write('forgery-1.pdf', forged);
    const run = await cli(['verify', file, '--trust', trustFile]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/modified-after-signing/);
  });

  it('forgery 2: the genuine bytes re-signed with another key whose certificate has the same name are invalid', async () => {
    const namesake = testSigningIdentity('Nadia Haddad');
    const resigned = await signPdf(fixture.unsigned, namesake, {
      signingTime: new Date('2026-02-01T10:00:00Z'),
      reason: 'Human-rights impact assessment report',
      widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
    });
    const result = await verifyPdf(resigned, {
      trustAnchors: [...anchors, new X509Certificate(namesake.certificate)],
      now: NOW,
    });
    expect(result.signatures[0]?.status).toBe('valid');
    expect(result.verdict).toBe('invalid');
    const binding = result.content.checks.find((c) => c.id === 'signer-binding');
    expect(binding?.status).toBe('fail');
    expect(binding?.message).toContain(certificateFingerprint(fixture.identity.certificate));
    expect(binding?.message).toContain(certificateFingerprint(namesake.certificate));
    const file = write('forgery-2.pdf', resigned);
    expect((await cli(['verify', file, '--trust', trustFile])).code).toBe(1);
  });

  it('forgery 3: a certificate that expired years ago with a back-dated /M is indeterminate, never valid', async () => {
    const old = testSigningIdentity('Nadia Haddad', {
      notBefore: new Date('2015-01-01T00:00:00Z'),
      notAfter: new Date('2017-01-01T00:00:00Z'),
    });
    const doc = buildEmbeddedAssessment(21, undefined, certificateFingerprint(old.certificate));
    doc.generatedAt = '2016-03-01T09:00:00.000Z';
    const backdated = await signPdf(await renderTestReport(doc), old, {
      signingTime: new Date('2016-03-01T10:00:00Z'),
      reason: 'Human-rights impact assessment report',
      widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
    });
    const oldAnchor = new X509Certificate(old.certificate);
    const result = await verifyPdf(backdated, { trustAnchors: [oldAnchor], now: NOW });
    expect(result.verdict, result.summary.join('\n')).toBe('indeterminate');
    const validity = result.signatures[0]?.checks.find((c) => c.id === 'certificate-validity');
    expect(validity?.key).toBe('timeCertExpiredNoProof');
    // Judged in 2016 the same file is valid: only the time evidence is missing.
    const then = await verifyPdf(backdated, {
      trustAnchors: [oldAnchor],
      now: new Date('2016-06-01T00:00:00Z'),
    });
    expect(then.verdict).toBe('valid');
    const file = write('forgery-3.pdf', backdated);
    const oldTrust = write('old.pem', Buffer.from(toPem(old.certificate)));
    expect((await cli(['verify', file, '--trust', oldTrust])).code).toBe(4);
  });

  it('a claimed signing time before the report was generated is invalid', async () => {
    const early = await signPdf(fixture.unsigned, fixture.identity, {
      signingTime: new Date('2026-01-15T08:59:59Z'),
      reason: 'Human-rights impact assessment report',
      widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
    });
    const result = await verify(early);
    expect(result.verdict).toBe('invalid');
    expect(result.content.checks.find((c) => c.id === 'signing-time')?.key).toBe('timeClaimBeforeGenerated');
    // The same second as generatedAt (09:00:00.000) is not earlier: /M has whole seconds.
    const sameSecond = await signPdf(fixture.unsigned, fixture.identity, {
      signingTime: new Date('2026-01-15T09:00:00.900Z'),
      reason: 'Human-rights impact assessment report',
      widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
    });
    expect((await verify(sameSecond)).verdict).toBe('valid');
  });

  it('a swapped assessment.json is modified-after-signing and --extract-json returns the signed one', async () => {
    const fake = Buffer.from(JSON.stringify({ ...fixture.assessment, title: 'Approved' }));
    const swapped = swapEmbeddedFile(fixture.signed, EMBEDDED_ASSESSMENT_NAME, fake);
    const result = await verify(await sign(swapped, forger));
    expect(result.verdict).toBe('modified-after-signing');
    expect(disallowed(result).map((c) => c.kind)).toContain('embedded-file');
    // The content checks read the signed revision, not the swapped attachment.
    expect(result.content.checks.every((c) => c.status !== 'fail')).toBe(true);

    const file = write('swapped.pdf', swapped);
    const out = join(tmp.path, 'signed-assessment.json');
    const run = await cli(['verify', file, '--trust', trustFile, '--extract-json', out]);
    expect(run.code).toBe(1);
    const extracted = JSON.parse(readFileSync(out, 'utf8')) as { assessment: { id: string } };
    expect(extracted.assessment.id).toBe(fixture.assessment.assessment.id);
    expect(readFileSync(out, 'utf8')).not.toContain('"Approved"');

    const revision = join(tmp.path, 'revision-2.pdf');
    expect((await cli(['verify', file, '--extract-revision', '2', revision])).code).toBe(1);
    expect(readFileSync(revision).equals(fixture.signed)).toBe(true);
  });

  it.each([
    ['a deleted page', (pdf: Buffer) => removePage(pdf, 0), 'page-tree'],
    ['an added annotation', (pdf: Buffer) => addAnnotation(pdf, 0), 'annotation'],
    ['an added Square annotation', (pdf: Buffer) => addAnnotation(pdf, 1, 'Square'), 'annotation'],
  ])(
    '%s after signing is modified-after-signing, also under a later trusted signature',
    async (_n, edit, kind) => {
      for (const bytes of [edit(fixture.signed), await sign(edit(fixture.signed), forger)]) {
        const result = await verify(bytes);
        expect(result.verdict).toBe('modified-after-signing');
        expect(disallowed(result).map((c) => c.kind)).toContain(kind);
      }
    },
  );

  it.skipIf(!has('qpdf') || !has('mutool'))(
    'rewrites by qpdf and mutool are classified and never valid',
    async () => {
      const rewrites = [
        rewriteWith(fixture.signed, 'qpdf', ['--object-streams=generate']),
        rewriteWith(fixture.signed, 'qpdf', ['--linearize']),
        rewriteWith(fixture.signed, 'qpdf', ['--qdf']),
        rewriteWith(fixture.signed, 'mutool', ['-gg']),
        rewriteWith(fixture.signed, 'mutool', ['-d']),
      ];
      for (const bytes of rewrites) {
        const result = await verify(bytes);
        expect(['invalid', 'modified-after-signing']).toContain(result.verdict);
      }
    },
    60_000,
  );

  it('a batch exits with its most severe verdict', async () => {
    const good = write('good.pdf', fixture.signed);
    const bad = write('bad.pdf', overlayPage(fixture.signed, 0));
    expect((await cli(['verify', good, '--trust', trustFile])).code).toBe(0);
    expect((await cli(['verify', good])).code).toBe(3);
    expect((await cli(['verify', good, bad, '--trust', trustFile])).code).toBe(1);
    expect((await cli(['verify', good, bad, '--json'])).code).toBe(1);
    expect((await cli(['verify', good, '--extract-revision', 'x', 'out.pdf'])).code).toBe(2);
  });
});
