import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOpensslTsa,
  hasFaketime,
  hasOpenssl,
  skipNote,
  type OpensslTsa,
} from '../../test/helpers/opensslTsa';
import { signedTestReport, type SignedFixture } from '../../test/helpers/signingFixtures';
import { useTempDir } from '../../test/helpers/tempDir';
import { timestampRequest } from '../signing/timestampLater';
import { cli, toPem } from '../../test/helpers/cliRun';

describe.skipIf(!hasOpenssl || !hasFaketime)(
  `assay timestamp request and apply${skipNote('openssl', 'faketime')}`,
  () => {
    let tmp: ReturnType<typeof useTempDir>;
    let tsa: OpensslTsa;
    let fixture: SignedFixture;
    const path = (name: string) => join(tmp.path, name);

    beforeAll(async () => {
      tmp = useTempDir();
      tsa = createOpensslTsa({ issuedAt: '2015-06-01 00:00:00', days: 7300 });
      fixture = await signedTestReport(12);
      writeFileSync(path('signed.pdf'), fixture.signed);
      writeFileSync(path('unsigned.pdf'), fixture.unsigned);
      writeFileSync(path('signer.pem'), toPem(fixture.identity.certificate));
      writeFileSync(path('tsa.pem'), tsa.root.toString());
    }, 120_000);
    afterAll(() => {
      tsa.cleanup();
      tmp.cleanup();
    });

    it('writes the request, applies the response, and the result verifies with the TSA trusted', async () => {
      const requested = await cli(['timestamp', 'request', path('signed.pdf'), '--out', path('req.tsq')]);
      expect(requested, requested.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(requested.stdout).toMatch(/Wrote the time-stamp request for .*signed\.pdf to .*req\.tsq/);
      expect(readFileSync(path('req.tsq')).equals(timestampRequest(fixture.signed))).toBe(true);

      const response = tsa.replyToRequest(readFileSync(path('req.tsq')), { faketime: '2026-03-01 12:00:00' });
      writeFileSync(path('resp.tsr'), response);
      const applied = await cli([
        'timestamp',
        'apply',
        path('signed.pdf'),
        path('resp.tsr'),
        '--out',
        path('stamped.pdf'),
      ]);
      expect(applied, applied.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(applied.stdout).toContain(
        'document timestamp by CN=Assay Test TSA, O=Assay Test stating 2026-03-01T12:00:00.000Z',
      );

      const verified = await cli([
        'verify',
        path('stamped.pdf'),
        '--trust',
        path('signer.pem'),
        '--trust-tsa',
        path('tsa.pem'),
      ]);
      expect(verified.code, verified.stdout).toBe(0);
      expect(verified.stdout).toContain(
        '(timestamp, revision 3) by TSA Assay Test TSA, proven time 2026-03-01T12:00:00.000Z: valid.',
      );
    });

    it('never overwrites: an existing output is refused by name (exit 2)', async () => {
      writeFileSync(path('taken.tsq'), 'mine');
      const refused = await cli(['timestamp', 'request', path('signed.pdf'), '--out', path('taken.tsq')]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`${path('taken.tsq')} already exists`);
      expect(readFileSync(path('taken.tsq'), 'utf8')).toBe('mine');

      writeFileSync(path('taken.pdf'), 'mine');
      writeFileSync(path('any.tsr'), 'x');
      const apply = await cli([
        'timestamp',
        'apply',
        path('signed.pdf'),
        path('any.tsr'),
        '--out',
        path('taken.pdf'),
      ]);
      expect(apply.code).toBe(2);
      expect(apply.stderr).toContain(`${path('taken.pdf')} already exists`);
    });

    it('refuses a response made for another file (exit 1) and writes nothing', async () => {
      const other = tsa.replyToRequest(timestampRequest(fixture.unsigned), {
        faketime: '2026-03-01 12:00:00',
      });
      writeFileSync(path('other.tsr'), other);
      const refused = await cli([
        'timestamp',
        'apply',
        path('signed.pdf'),
        path('other.tsr'),
        '--out',
        path('wrong.pdf'),
      ]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /The response cannot be applied to .*signed\.pdf: the token timestamps SHA-256/,
      );
      expect(refused.stderr).toContain('another file, or for another revision');
      expect(existsSync(path('wrong.pdf'))).toBe(false);
    });

    it('says what is missing on the command line (exit 2), and names an unreadable input', async () => {
      expect((await cli(['timestamp', 'request', path('signed.pdf')])).stderr).toContain('Missing --out');
      expect((await cli(['timestamp', 'apply', path('signed.pdf'), '--out', path('x.pdf')])).code).toBe(2);
      expect((await cli(['timestamp', 'sign'])).stderr).toContain(
        '"assay timestamp request" or "assay timestamp apply"',
      );
      const missing = await cli(['timestamp', 'request', path('nope.pdf'), '--out', path('nope.tsq')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`Cannot read ${path('nope.pdf')}`);
      const notPdf = await cli(['timestamp', 'request', path('signer.pem'), '--out', path('pem.tsq')]);
      expect(notPdf.code).toBe(1);
      expect(notPdf.stderr).toContain('cannot be timestamped');
    });
  },
);
