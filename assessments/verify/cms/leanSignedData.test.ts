import { createHash, X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfSignedKeyPair } from '../../../test/helpers/signingFixtures';
import { createOpensslPki, hasOpenssl, type OpensslPki } from '../../../test/helpers/opensslPki';
import { buildCadesSignedData } from '../../signing/cms';
import { berNodeOf } from './berNodeValues';
import { readWholeBer } from './berValues';
import { certificateFields } from './certificateFields';
import { CmsFormatError } from './cmsFormatError';
import { readLeanSignedData } from './leanSignedData';
import { parseSignedData } from './parseSignedData';
import { parseSignedDataWithPkijs } from './pkijsSignedData';
import type { CmsCertificate, ParsedSignedData } from './signedDataTypes';
import { Certificate } from 'pkijs';

const hexOf = (value: unknown): string => berNodeOf(value)?.raw().toString('hex') ?? `(${typeof value})`;

/** Everything the checks read from a parsed SignedData, as text to compare. */
function summary(parsed: ParsedSignedData): unknown {
  return {
    eContentType: parsed.eContentType,
    detached: parsed.detached,
    certificates: parsed.certificates.map((cert) => cert.der.toString('hex')),
    crls: parsed.crls.map((crl) => crl.toString('hex')),
    ocsps: parsed.ocsps.map((ocsp) => ocsp.toString('hex')),
    signerInfos: parsed.signerInfos.map((info) => ({
      sid: Object.fromEntries(Object.entries(info.sid).map(([key, value]) => [key, value.toString('hex')])),
      digestAlgorithm: info.digestAlgorithm,
      signedAttributes: info.signedAttributes?.toString('hex') ?? null,
      attributes: info.attributes.map((attribute) => [attribute.type, ...attribute.values.map(hexOf)]),
      signatureAlgorithm: [
        info.signatureAlgorithm.algorithmId,
        hexOf(info.signatureAlgorithm.algorithmParams),
      ],
      signatureValue: info.signatureValue.toString('hex'),
      token: info.signatureTimestampToken?.toString('hex') ?? null,
    })),
  };
}

function outcome(parse: (bytes: Buffer) => ParsedSignedData, bytes: Buffer): unknown {
  try {
    return summary(parse(bytes));
  } catch (error) {
    if (error instanceof CmsFormatError) return { key: error.key, params: error.params };
    return { thrown: (error as Error).message };
  }
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

/** Byte changes aimed at what a schema looks at: tags, lengths, and a few bytes removed or added. */
function mutate(seed: Buffer, next: () => number): Buffer {
  let bytes = Buffer.from(seed);
  const tags = [0x00, 0x02, 0x04, 0x05, 0x06, 0x10, 0x24, 0x30, 0x31, 0x80, 0x81, 0xa0, 0xa1, 0xa3];
  for (let count = 1 + Math.floor(next() * 3); count > 0; count -= 1) {
    const at = Math.floor(next() * bytes.length);
    const kind = next();
    if (kind < 0.45) bytes[at] = tags[Math.floor(next() * tags.length)] as number;
    else if (kind < 0.7) bytes[at] = ((bytes[at] as number) + (next() < 0.5 ? 1 : 255)) & 0xff;
    else if (kind < 0.85) bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
    else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([0x05, 0x00]), bytes.subarray(at)]);
  }
  return bytes;
}

const identity = (type: 'rsa' | 'ec', name: string) => selfSignedKeyPair(type, name, 'l@example.org');

function assaySigned(type: 'rsa' | 'ec'): Buffer {
  const signer = identity(type, `Lean ${type}`);
  return buildCadesSignedData({
    contentDigest: createHash('sha256').update('ranges').digest(),
    signerCertificate: signer.certificate,
    chain: [identity('ec', 'Carried').certificate],
    privateKey: signer.keys.privateKey,
    commitment: 'do-not-concur',
  });
}

function readsLean(bytes: Buffer): boolean {
  try {
    return readLeanSignedData(bytes) !== null;
  } catch {
    return false;
  }
}

describe('the lean SignedData reader', () => {
  const samples: [string, Buffer][] = [
    ['RSA, as Assay signs', assaySigned('rsa')],
    ['ECDSA, as Assay signs', assaySigned('ec')],
  ];

  it.each(samples)('reads what Assay signs without PKI.js, to what PKI.js reads (%s)', (_what, cms) => {
    const lean = readLeanSignedData(cms);
    expect(lean).not.toBeNull();
    expect(summary(lean as ParsedSignedData)).toEqual(summary(parseSignedDataWithPkijs(cms)));
  });

  it.each(samples)('gives the answer PKI.js gives for altered encodings (%s)', (_what, cms) => {
    const next = random(cms.length);
    const differences: unknown[] = [];
    let leanRead = 0;
    for (let round = 0; round < 400; round += 1) {
      const bytes = mutate(cms, next);
      const expected = outcome(parseSignedDataWithPkijs, bytes);
      const actual = outcome(parseSignedData, bytes);
      if (readsLean(bytes)) leanRead += 1;
      if (JSON.stringify(expected) !== JSON.stringify(actual))
        differences.push({ bytes: bytes.toString('hex'), expected, actual });
    }
    expect(differences.slice(0, 2)).toEqual([]);
    // Most alterations a signature check meets still leave a plain encoding the lean reader takes.
    expect(leanRead).toBeGreaterThan(50);
  });

  it('reads certificate fields as PKI.js does, with or without its reading', () => {
    const { certificate } = identity('ec', 'Fields');
    const lean: CmsCertificate = { der: certificate, x509: new X509Certificate(certificate) };
    const pkijs = new Certificate({ schema: readWholeBer(certificate) });
    // Without bytes to read, the fields come from PKI.js's reading.
    const fromPkijs = certificateFields({ der: Buffer.alloc(0), x509: lean.x509, pkijs });
    const fromDer = certificateFields(lean);
    expect(
      [fromDer.issuer, fromDer.subject, fromDer.serial, fromDer.subjectKeyId()].map((b) => b.toString('hex')),
    ).toEqual(
      [fromPkijs.issuer, fromPkijs.subject, fromPkijs.serial, fromPkijs.subjectKeyId()].map((b) =>
        b.toString('hex'),
      ),
    );
  });
});

const withOpenssl = hasOpenssl ? describe : describe.skip;

withOpenssl('the lean SignedData reader on openssl cms output', () => {
  let pki: OpensslPki;
  beforeAll(() => {
    pki = createOpensslPki();
  });
  afterAll(() => pki.cleanup());

  it.each([
    ['streamed BER, issuer and serial', { cades: true }],
    ['subject key identifier', { cades: true, keyid: true }],
    ['RSASSA-PSS', { pss: true }],
    ['with an intermediate', { cades: true, certfile: 'intermediate' }],
  ] as const)('gives what PKI.js gives (%s)', (_what, options) => {
    const leaf = pki.issueLeaf('Lean Openssl', 'rsa');
    const { certfile, ...rest } = options as { certfile?: string };
    const cms = pki.signCms(Buffer.from('content'), leaf, {
      ...rest,
      ...(certfile ? { certfile: [pki.intermediate] } : {}),
    });
    expect(outcome(parseSignedData, cms)).toEqual(outcome(parseSignedDataWithPkijs, cms));
    const next = random(cms.length);
    for (let round = 0; round < 100; round += 1) {
      const bytes = mutate(cms, next);
      expect(outcome(parseSignedData, bytes)).toEqual(outcome(parseSignedDataWithPkijs, bytes));
    }
  });
});
