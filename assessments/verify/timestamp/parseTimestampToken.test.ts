import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOpensslTsa,
  hasOpenssl,
  TEST_TSA_POLICY,
  type OpensslTsa,
  skipNote,
} from '../../../test/helpers/opensslTsa';
import { parseTimestampToken } from './parseTimestampToken';
import { TimestampTokenError } from './readTimestampToken';

const DATA = Buffer.from('bytes to stamp');

describe.skipIf(!hasOpenssl)(`parseTimestampToken${skipNote('openssl')}`, () => {
  let tsa: OpensslTsa;
  beforeAll(() => {
    tsa = createOpensslTsa();
  });
  afterAll(() => tsa?.cleanup());

  it('reads genTime, serial, policy, imprint, accuracy and the TSA certificate', () => {
    const before = Date.now();
    const parsed = parseTimestampToken(tsa.timestamp(DATA, { hash: 'sha512' }));
    expect(Math.abs(parsed.genTime.getTime() - before)).toBeLessThan(60_000);
    expect(parsed).toMatchObject({
      policy: TEST_TSA_POLICY,
      imprint: {
        algorithmOid: '2.16.840.1.101.3.4.2.3',
        algorithm: 'SHA-512',
        hashHex: createHash('sha512').update(DATA).digest('hex'),
      },
      accuracySeconds: 1.5,
      tsaName: 'CN=Assay Test TSA, O=Assay Test',
    });
    expect(parsed.serialNumber).toMatch(/^[0-9a-f]+$/);
    expect(parsed.nonce).toMatch(/^[0-9a-f]+$/);
    expect(parsed.tsaCertificate?.raw.equals(tsa.tsaCertificate.raw)).toBe(true);
    // The root rides along in the token: carried, but not the TSA's own certificate.
    expect(parsed.certificates.map((cert) => cert.subject).sort()).toEqual(
      [tsa.root.subject, tsa.tsaCertificate.subject].sort(),
    );
  });

  it('gives each token its own serial number', () => {
    const [first, second] = [tsa.timestamp(DATA), tsa.timestamp(DATA)].map(parseTimestampToken);
    expect(first?.serialNumber).not.toBe(second?.serialNumber);
  });

  it('throws TimestampTokenError for what is not a token', () => {
    expect(() => parseTimestampToken(Buffer.from('nonsense'))).toThrow(TimestampTokenError);
    expect(() => parseTimestampToken(tsa.root.raw)).toThrow(TimestampTokenError);
  });
});
