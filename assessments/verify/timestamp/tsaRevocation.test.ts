import { afterEach, describe, expect, it } from 'vitest';
import {
  createOpensslTsa,
  hasFaketime,
  hasOpenssl,
  type OpensslTsa,
  skipNote,
} from '../../../test/helpers/opensslTsa';
import { expectCheck, expectMessagesRendered } from './testing/expectChecks';
import { verifyTimestampToken } from './verifyTimestampToken';

const DATA = Buffer.from('stamped bytes');

/** Revocation needs dates on both sides of genTime, so every case runs under faketime. */
describe.skipIf(!hasOpenssl || !hasFaketime)(
  `verifyTimestampToken with CRLs for the TSA${skipNote('openssl', 'faketime')}`,
  () => {
    const made: OpensslTsa[] = [];
    const newTsa = () => {
      const tsa = createOpensslTsa({ issuedAt: '2020-01-01 00:00:00', days: 7300 });
      made.push(tsa);
      return tsa;
    };
    afterEach(() => made.splice(0).forEach((tsa) => tsa.cleanup()));

    const verify = (current: OpensslTsa, token: Buffer, crls: Buffer[]) =>
      verifyTimestampToken(token, DATA, { tsaAnchors: [current.root], now: new Date(), crls });

    it('passes when a CRL issued after genTime does not list the TSA certificate', async () => {
      const current = newTsa();
      const token = current.timestamp(DATA, { faketime: '2024-03-01 10:00:00' });
      const result = await verify(current, token, [current.crl('2024-03-02 10:00:00')]);
      expect(result).toMatchObject({ status: 'valid', trusted: true });
      expectCheck(result.checks, 'timestamp-tsa-revocation', 'pass', 'tsTsaNotRevoked');
      expectMessagesRendered(result.checks);
    });

    it('warns when the only CRL is older than genTime', async () => {
      const current = newTsa();
      const crl = current.crl('2024-01-01 10:00:00');
      const token = current.timestamp(DATA, { faketime: '2024-03-01 10:00:00' });
      const result = await verify(current, token, [crl]);
      expect(result.status).toBe('valid');
      expectCheck(result.checks, 'timestamp-tsa-revocation', 'warn', 'tsRevocationListTooOld');
    });

    it('fails when the TSA certificate was revoked before genTime', async () => {
      const current = newTsa();
      current.revokeTsaCertificate('superseded', '2024-02-01 10:00:00');
      const token = current.timestamp(DATA, { faketime: '2024-03-01 10:00:00' });
      const result = await verify(current, token, [current.crl('2024-03-02 10:00:00')]);
      expect(result).toMatchObject({ status: 'invalid', trusted: false });
      expectCheck(result.checks, 'timestamp-tsa-revocation', 'fail', 'tsTsaRevoked', {
        reason: 'superseded',
      });
      expectMessagesRendered(result.checks);
    });

    it('keeps a token made before a later revocation, unless the key was compromised', async () => {
      const current = newTsa();
      const token = current.timestamp(DATA, { faketime: '2024-03-01 10:00:00' });
      current.revokeTsaCertificate('cessationOfOperation', '2024-04-01 10:00:00');
      const later = await verify(current, token, [current.crl('2024-04-02 10:00:00')]);
      expect(later.status).toBe('valid');
      expectCheck(later.checks, 'timestamp-tsa-revocation', 'warn', 'tsTsaRevokedAfterGenTime');

      const compromised = newTsa();
      const stamped = compromised.timestamp(DATA, { faketime: '2024-03-01 10:00:00' });
      compromised.revokeTsaCertificate('keyCompromise', '2024-04-01 10:00:00');
      const result = await verify(compromised, stamped, [compromised.crl('2024-04-02 10:00:00')]);
      expect(result.status).toBe('invalid');
      expectCheck(result.checks, 'timestamp-tsa-revocation', 'fail', 'tsTsaRevoked', {
        reason: 'keyCompromise',
      });
    });

    it('ignores CRLs from another issuer and unreadable ones', async () => {
      const [current, other] = [newTsa(), newTsa()];
      const token = current.timestamp(DATA);
      const result = await verify(current, token, [other.crl(), Buffer.from('not a crl')]);
      expect(result.status).toBe('valid');
      expectCheck(result.checks, 'timestamp-tsa-revocation', 'warn', 'tsRevocationListUnreadable', {
        index: 2,
      });
      expectCheck(result.checks, 'timestamp-tsa-revocation', 'warn', 'tsRevocationNoList');
    });
  },
);
