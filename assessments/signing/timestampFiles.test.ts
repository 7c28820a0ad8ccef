import { readFileSync, writeFileSync } from 'node:fs';
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
import { newSession, noTemplates, steppingClock } from '../../test/helpers/workspace';
import { dispatch, type Handlers } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import type { WorkspaceSession } from '../workspace/session';

describe.skipIf(!hasOpenssl || !hasFaketime)(
  `report.timestampRequest and report.timestampApply over the contract${skipNote('openssl', 'faketime')}`,
  () => {
    let tmp: ReturnType<typeof useTempDir>;
    let session: WorkspaceSession;
    let handlers: Handlers;
    let tsa: OpensslTsa;
    let fixture: SignedFixture;
    const path = (name: string) => join(tmp.path, name);

    beforeAll(async () => {
      tmp = useTempDir();
      const clock = steppingClock();
      session = newSession(tmp.path, clock);
      handlers = createHandlers({ session, clock, library: noTemplates() });
      tsa = createOpensslTsa({ issuedAt: '2015-06-01 00:00:00', days: 7300 });
      fixture = await signedTestReport(14);
      writeFileSync(path('signed.pdf'), fixture.signed);
    }, 120_000);
    afterAll(() => {
      session.lock();
      tsa.cleanup();
      tmp.cleanup();
    });

    it('needs no workspace, and refuses a response for other bytes or an existing output', async () => {
      const requested = await dispatch(handlers, 'report.timestampRequest', {
        path: path('signed.pdf'),
        outPath: path('req.tsq'),
      });
      expect(requested).toMatchObject({ ok: true, value: { path: path('req.tsq') } });
      if (!requested.ok) return;
      const { imprintSha256 } = requested.value as { imprintSha256: string };
      expect(imprintSha256).toMatch(/^[0-9a-f]{64}$/);

      const response = tsa.replyToRequest(readFileSync(path('req.tsq')), { faketime: '2026-03-01 12:00:00' });
      writeFileSync(path('resp.tsr'), response);
      const input = { path: path('signed.pdf'), responsePath: path('resp.tsr'), outPath: path('out.pdf') };
      expect(await dispatch(handlers, 'report.timestampApply', input)).toMatchObject({
        ok: true,
        value: {
          path: path('out.pdf'),
          genTime: '2026-03-01T12:00:00.000Z',
          tsaName: 'CN=Assay Test TSA, O=Assay Test',
        },
      });
      expect(await dispatch(handlers, 'report.timestampApply', input)).toMatchObject({
        ok: false,
        error: { code: 'conflict', details: { field: 'outPath' } },
      });
      // The timestamped file is another revision: the same response does not fit its placeholder.
      expect(
        await dispatch(handlers, 'report.timestampApply', {
          ...input,
          path: path('out.pdf'),
          outPath: path('again.pdf'),
        }),
      ).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { field: 'responsePath' } } });
      expect(
        await dispatch(handlers, 'report.timestampRequest', { path: path('signed.pdf'), outPath: ' ' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    });
  },
);
