import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { craftTimestampToken, type CraftOptions } from '../../../test/helpers/craftTimestampToken';
import { createOpensslTsa, hasOpenssl, type OpensslTsa, skipNote } from '../../../test/helpers/opensslTsa';
import { readTimestampToken } from './readTimestampToken';
import { expectCheck, expectMessagesRendered } from './testing/expectChecks';
import { verifyTimestampToken } from './verifyTimestampToken';

const DATA = Buffer.from('the signed byte ranges of a report');

describe.skipIf(!hasOpenssl)(
  `verifyTimestampToken on the token signature’s signed attributes${skipNote('openssl')}`,
  () => {
    let tsa: OpensslTsa;
    let token: Buffer;
    const craft = (signedAttributes: CraftOptions['signedAttributes']) =>
      craftTimestampToken({
        tstInfo: readTimestampToken(token).eContent,
        certificate: tsa.tsaCertificate.raw,
        privateKeyPem: tsa.tsaPrivateKeyPem,
        signedAttributes,
      });
    const verify = (input: Buffer) =>
      verifyTimestampToken(input, DATA, { tsaAnchors: [tsa.root], now: new Date() });

    beforeAll(() => {
      tsa = createOpensslTsa();
      token = tsa.timestamp(DATA);
    });
    afterAll(() => tsa?.cleanup());

    it('accepts a token built with PKI.js when its attributes are right (the control)', async () => {
      await expect(verify(await craft({}))).resolves.toMatchObject({ status: 'valid', trusted: true });
    });

    it('fails each missing or wrong signed attribute', async () => {
      const cases = [
        ['none', 'timestamp-signed-attributes', 'tsSignedAttributesMissing'],
        [
          { contentType: '1.2.840.113549.1.7.1' },
          'timestamp-signed-attributes',
          'tsContentTypeAttributeWrong',
        ],
        [{ signingCertificateHash: 'omit' }, 'timestamp-signing-certificate', 'tsSigningCertificateMissing'],
        [
          { signingCertificateHash: Buffer.alloc(32, 7) },
          'timestamp-signing-certificate',
          'tsSigningCertificateMismatch',
        ],
      ] as const;
      for (const [attributes, id, key] of cases) {
        const result = await verify(await craft(attributes));
        expect(result.status, key).toBe('invalid');
        expectCheck(result.checks, id, 'fail', key);
        expectMessagesRendered(result.checks);
      }
    });

    it('notices a TSA certificate swapped for an altered one with the same key', async () => {
      const swapped = Buffer.from(token);
      const at = swapped.indexOf(tsa.tsaCertificate.raw);
      expect(at).toBeGreaterThan(0);
      // The certificate's own signature: it still parses and its key still verifies the token.
      const last = at + tsa.tsaCertificate.raw.length - 1;
      swapped[last] = (swapped[last] as number) ^ 0x01;
      const result = await verify(swapped);
      expect(result).toMatchObject({ status: 'invalid', trusted: false });
      expectCheck(result.checks, 'timestamp-signing-certificate', 'fail', 'tsSigningCertificateMismatch');
      expectCheck(result.checks, 'timestamp-signature', 'pass', 'tsSignatureValid');
      expectCheck(result.checks, 'timestamp-tsa-chain', 'warn', 'tsTsaUntrusted');
    });
  },
);
