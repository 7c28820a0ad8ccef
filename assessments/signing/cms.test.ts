import { execFileSync } from 'node:child_process';
import { createHash, verify, X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfSignedKeyPair } from '../../test/helpers/signingFixtures';
import { hasOpenssl } from '../../test/helpers/opensslPki';
import { useTempDir } from '../../test/helpers/tempDir';
import { essCertIdMatch, readEssCertId } from '../verify/cms/essSigningCertificate';
import { isDerEncoded } from '../verify/cms/derEncoding';
import { parseSignedData } from '../verify/cms/parseSignedData';
import { attributesByType } from '../verify/cms/signedAttributes';
import { findSignerCertificate } from '../verify/cms/signerCertificate';
import { buildCadesSignedData } from './cms';
import { OID } from '../verify/cms/oids';

const identity = (type: 'rsa' | 'ec', name: string) => selfSignedKeyPair(type, name, 'a@example.org');

describe('buildCadesSignedData', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeAll(() => {
    tmp = useTempDir();
  });
  afterAll(() => tmp.cleanup());
  const content = Buffer.from('the signed byte ranges');
  const contentDigest = createHash('sha256').update(content).digest();

  it.each(['rsa', 'ec'] as const)('writes DER CAdES-detached with the PAdES B-B attributes (%s)', (type) => {
    const signer = identity(type, `Signer ${type}`);
    const extra = identity('ec', 'Carried Along').certificate;
    const cms = buildCadesSignedData({
      contentDigest,
      signerCertificate: signer.certificate,
      chain: [extra, signer.certificate],
      privateKey: signer.keys.privateKey,
    });
    expect(isDerEncoded(cms)).toBe(true);
    const parsed = parseSignedData(cms);
    expect(parsed.detached).toBe(true);
    expect(parsed.eContentType).toBe(OID.data);
    expect(parsed.certificates.map((c) => c.der)).toEqual([signer.certificate, extra].sort(Buffer.compare));
    const [info] = parsed.signerInfos;
    if (!info?.signedAttributes) throw new Error('no signed attributes');
    expect(info.sid).toHaveProperty('issuer');
    expect(info.digestAlgorithm).toBe(OID.sha256);
    expect(info.signatureAlgorithm.algorithmId).toBe(
      type === 'rsa' ? OID.rsaEncryption : OID.ecdsaWithSha256,
    );
    expect(info.attributes.map((a) => a.type).sort()).toEqual(
      [OID.contentType, OID.messageDigest, OID.signingCertificateV2].sort(),
    );
    expect(verify('sha256', info.signedAttributes, signer.keys.publicKey, info.signatureValue)).toBe(true);
    const cert = findSignerCertificate(info.sid, parsed.certificates);
    if (!cert) throw new Error('signer certificate not found');
    const ess = readEssCertId(
      attributesByType(info.attributes).get(OID.signingCertificateV2)?.values[0],
      'v2',
    );
    if (!ess) throw new Error('signing-certificate-v2 unreadable');
    expect(ess.issuerSerial).not.toBeNull();
    expect(essCertIdMatch(ess, 'v2', cert)).toBe('names-it');
  });

  it.skipIf(!hasOpenssl)('is verified by openssl cms, signing-certificate-v2 included', () => {
    const signer = identity('rsa', 'OpenSSL Checked');
    const file = (name: string) => join(tmp.path, name);
    writeFileSync(file('content.bin'), content);
    writeFileSync(file('signer.pem'), new X509Certificate(signer.certificate).toString());
    writeFileSync(
      file('cms.der'),
      buildCadesSignedData({
        contentDigest,
        signerCertificate: signer.certificate,
        chain: [],
        privateKey: signer.keys.privateKey,
      }),
    );
    const out = execFileSync(
      'openssl',
      [
        'cms',
        '-verify',
        '-cades',
        '-CAfile',
        'signer.pem',
        '-purpose',
        'any',
        '-binary',
        '-inform',
        'DER',
      ].concat(['-in', 'cms.der', '-content', 'content.bin', '-out', '/dev/null']),
      { cwd: tmp.path, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(out).toBe('');
    expect(() =>
      execFileSync(
        'openssl',
        ['cms', '-verify', '-cades', '-CAfile', 'signer.pem', '-purpose', 'any', '-binary'].concat([
          '-inform',
          'DER',
          '-in',
          'cms.der',
          '-content',
          'cms.der',
          '-out',
          '/dev/null',
        ]),
        { cwd: tmp.path, stdio: 'pipe' },
      ),
    ).toThrow(/digest failure|Verification failure/);
  });

  it('refuses a certificate that would not be embedded byte for byte', () => {
    const signer = identity('ec', 'Not DER');
    // A BER long-form length for the outer SEQUENCE: the same certificate, other bytes.
    const ber = Buffer.concat([Buffer.from([0x30, 0x83, 0x00]), signer.certificate.subarray(2)]);
    if (signer.certificate[1] !== 0x82) throw new Error('expected a two-byte length');
    expect(() =>
      buildCadesSignedData({
        contentDigest,
        signerCertificate: ber,
        chain: [],
        privateKey: signer.keys.privateKey,
      }),
    ).toThrow(/not DER-encoded/);
  });
});
