import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appendReviewerFields } from '../../test/helpers/reviewerFields';
import {
  appendIncrementalUpdate,
  signedTestReport,
  type SignedFixture,
} from '../../test/helpers/signingFixtures';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { listAuditEvents, verifyAuditChain } from '../audit/auditLog';
import { verifyPdf } from '../verify/verifyPdf';
import type { WorkspaceSession } from '../workspace/session';
import { countersignReport } from './countersignReport';
import { createIdentity, loadSigningKey, type IdentityDeps } from './identityService';

const TOMAS = { name: 'Tomás Ortega', organisation: 'Licensing Review Board', email: 'tomas@example.org' };

describe('report.countersign', () => {
  let fixture: SignedFixture;
  let reserved: Buffer;
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let deps: IdentityDeps;
  let fingerprint: string;
  const input = (name: string, outName: string) => ({
    identity: fingerprint,
    path: join(tmp.path, name),
    outPath: join(tmp.path, outName),
    conclusion: 'concur' as const,
    comment: 'Screening and mitigation checked.',
  });

  beforeAll(async () => {
    fixture = await signedTestReport(9);
    reserved = appendReviewerFields(fixture.signed);
  }, 120_000);
  beforeEach(async () => {
    tmp = useTempDir();
    // After the fixture's signing time, so the verifier sees a past signature.
    const clock = steppingClock(Date.parse('2026-03-01T09:00:00.000Z'));
    session = newSession(tmp.path, clock);
    await session.create(TEST_PASSPHRASE, 'Tomás Ortega');
    deps = { ws: session.require(), clock };
    fingerprint = createIdentity(deps, TOMAS).fingerprint;
    writeFileSync(join(tmp.path, 'report.pdf'), reserved);
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  it('verifies, signs Reviewer1, writes the file and audits it in the reviewer’s workspace', async () => {
    const done = await countersignReport(deps, input('report.pdf', 'countersigned.pdf'));
    expect(done).toMatchObject({
      field: 'Reviewer1',
      conclusion: 'concur',
      assessmentId: fixture.assessment.assessment.id,
      inputVerdict: 'valid-untrusted',
    });
    const written = readFileSync(done.path);
    const result = await verifyPdf(written, {
      trustAnchors: [
        new X509Certificate(fixture.identity.certificate),
        new X509Certificate(loadSigningKey(deps, fingerprint).certificate),
      ],
      now: new Date('2026-06-01T00:00:00Z'),
    });
    expect(result.verdict, result.summary.join('\n')).toBe('valid');
    expect(result.signatures[1]?.conclusion).toEqual({
      commitment: 'approval',
      reason: 'Reviewed: concur — Screening and mitigation checked.',
    });
    const [event] = listAuditEvents(deps.ws.db, 'assessment', fixture.assessment.assessment.id);
    expect(event).toMatchObject({
      action: 'report.countersigned',
      actor: 'Tomás Ortega',
      payload: {
        outputSha256: done.sha256,
        conclusion: 'concur',
        comment: 'Screening and mitigation checked.',
        identity: fingerprint,
        field: 'Reviewer1',
      },
    });
    expect(event?.payload.inputSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyAuditChain(deps.ws.db).ok).toBe(true);

    // The second reviewer takes Reviewer2; a third finds no box left.
    const second = await countersignReport(deps, {
      ...input('countersigned.pdf', 'twice.pdf'),
      conclusion: 'do-not-concur',
    });
    expect(second.field).toBe('Reviewer2');
    await expect(countersignReport(deps, input('twice.pdf', 'thrice.pdf'))).rejects.toMatchObject({
      code: 'conflict',
      details: { problem: 'no-empty-reviewer-field' },
    });
  }, 60_000);

  it('refuses a report modified after signing, one without reviewer boxes, and an existing output', async () => {
    writeFileSync(join(tmp.path, 'modified.pdf'), appendIncrementalUpdate(reserved));
    await expect(countersignReport(deps, input('modified.pdf', 'out1.pdf'))).rejects.toThrow(
      /not countersigned: it was modified after it was signed \(verdict modified-after-signing\)/,
    );
    writeFileSync(join(tmp.path, 'plain.pdf'), fixture.signed);
    await expect(countersignReport(deps, input('plain.pdf', 'out2.pdf'))).rejects.toMatchObject({
      code: 'conflict',
      details: { problem: 'no-reviewer-field' },
    });
    writeFileSync(join(tmp.path, 'taken.pdf'), 'keep me');
    await expect(countersignReport(deps, input('report.pdf', 'taken.pdf'))).rejects.toThrow(/already exists/);
    expect(readFileSync(join(tmp.path, 'taken.pdf'), 'utf8')).toBe('keep me');
    writeFileSync(join(tmp.path, 'unsigned.pdf'), fixture.unsigned);
    await expect(countersignReport(deps, input('unsigned.pdf', 'out3.pdf'))).rejects.toThrow(
      /it carries no signature/,
    );
    for (const out of ['out1.pdf', 'out2.pdf', 'out3.pdf'])
      expect(existsSync(join(tmp.path, out))).toBe(false);
    expect(listAuditEvents(deps.ws.db, 'assessment', fixture.assessment.assessment.id)).toEqual([]);
  }, 60_000);
});
