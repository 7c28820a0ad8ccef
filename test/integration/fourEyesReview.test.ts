import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../assessments/api/dispatch';
import { applyTimestampResponse, timestampRequest } from '../../assessments/signing/timestampLater';
import { verifyPdf } from '../../assessments/verify/verifyPdf';
import { cli } from '../helpers/cliRun';
import { unwrapEnvelope as value } from '../helpers/envelope';
import { overlayPage } from '../helpers/incrementalUpdates';
import { createOpensslTsa, hasOpenssl } from '../helpers/opensslTsa';
import { reportWorkspace, type ReportWorkspace } from '../helpers/reportWorkspace';
import { useTempDir } from '../helpers/tempDir';
import { missingTools } from '../helpers/tools';

const has = (tool: string) => missingTools([tool]).length === 0;

/**
 * Four eyes on real reports: the assessor's certified export, then two reviewers countersigning
 * into the reserved boxes through `report.countersign`, one concurring and one not. Every signature
 * verifies with Assay and with pdfsig, each reviewer's conclusion is signed and shown, and nothing
 * laundered in between passes.
 */
describe.skipIf(!has('pdfsig'))('a certified report countersigned by two reviewers', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let ws: ReportWorkspace;
  const anchors: X509Certificate[] = [];
  const fingerprints: string[] = [];
  let report: string;

  const identity = async (name: string) => {
    const { fingerprint } = await value<{ fingerprint: string }>(
      dispatch(ws.handlers, 'identity.create', {
        name,
        organisation: 'Export Control Office',
        email: 'x@example.org',
      }),
    );
    const { pem } = await value<{ pem: string }>(
      dispatch(ws.handlers, 'identity.exportCertificate', { fingerprint }),
    );
    anchors.push(new X509Certificate(pem));
    fingerprints.push(fingerprint);
    return fingerprint;
  };

  beforeAll(async () => {
    tmp = useTempDir();
    ws = await reportWorkspace(tmp.path);
    const assessor = await identity('Dr. Lena Brandt');
    await identity('Reviewer One');
    await identity('Reviewer Two');
    report = join(tmp.path, 'certified.pdf');
    await value(
      dispatch(ws.handlers, 'report.export', {
        assessmentId: ws.assessmentId,
        identity: assessor,
        locale: 'en',
        path: report,
      }),
    );
  }, 180_000);
  afterAll(() => {
    ws.session.lock();
    tmp.cleanup();
  });

  it('both reviewers sign into the reserved boxes; every signature holds, each conclusion is signed', async () => {
    const first = join(tmp.path, 'reviewed-1.pdf');
    const second = join(tmp.path, 'reviewed-2.pdf');
    const one = await value<{ field: string }>(
      dispatch(ws.handlers, 'report.countersign', {
        identity: fingerprints[1],
        path: report,
        outPath: first,
        conclusion: 'concur',
        comment: 'Conditions adequate; end-use check within 6 months.',
      }),
    );
    expect(one.field).toBe('Reviewer1');
    const two = await value<{ field: string }>(
      dispatch(ws.handlers, 'report.countersign', {
        identity: fingerprints[2],
        path: first,
        outPath: second,
        conclusion: 'do-not-concur',
        comment: 'The end user’s oversight body is not independent.',
      }),
    );
    expect(two.field).toBe('Reviewer2');

    const bytes = readFileSync(second);
    const result = await verifyPdf(bytes, { trustAnchors: anchors });
    expect(result.verdict, result.summary.join('\n')).toBe('valid');
    expect(result.signatures.map((s) => [s.role, s.status, s.signer?.fingerprint])).toEqual([
      ['assessor', 'valid', fingerprints[0]],
      ['countersigner', 'valid', fingerprints[1]],
      ['countersigner', 'valid', fingerprints[2]],
    ]);
    expect(result.signatures[0]?.certification).toEqual({ permissions: 2 });
    expect(result.signatures[1]?.conclusion?.reason).toMatch(/concur/);
    expect(result.signatures[2]?.conclusion?.reason).toMatch(/do not concur/);
    expect(result.revisions.changes.filter((c) => c.verdict === 'disallowed')).toEqual([]);

    const pdfsig = execFileSync('pdfsig', [second], { encoding: 'utf8' });
    expect(pdfsig.match(/Signature is Valid\./g)).toHaveLength(3);

    // No third box: a further countersignature is refused with the reason.
    const refused = await dispatch(ws.handlers, 'report.countersign', {
      identity: fingerprints[1],
      path: second,
      outPath: join(tmp.path, 'reviewed-3.pdf'),
      conclusion: 'concur',
    });
    expect(refused.ok).toBe(false);

    // The regulator's command line agrees, trusting all three.
    const trust = join(tmp.path, 'trusted.pem');
    writeFileSync(trust, anchors.map((a) => a.toString()).join(''));
    const { code, stdout } = await cli(['verify', second, '--trust', trust]);
    expect(code, stdout).toBe(0);
  });

  it.skipIf(!hasOpenssl)(
    'certified, countersigned twice and timestamped later by a real TSA: valid with the signers and the TSA trusted',
    async () => {
      const reviewed = readFileSync(join(tmp.path, 'reviewed-2.pdf'));
      const tsa = createOpensslTsa();
      try {
        const request = timestampRequest(reviewed);
        const stamped = applyTimestampResponse(reviewed, tsa.replyToRequest(request));
        const result = await verifyPdf(stamped, { trustAnchors: anchors, tsaAnchors: [tsa.root] });
        expect(result.verdict, result.summary.join('\n')).toBe('valid');
        expect(result.signatures.map((s) => s.role)).toEqual([
          'assessor',
          'countersigner',
          'countersigner',
          'timestamp',
        ]);
        expect(result.signatures[3]?.timestampAuthority?.trusted).toBe(true);
        const file = join(tmp.path, 'stamped.pdf');
        writeFileSync(file, stamped);
        // poppler validates the three signatures; it does not validate RFC 3161 document timestamps.
        expect(
          execFileSync('pdfsig', [file], { encoding: 'utf8' }).match(/Signature is Valid\./g),
        ).toHaveLength(3);
      } finally {
        tsa.cleanup();
      }
    },
  );

  it('a page changed between the assessor and the reviewer is not laundered by the countersignature', async () => {
    const tampered = join(tmp.path, 'tampered.pdf');
    writeFileSync(tampered, overlayPage(readFileSync(report), 0));
    const refused = await dispatch(ws.handlers, 'report.countersign', {
      identity: fingerprints[1],
      path: tampered,
      outPath: join(tmp.path, 'tampered-reviewed.pdf'),
      conclusion: 'concur',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/modified/);
  });
});
