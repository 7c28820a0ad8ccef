import { verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reverseSignedAttributes } from '../../test/helpers/cmsSurgery';
import { signPdfExternally, withNonZeroPadding } from '../../test/helpers/externalSignature';
import {
  createOpensslPki,
  hasOpenssl,
  OPENSSL_MISSING,
  type CmsSignOptions,
  type OpensslPki,
  type PkiIdentity,
} from '../../test/helpers/opensslPki';
import { buildEmbeddedAssessment, renderTestReport } from '../../test/helpers/signingFixtures';
import { checkSignature, type SignatureCheckOptions } from './checkSignature';
import { parseSignedData } from './cms/parseSignedData';
import { PdfDocument } from './pdf/pdfDocument';
import { Budget } from './pdf/pdfValues';
import type { SignatureVerification } from './verificationSchema';

type SubFilter = 'ETSI.CAdES.detached' | 'adbe.pkcs7.detached';

const statuses = (result: SignatureVerification, id: string) =>
  result.checks.filter((check) => check.id === id).map((check) => check.status);
const keysOf = (result: SignatureVerification, id: string) =>
  result.checks.filter((check) => check.id === id).map((check) => check.key);

const withOpenssl = hasOpenssl ? describe : describe.skip;

withOpenssl(
  `BER signatures made by openssl cms -sign -stream${hasOpenssl ? '' : ` (skipped: ${OPENSSL_MISSING})`}`,
  () => {
    let pki: OpensslPki;
    let unsigned: Buffer;
    beforeAll(async () => {
      pki = createOpensslPki();
      unsigned = await renderTestReport(buildEmbeddedAssessment(7));
    }, 120_000);
    afterAll(() => pki.cleanup());

    async function signWith(
      signer: PkiIdentity,
      options: CmsSignOptions = {},
      subFilter: SubFilter = 'adbe.pkcs7.detached',
    ) {
      let cms: Buffer = Buffer.alloc(0);
      const signed = await signPdfExternally(
        unsigned,
        (data) => {
          cms = pki.signCms(data, signer, options);
          return cms;
        },
        { subFilter },
      );
      return { signed, cms };
    }

    function check(
      signed: Buffer,
      options: Partial<SignatureCheckOptions> = {},
    ): Promise<SignatureVerification> {
      const [candidate] = new PdfDocument(signed, new Budget(32_000_000, 256 * 1024 * 1024))
        .signatureCandidates;
      if (!candidate) throw new Error('no signature dictionary');
      return checkSignature(signed, candidate, 0, {
        anchors: [],
        now: new Date(),
        role: 'first',
        ...options,
      });
    }

    it('verifies indefinite-length BER, trusted with the self-signed certificate as anchor', async () => {
      const signer = pki.selfSigned('BER Signer');
      const { signed, cms } = await signWith(signer, { cades: true });
      expect([cms[0], cms[1]]).toEqual([0x30, 0x80]);
      expect(cms.includes(Buffer.from([0xa0, 0x80, 0x30, 0x80]))).toBe(true);

      const untrusted = await check(signed);
      expect(untrusted.status, JSON.stringify(untrusted.checks)).toBe('valid-untrusted');
      expect(statuses(untrusted, 'sub-filter')).toEqual(['warn']);
      expect(statuses(untrusted, 'signing-certificate')).toEqual(['pass']);

      const trusted = await check(signed, { anchors: [signer.x509] });
      expect(trusted.status).toBe('valid');
      expect(trusted.trusted).toBe(true);
      expect(trusted.signer?.fingerprint).toBe(signer.x509.fingerprint256.replace(/:/g, '').toLowerCase());
      expect(keysOf(trusted, 'revocation')).toEqual(['sigRevocationAnchor']);
    });

    it('reads ETSI.CAdES.detached from openssl too', async () => {
      const signer = pki.selfSigned('CAdES Signer');
      const { signed } = await signWith(signer, { cades: true }, 'ETSI.CAdES.detached');
      const result = await check(signed, { anchors: [signer.x509] });
      expect(result.status).toBe('valid');
      expect(statuses(result, 'sub-filter')).toEqual(['pass']);
    });

    it('without signing-certificate-v2: a failure for the first signature, a warning for a later one', async () => {
      const signer = pki.selfSigned('Plain Signer');
      const { signed } = await signWith(signer);
      const first = await check(signed, { anchors: [signer.x509] });
      expect(first.status).toBe('invalid');
      expect(keysOf(first, 'signing-certificate')).toEqual(['sigSigningCertificateMissing']);
      const later = await check(signed, { anchors: [signer.x509], role: 'later' });
      expect(later.status).toBe('valid');
      expect(keysOf(later, 'signing-certificate')).toEqual(['sigSigningCertificateMissingLater']);
      expect(statuses(later, 'signing-certificate')).toEqual(['warn']);
    });

    it('finds a signer named by subjectKeyIdentifier', async () => {
      const signer = pki.selfSigned('Keyid Signer');
      const { signed, cms } = await signWith(signer, { cades: true, keyid: true });
      expect(parseSignedData(cms).signerInfos[0]?.sid).toHaveProperty('keyId');
      expect((await check(signed, { anchors: [signer.x509] })).status).toBe('valid');
    });

    it('verifies ECDSA P-256 and RSASSA-PSS signatures', async () => {
      const ec = pki.selfSigned('EC Signer', 'ec');
      const ecResult = await check((await signWith(ec, { cades: true })).signed, { anchors: [ec.x509] });
      expect(ecResult.status).toBe('valid');
      expect(ecResult.checks.find((c) => c.id === 'signature')?.params).toEqual({
        algorithm: 'ECDSA with SHA-256',
      });

      const rsa = pki.selfSigned('PSS Signer');
      const pss = await check((await signWith(rsa, { cades: true, pss: true })).signed, {
        anchors: [rsa.x509],
      });
      expect(pss.status).toBe('valid');
      expect(pss.checks.find((c) => c.id === 'signature')?.params).toEqual({
        algorithm: 'RSASSA-PSS with SHA-256',
      });
    });

    it('trusts a leaf through the intermediate the signature carries, with only the root as anchor', async () => {
      const leaf = pki.issueLeaf('Chained Signer');
      const { signed } = await signWith(leaf, { cades: true, certfile: [pki.intermediate] });
      const result = await check(signed, { anchors: [pki.root.x509] });
      expect(result.status, JSON.stringify(result.checks)).toBe('valid');
      expect(result.checks.find((c) => c.id === 'trust')?.params).toEqual({
        chain: 'CN=Chained Signer → CN=Assay Test Intermediate CA → CN=Assay Test Root CA',
      });
      // No CRL or OCSP response was given: neither the leaf nor the intermediate is checked.
      expect(keysOf(result, 'revocation')).toEqual(['sigRevocationNotChecked', 'sigRevocationNotChecked']);
      expect(statuses(result, 'revocation')).toEqual(['warn', 'warn']);
      // Without the intermediate there is no path to the root.
      const bare = await signWith(leaf, { cades: true });
      const untrusted = await check(bare.signed, { anchors: [pki.root.x509] });
      expect(untrusted.status).toBe('valid-untrusted');
      expect(keysOf(untrusted, 'trust')).toEqual(['sigTrustNoPath']);
    });

    it('fails a signer whose certificate a CRL from openssl ca -gencrl revokes', async () => {
      const leaf = pki.issueLeaf('Revoked Signer');
      const { signed } = await signWith(leaf, { cades: true, certfile: [pki.intermediate] });
      const before = await check(signed, { anchors: [pki.root.x509], crls: [pki.crl()] });
      expect(before.status).toBe('valid');
      expect(keysOf(before, 'revocation')).toEqual(['sigRevocationGoodCrl', 'sigRevocationNotChecked']);

      pki.revoke(leaf);
      const after = await check(signed, { anchors: [pki.root.x509], crls: [pki.crl()] });
      expect(after.status).toBe('invalid');
      const revoked = after.checks.find((c) => c.id === 'revocation');
      expect(revoked?.status).toBe('fail');
      expect(revoked?.key).toBe('sigRevokedCrl');
      expect(revoked?.params).toMatchObject({ subject: 'CN=Revoked Signer', reason: 'keyCompromise' });
    });

    it('refuses non-zero bytes after the BER structure in /Contents', async () => {
      const signer = pki.selfSigned('Padding Signer');
      const { signed, cms } = await signWith(signer, { cades: true });
      expect((await check(signed, { anchors: [signer.x509] })).status).toBe('valid');
      const result = await check(withNonZeroPadding(signed, cms.length), { anchors: [signer.x509] });
      expect(result.status).toBe('invalid');
      expect(keysOf(result, 'cms')).toEqual(['sigCmsTrailingBytes']);
    });

    it('refuses signed attributes that are not DER, even when the signature covers those very bytes', async () => {
      const signer = pki.selfSigned('Unsorted Signer');
      let cms: Buffer = Buffer.alloc(0);
      const signed = await signPdfExternally(
        unsigned,
        (data) => {
          cms = reverseSignedAttributes(pki.signCms(data, signer, { cades: true }), signer.keyPath);
          return cms;
        },
        { subFilter: 'ETSI.CAdES.detached' },
      );
      const [info] = parseSignedData(cms).signerInfos;
      if (!info?.signedAttributes) throw new Error('no signed attributes');
      expect(verify('sha256', info.signedAttributes, signer.x509.publicKey, info.signatureValue)).toBe(true);
      const result = await check(signed, { anchors: [signer.x509] });
      expect(result.status).toBe('invalid');
      expect(keysOf(result, 'cms')).toEqual(['sigSignedAttributesNotDer']);
    });

    it('refuses a SHA-1 digest', async () => {
      const signer = pki.selfSigned('SHA1 Signer');
      const result = await check((await signWith(signer, { cades: true, md: 'sha1' })).signed, {
        anchors: [signer.x509],
      });
      expect(result.status).toBe('invalid');
      expect(result.checks.find((c) => c.id === 'digest')).toMatchObject({
        status: 'fail',
        key: 'sigDigestAlgorithmRefused',
        params: { algorithm: 'SHA-1' },
      });
    });
  },
);
