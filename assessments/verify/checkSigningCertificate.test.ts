import { createHash, generateKeyPairSync, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import { AlgorithmIdentifier, Attribute, Certificate } from 'pkijs';
import { describe, expect, it } from 'vitest';
import { OID } from './cms/oids';
import { createSelfSignedCertificate } from '../signing/selfSignedCertificate';
import { Checks } from './checks';
import { checkSigningCertificate } from './checkSigningCertificate';
import type { CmsCertificate } from './cms/parseSignedData';

const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const validity = { notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2030-01-01T00:00:00Z') };
const der = createSelfSignedCertificate(
  { name: 'ESS', organisation: 'O', email: 'e@example.org' },
  keys,
  validity,
);
const signer: CmsCertificate = {
  der,
  pkijs: new Certificate({ schema: asn1js.fromBER(der).result }),
  x509: new X509Certificate(der),
};

/** SigningCertificate(V2) ::= SEQUENCE { certs SEQUENCE OF ESSCertID(v2) } with one certificate hash. */
function essAttribute(type: string, hash: Buffer, hashAlgorithm?: string): Attribute {
  const algorithm = hashAlgorithm ? [new AlgorithmIdentifier({ algorithmId: hashAlgorithm }).toSchema()] : [];
  const certId = new asn1js.Sequence({ value: [...algorithm, new asn1js.OctetString({ valueHex: hash })] });
  const value = new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [certId] })] });
  return new Attribute({ type, values: [asn1js.fromBER(value.toBER()).result] });
}

function run(attributes: Attribute[], role: 'first' | 'later' = 'first') {
  const checks = new Checks();
  checkSigningCertificate(new Map(attributes.map((a) => [a.type, a])), signer, role, checks);
  return checks.list.map((check) => [check.status, check.key]);
}

const sha1 = createHash('sha1').update(der).digest();
const sha256 = createHash('sha256').update(der).digest();
const sha512 = createHash('sha512').update(der).digest();

describe('checkSigningCertificate', () => {
  it('passes signing-certificate-v2 naming the signer, with the default or another SHA-2 hash', () => {
    expect(run([essAttribute(OID.signingCertificateV2, sha256)])).toEqual([
      ['pass', 'sigSigningCertificateMatches'],
    ]);
    expect(run([essAttribute(OID.signingCertificateV2, sha512, OID.sha512)])).toEqual([
      ['pass', 'sigSigningCertificateMatches'],
    ]);
  });

  it('fails signing-certificate-v2 naming another certificate or hashing with SHA-1', () => {
    expect(run([essAttribute(OID.signingCertificateV2, sha1.subarray(0, 20), OID.sha256)])).toEqual([
      ['fail', 'sigSigningCertificateMismatch'],
    ]);
    expect(run([essAttribute(OID.signingCertificateV2, sha1, OID.sha1)])).toEqual([
      ['fail', 'sigSigningCertificateHashRefused'],
    ]);
  });

  it('accepts the SHA-1 ESS signing-certificate (version 1) only with a warning', () => {
    expect(run([essAttribute(OID.signingCertificate, sha1)])).toEqual([
      ['warn', 'sigSigningCertificateV1Only'],
    ]);
    expect(run([essAttribute(OID.signingCertificate, Buffer.alloc(20))])).toEqual([
      ['fail', 'sigSigningCertificateMismatch'],
    ]);
    // Beside a matching version 2, a version 1 naming someone else still fails.
    expect(
      run([
        essAttribute(OID.signingCertificateV2, sha256),
        essAttribute(OID.signingCertificate, Buffer.alloc(20)),
      ]),
    ).toEqual([['fail', 'sigSigningCertificateMismatch']]);
  });

  it('fails a first signature without either attribute, and warns for a later one', () => {
    expect(run([])).toEqual([['fail', 'sigSigningCertificateMissing']]);
    expect(run([], 'later')).toEqual([['warn', 'sigSigningCertificateMissingLater']]);
  });

  it('fails an attribute it cannot read', () => {
    const broken = new Attribute({
      type: OID.signingCertificateV2,
      values: [new asn1js.Integer({ value: 1 })],
    });
    expect(run([broken])).toEqual([['fail', 'sigSigningCertificateUnreadable']]);
  });
});
