import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPdf } from '../../assessments/signing/signPdf';
import { verifyPdf } from '../../assessments/verify/verifyPdf';
import { appendDocumentTimestamp } from '../helpers/documentTimestamp';
import { createOpensslPki, type OpensslPki } from '../helpers/opensslPki';
import { createOpensslTsa, hasFaketime, hasOpenssl, skipNote, type OpensslTsa } from '../helpers/opensslTsa';
import { signPdfWithSignatureTimestamp } from '../helpers/signatureTimestamp';
import {
  buildEmbeddedAssessment,
  certificateFingerprint,
  renderTestReport,
  signedTestReport,
  testSigningIdentity,
  TEST_SIGNATURE_RECT,
} from '../helpers/signingFixtures';
import { useTempDir } from '../helpers/tempDir';
import { cli } from '../helpers/cliRun';

const NOW = new Date('2026-06-01T00:00:00Z');

/**
 * Time evidence from a real RFC 3161 authority (`openssl ts`, its clock moved with faketime) and
 * revocation from a real CA (`openssl ca -gencrl`): a trusted timestamp turns a claimed time into a
 * proven one, so a report signed while its certificate was valid stays valid after it expires.
 */
describe.skipIf(!hasOpenssl || !hasFaketime)(
  `time and revocation evidence${!hasOpenssl || !hasFaketime ? ` (${skipNote('openssl', 'faketime')})` : ''}`,
  () => {
    let tmp: ReturnType<typeof useTempDir>;
    let tsa: OpensslTsa;
    let pki: OpensslPki;
    let tsaPem: string;
    const write = (name: string, bytes: Buffer | string) => {
      const path = join(tmp.path, name);
      writeFileSync(path, bytes);
      return path;
    };

    beforeAll(() => {
      tmp = useTempDir();
      tsa = createOpensslTsa({ issuedAt: '2015-06-01 00:00:00', days: 7300 });
      pki = createOpensslPki();
      tsaPem = write('tsa-root.pem', tsa.root.toString());
    }, 120_000);
    afterAll(() => {
      tsa.cleanup();
      pki.cleanup();
      tmp.cleanup();
    });

    it('a signature timestamp proves an expired certificate signed in time: valid, not indeterminate', async () => {
      const old = testSigningIdentity('Nadia Haddad', {
        notBefore: new Date('2015-01-01T00:00:00Z'),
        notAfter: new Date('2017-01-01T00:00:00Z'),
      });
      const doc = buildEmbeddedAssessment(3, undefined, certificateFingerprint(old.certificate));
      doc.generatedAt = '2016-03-01T09:00:00.000Z';
      const signed = await signPdfWithSignatureTimestamp(
        await renderTestReport(doc),
        old,
        {
          signingTime: new Date('2016-03-01T10:00:00Z'),
          reason: 'Human-rights impact assessment report',
          widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
        },
        (signatureValue) => tsa.timestamp(signatureValue, { faketime: '2016-03-01 10:05:00' }),
      );
      const anchors = [new X509Certificate(old.certificate)];
      const proven = await verifyPdf(signed, { trustAnchors: anchors, tsaAnchors: [tsa.root], now: NOW });
      expect(proven.verdict, proven.summary.join('\n')).toBe('valid');
      expect(proven.signatures[0]?.provenTime).toBe('2016-03-01T10:05:00.000Z');
      expect(proven.signatures[0]?.timestampAuthority?.trusted).toBe(true);
      // Without trusting the TSA the time is a claim again.
      const claimed = await verifyPdf(signed, { trustAnchors: anchors, now: NOW });
      expect(claimed.verdict).toBe('indeterminate');

      const file = write('b-t.pdf', signed);
      const signerPem = write('old.pem', anchors[0]?.toString() ?? '');
      expect((await cli(['verify', file, '--trust', signerPem, '--trust-tsa', tsaPem])).code).toBe(0);
      expect((await cli(['verify', file, '--trust', signerPem])).code).toBe(4);
    });

    it('a document timestamp added after signing is allowed and shown as the timestamp role', async () => {
      const fixture = await signedTestReport(4);
      const stamped = await appendDocumentTimestamp(fixture.signed, (bytes) =>
        tsa.timestamp(bytes, { faketime: '2026-03-01 12:00:00' }),
      );
      const result = await verifyPdf(stamped, {
        trustAnchors: [new X509Certificate(fixture.identity.certificate)],
        tsaAnchors: [tsa.root],
        now: NOW,
      });
      expect(result.verdict, result.summary.join('\n')).toBe('valid');
      expect(result.signatures.map((s) => [s.role, s.status])).toEqual([
        ['assessor', 'valid'],
        ['timestamp', 'valid'],
      ]);
      expect(result.revisions.changes.filter((c) => c.verdict === 'disallowed')).toEqual([]);
      // A later document timestamp over a changed page does not launder the change.
      const tampered = (await import('../helpers/incrementalUpdates')).overlayPage(fixture.signed, 0);
      const laundered = await appendDocumentTimestamp(tampered, (bytes) =>
        tsa.timestamp(bytes, { faketime: '2026-03-01 12:00:00' }),
      );
      expect((await verifyPdf(laundered, { tsaAnchors: [tsa.root], now: NOW })).verdict).toBe(
        'modified-after-signing',
      );
    });

    it('a signer certificate revoked in a CRL given with --crl is invalid', async () => {
      const leaf = pki.issueLeaf('Revoked Assessor');
      const identity = {
        certificate: leaf.der,
        chain: [pki.intermediate.der],
        privateKey: createPrivateKey(readFileSync(leaf.keyPath)),
        signerName: 'Revoked Assessor',
      };
      const doc = buildEmbeddedAssessment(5, undefined, certificateFingerprint(leaf.der));
      doc.generatedAt = new Date(Date.now() - 60_000).toISOString();
      const signed = await signPdf(await renderTestReport(doc), identity, {
        signingTime: new Date(),
        reason: 'Human-rights impact assessment report',
        widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
      });
      const file = write('revoked.pdf', signed);
      const rootPem = write('root.pem', new X509Certificate(pki.root.der).toString());
      expect((await cli(['verify', file, '--trust', rootPem])).code).toBe(0);
      pki.revoke(leaf);
      const crlDer = write('intermediate.crl', pki.crl());
      const run = await cli(['verify', file, '--trust', rootPem, '--crl', crlDer]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/revoked/i);
      const pem = `-----BEGIN X509 CRL-----\n${pki.crl().toString('base64')}\n-----END X509 CRL-----\n`;
      expect(
        (await cli(['verify', file, '--trust', rootPem, '--crl', write('intermediate.crl.pem', pem)])).code,
      ).toBe(1);
      expect(
        (await cli(['verify', file, '--crl', write('not-a-crl.pem', '-----BEGIN CERTIFICATE-----')])).code,
      ).toBe(2);
    });
  },
);
