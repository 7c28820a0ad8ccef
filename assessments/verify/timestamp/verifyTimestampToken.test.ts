import { createHash, X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOpensslTsa,
  hasFaketime,
  hasOpenssl,
  type OpensslTsa,
  skipNote,
} from '../../../test/helpers/opensslTsa';
import { readTimestampToken } from './readTimestampToken';
import { expectCheck, expectMessagesRendered } from './testing/expectChecks';
import { verifyTimestampToken } from './verifyTimestampToken';

const DATA = Buffer.from('the signed byte ranges of a report');
/** The TSA's certificates are issued in 2020 (with faketime), so tokens can be dated from then. */
const ISSUED_AT = '2020-01-01 00:00:00';

describe.skipIf(!hasOpenssl)(`verifyTimestampToken with tokens from openssl ts${skipNote('openssl')}`, () => {
  let tsa: OpensslTsa;
  let token: Buffer;
  const now = () => new Date();
  const trusting = () => ({ tsaAnchors: [tsa.root], now: now() });

  beforeAll(() => {
    tsa = createOpensslTsa(hasFaketime ? { issuedAt: ISSUED_AT, days: 7300 } : {});
    token = tsa.timestamp(DATA);
  });
  afterAll(() => tsa?.cleanup());

  it('is valid and trusted with the TSA root as anchor', async () => {
    const before = Date.now();
    const result = await verifyTimestampToken(token, DATA, trusting());
    expectMessagesRendered(result.checks);
    expect(result.checks.filter((check) => check.status === 'fail')).toEqual([]);
    expect(result).toMatchObject({ status: 'valid', trusted: true });
    expect(Math.abs((result.genTime?.getTime() ?? 0) - before)).toBeLessThan(60_000);
    expect(result.tsa).toEqual({
      subject: tsa.tsaCertificate.subject,
      fingerprint: createHash('sha256').update(tsa.tsaCertificate.raw).digest('hex'),
    });
    for (const [id, key] of [
      ['timestamp-imprint', 'tsImprintMatches'],
      ['timestamp-signed-attributes', 'tsSignedAttributesMatch'],
      ['timestamp-signing-certificate', 'tsSigningCertificateMatches'],
      ['timestamp-signature', 'tsSignatureValid'],
      ['timestamp-tsa-usage', 'tsTsaUsageOk'],
      ['timestamp-tsa-validity', 'tsTsaValidAtGenTime'],
      ['timestamp-tsa-name', 'tsTsaNameMatches'],
      ['timestamp-tsa-chain', 'tsTsaTrusted'],
    ] as const)
      expectCheck(result.checks, id, 'pass', key);
    expectCheck(result.checks, 'timestamp-tsa-revocation', 'skip', 'tsRevocationNotChecked');
  });

  it('is trusted when the TSA certificate itself is the anchor', async () => {
    const result = await verifyTimestampToken(token, DATA, { tsaAnchors: [tsa.tsaCertificate], now: now() });
    expect(result).toMatchObject({ status: 'valid', trusted: true });
  });

  it('is valid but untrusted without an anchor, though the token carries its root', async () => {
    const none = await verifyTimestampToken(token, DATA, { tsaAnchors: [], now: now() });
    expect(none).toMatchObject({ status: 'valid-untrusted', trusted: false });
    expectCheck(none.checks, 'timestamp-tsa-chain', 'warn', 'tsTsaNoAnchors');

    const other = createOpensslTsa();
    try {
      const result = await verifyTimestampToken(token, DATA, { tsaAnchors: [other.root], now: now() });
      expect(result).toMatchObject({ status: 'valid-untrusted', trusted: false });
      expectCheck(result.checks, 'timestamp-tsa-chain', 'warn', 'tsTsaUntrusted');
      expectMessagesRendered(result.checks);
    } finally {
      other.cleanup();
    }
  });

  it('is invalid over other data (imprint mismatch)', async () => {
    const result = await verifyTimestampToken(token, Buffer.from('other bytes'), trusting());
    expect(result).toMatchObject({ status: 'invalid', trusted: false });
    expectCheck(result.checks, 'timestamp-imprint', 'fail', 'tsImprintMismatch', { algorithm: 'SHA-256' });
  });

  it('is invalid when a byte of the token is changed', async () => {
    // The imprint inside the TSTInfo: the content no longer matches its signed digest.
    const imprint = createHash('sha256').update(DATA).digest();
    const inContent = Buffer.from(token);
    const at = inContent.indexOf(imprint);
    expect(at).toBeGreaterThan(0);
    inContent[at + 5] = (inContent[at + 5] as number) ^ 0x01;
    const content = await verifyTimestampToken(inContent, DATA, trusting());
    expect(content.status).toBe('invalid');
    expectCheck(content.checks, 'timestamp-signed-attributes', 'fail', 'tsMessageDigestMismatch');

    // The last byte is the signature value's: the signature no longer verifies.
    const inSignature = Buffer.from(token);
    inSignature[inSignature.length - 1] = (inSignature[inSignature.length - 1] as number) ^ 0x01;
    const signature = await verifyTimestampToken(inSignature, DATA, trusting());
    expect(signature.status).toBe('invalid');
    expectCheck(signature.checks, 'timestamp-signature', 'fail', 'tsSignatureInvalid');
    expectMessagesRendered(signature.checks);
  });

  it('refuses a token signed by a certificate without a critical, time-stamping-only key usage', async () => {
    const cases = [
      ['non-critical', 'tsTsaUsageNotCritical'],
      ['absent', 'tsTsaUsageMissing'],
      ['with-other-purpose', 'tsTsaUsageOtherPurposes'],
    ] as const;
    for (const [keyUsage, key] of cases) {
      const result = await verifyTimestampToken(tsa.resignToken(token, { keyUsage }), DATA, trusting());
      expect(result.status, keyUsage).toBe('invalid');
      expectCheck(result.checks, 'timestamp-tsa-usage', 'fail', key);
      // Everything else about the re-signed token holds: the key usage alone makes it invalid.
      expect(result.checks.filter((check) => check.status === 'fail').map((check) => check.key)).toEqual([
        key,
      ]);
    }
    const control = await verifyTimestampToken(
      tsa.resignToken(token, { keyUsage: 'critical' }),
      DATA,
      trusting(),
    );
    expect(control).toMatchObject({ status: 'valid', trusted: true });
  });

  it('reads an indefinite-length (BER) token', async () => {
    const ber = tsa.resignToken(token, { keyUsage: 'critical', indefiniteLength: true });
    expect([...ber.subarray(0, 2)]).toEqual([0x30, 0x80]);
    const result = await verifyTimestampToken(ber, DATA, trusting());
    expect(result).toMatchObject({ status: 'valid', trusted: true });
  });

  it('checks SHA-384 and SHA-512 imprints and refuses SHA-1', async () => {
    for (const [hash, algorithm] of [
      ['sha384', 'SHA-384'],
      ['sha512', 'SHA-512'],
    ] as const) {
      const result = await verifyTimestampToken(tsa.timestamp(DATA, { hash }), DATA, trusting());
      expect(result.status).toBe('valid');
      expectCheck(result.checks, 'timestamp-imprint', 'pass', 'tsImprintMatches', { algorithm });
    }
    const sha1 = await verifyTimestampToken(tsa.timestamp(DATA, { hash: 'sha1' }), DATA, trusting());
    expect(sha1.status).toBe('invalid');
    expectCheck(sha1.checks, 'timestamp-imprint', 'fail', 'tsImprintAlgorithmRefused', {
      algorithm: 'SHA-1',
    });
  });

  it.skipIf(!hasFaketime)(
    `reports the genTime openssl was made to see with faketime${skipNote('faketime')}`,
    async () => {
      const dated = tsa.timestamp(DATA, { faketime: '2024-05-06 07:08:09' });
      const result = await verifyTimestampToken(dated, DATA, trusting());
      expect(result.status).toBe('valid');
      expect(result.genTime?.toISOString()).toBe('2024-05-06T07:08:09.000Z');

      // Before the TSA certificate was issued: the TSA could not have stamped then.
      const tooEarly = tsa.timestamp(DATA, { faketime: '2019-06-01 12:00:00' });
      const early = await verifyTimestampToken(tooEarly, DATA, trusting());
      expect(early.status).toBe('invalid');
      expectCheck(early.checks, 'timestamp-tsa-validity', 'fail', 'tsTsaNotValidAtGenTime');
    },
  );

  it('refuses a genTime later than now', async () => {
    const result = await verifyTimestampToken(token, DATA, {
      tsaAnchors: [tsa.root],
      now: new Date(Date.now() - 86_400_000),
    });
    expect(result.status).toBe('invalid');
    expectCheck(result.checks, 'timestamp-time', 'fail', 'tsGenTimeInFuture');
  });

  it('never throws on garbage, truncation or trailing bytes', async () => {
    const inputs = [
      Buffer.alloc(0),
      Buffer.from('not a token'),
      token.subarray(0, token.length - 40),
      Buffer.concat([token, Buffer.from([0])]),
      tsa.root.raw,
    ];
    for (const input of inputs) {
      const result = await verifyTimestampToken(input, DATA, trusting());
      expect(result).toMatchObject({ status: 'invalid', trusted: false, genTime: null, tsa: null });
      expectCheck(result.checks, 'timestamp-token', 'fail', 'tsTokenUnreadable');
      expectMessagesRendered(result.checks);
    }
  });

  it('never calls a token valid once a byte of its TSTInfo or signed attributes changes', async () => {
    const { eContent, signerInfo } = readTimestampToken(token);
    // The signed attributes as the token holds them: [0] instead of SET, so from the content on.
    const signedAttributes = Buffer.from(
      new Uint8Array(signerInfo.signedAttrs?.encodedValue ?? new ArrayBuffer(0)),
    );
    const signed = [
      [token.indexOf(eContent), eContent.length],
      [token.indexOf(signedAttributes.subarray(2)), 40],
    ] as const;
    for (const [start, length] of signed) {
      expect(start).toBeGreaterThan(0);
      for (let at = start; at < start + length; at += 3) {
        const altered = Buffer.from(token);
        altered[at] = (altered[at] as number) ^ 0x10;
        const result = await verifyTimestampToken(altered, DATA, trusting());
        expect(result.status, `byte ${at}`).toBe('invalid');
      }
    }
  });
});

