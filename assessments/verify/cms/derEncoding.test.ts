import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasOpenssl, OPENSSL_MISSING } from '../../../test/helpers/opensslPki';
import { useTempDir } from '../../../test/helpers/tempDir';
import { createSelfSignedCertificate } from '../../signing/selfSignedCertificate';
import { readBerElement, readWholeBer, type BerBlock } from './berValues';
import { derEncodingOf, isDerEncoded } from './derEncoding';

const hex = (text: string) => Buffer.from(text.replace(/\s/g, ''), 'hex');

describe('DER encoding of values read from BER', () => {
  it('accepts DER as it is', () => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const certificate = createSelfSignedCertificate(
      { name: 'A', organisation: 'B', email: 'c@example.org' },
      keys,
      {
        notBefore: new Date('2025-01-01T00:00:00Z'),
        notAfter: new Date('2030-01-01T00:00:00Z'),
      },
    );
    expect(isDerEncoded(certificate)).toBe(true);
    expect(isDerEncoded(hex('31 06 02 01 01 02 01 02'))).toBe(true);
  });

  it.each([
    ['an indefinite length', '31 80 02 01 01 00 00', '31 03 02 01 01'],
    ['a long-form length under 128', '30 81 03 02 01 01', '30 03 02 01 01'],
    ['a SET OF out of order', '31 06 02 01 02 02 01 01', '31 06 02 01 01 02 01 02'],
    ['an OCTET STRING in segments', '24 80 04 01 aa 04 01 bb 00 00', '04 02 aa bb'],
    ['a BOOLEAN true other than FF', '01 01 01', '01 01 ff'],
    ['an INTEGER with a redundant leading byte', '02 02 00 01', '02 01 01'],
    ['a BIT STRING with set unused bits', '03 02 06 c1', '03 02 06 c0'],
  ])('refuses %s, and re-encodes it as DER', (_what, ber, der) => {
    expect(isDerEncoded(hex(ber))).toBe(false);
    expect(derEncodingOf(readWholeBer(hex(ber)) as BerBlock).toString('hex')).toBe(hex(der).toString('hex'));
  });

  it('refuses what is not one whole element', () => {
    expect(isDerEncoded(hex('02 01 01 00'))).toBe(false);
    expect(isDerEncoded(hex('30 05 02 01'))).toBe(false);
  });

  it('refuses an element whose length runs past its container, which asn1js alone would read', () => {
    expect(() => readBerElement(hex('30 03 30 03 02 01 01'))).toThrow(/runs past/);
    expect(() => readBerElement(hex('30 09 30 03 30 03 02 01 01 02 01 05'))).toThrow(/runs past/);
    expect(() => readBerElement(hex('30 80 30 03 30 03 02 01 01 00 00'))).toThrow(/runs past/);
    expect(readBerElement(hex('30 80 30 03 02 01 01 00 00 ff')).end).toBe(9);
    expect(readBerElement(hex('30 07 30 80 02 01 01 00 00')).end).toBe(9);
  });
});

const withOpenssl = hasOpenssl ? describe : describe.skip;

withOpenssl(
  `DER re-encoding compared with openssl's${hasOpenssl ? '' : ` (skipped: ${OPENSSL_MISSING})`}`,
  () => {
    let tmp: ReturnType<typeof useTempDir>;
    beforeAll(() => {
      tmp = useTempDir();
    });
    afterAll(() => tmp.cleanup());

    it('gives the bytes openssl writes when it re-encodes a streamed (BER) CMS', () => {
      const file = (name: string) => join(tmp.path, name);
      const run = (args: string[]) => execFileSync('openssl', args, { cwd: tmp.path, stdio: 'pipe' });
      run([
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'k.pem',
        '-out',
        'c.pem',
        '-subj',
        '/CN=T',
        '-days',
        '2',
      ]);
      writeFileSync(file('in.bin'), Buffer.alloc(5000, 7));
      run(
        [
          'cms',
          '-sign',
          '-binary',
          '-stream',
          '-nodetach',
          '-cades',
          '-in',
          'in.bin',
          '-signer',
          'c.pem',
        ].concat(['-inkey', 'k.pem', '-outform', 'DER', '-out', 'ber.der']),
      );
      run([
        'cms',
        '-cmsout',
        '-inform',
        'DER',
        '-in',
        'ber.der',
        '-outform',
        'DER',
        '-noindef',
        '-out',
        'der.der',
      ]);
      const ber = readFileSync(file('ber.der'));
      const der = readFileSync(file('der.der'));
      expect(ber[1]).toBe(0x80);
      expect(isDerEncoded(ber)).toBe(false);
      expect(derEncodingOf(readWholeBer(ber) as BerBlock).equals(der)).toBe(true);
    });
  },
);