describe.skipIf(!hasOpenssl)(`verifyTimestampToken with other TSA set-ups${skipNote('openssl')}`, () => {
  it('verifies ECDSA tokens with the ESS signing-certificate (v1) attribute', async () => {
    const tsa = createOpensslTsa({ keyType: 'ec', essCertId: 'v1' });
    try {
      const result = await verifyTimestampToken(tsa.timestamp(DATA), DATA, {
        tsaAnchors: [tsa.root],
        now: new Date(),
      });
      expect(result).toMatchObject({ status: 'valid', trusted: true });
      expectCheck(result.checks, 'timestamp-signing-certificate', 'pass', 'tsSigningCertificateMatches', {
        attribute: 'signing-certificate',
      });
    } finally {
      tsa.cleanup();
    }
  });

  it('finds a TSA certificate the token leaves out among the anchors', async () => {
    const tsa = createOpensslTsa();
    try {
      const token = tsa.timestamp(DATA, { withCertificates: false });
      const bare = await verifyTimestampToken(token, DATA, { tsaAnchors: [tsa.root], now: new Date() });
      expect(bare.status).toBe('invalid');
      expectCheck(bare.checks, 'timestamp-tsa-certificate', 'fail', 'tsTsaCertificateMissing');
      const pinned = [new X509Certificate(tsa.tsaCertificate.raw)];
      const result = await verifyTimestampToken(token, DATA, { tsaAnchors: pinned, now: new Date() });
      expect(result).toMatchObject({ status: 'valid', trusted: true });
    } finally {
      tsa.cleanup();
    }
  });
});
