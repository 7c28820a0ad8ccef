import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import { PKIStatusInfo, TimeStampReq, TimeStampResp } from 'pkijs';
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
import { missingTools } from '../../test/helpers/tools';
import { signedRangeBytes } from '../verify/timestamp/checkDocumentTimestamp';
import { verifyPdf } from '../verify/verifyPdf';
import {
  applyTimestampResponse,
  DOCUMENT_TIMESTAMP_BYTES,
  timestampPlaceholder,
  timestampRequest,
} from './timestampLater';

const NOW = new Date('2026-06-01T00:00:00Z');
const GEN_TIME = '2026-03-01 12:00:00';
const missingPdfTools = missingTools(['pdfsig', 'qpdf']);
const skipped = !hasOpenssl || !hasFaketime || missingPdfTools.length > 0;
const skipReason = skipped
  ? `${skipNote('openssl', 'faketime')}${missingPdfTools.length > 0 ? ` (skipped: ${missingPdfTools.join(' and ')} not installed)` : ''}`
  : '';

/** What poppler and qpdf say about a file. */
function externalChecks(pdf: Buffer, dir: string) {
  const path = join(dir, `checked-${pdf.length}.pdf`);
  writeFileSync(path, pdf);
  return {
    pdfsig: spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout,
    qpdf: spawnSync('qpdf', ['--check', path], { encoding: 'utf8' }),
  };
}

/** A certificate (PEM) with a long comment, to make a token carrying it larger than 16 KiB. */
function paddingCertificatePem(dir: string): string {
  return execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      join(dir, 'padding.key'),
      '-subj',
      '/CN=Padding',
      '-days',
      '1',
      '-addext',
      `nsComment=${'x'.repeat(DOCUMENT_TIMESTAMP_BYTES + 1000)}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/** The request with a TSA policy the test TSA does not serve, which it answers with a rejection. */
function withUnknownPolicy(request: Buffer): Buffer {
  const parsed = new TimeStampReq({ schema: asn1js.fromBER(request).result });
  parsed.reqPolicy = '1.2.3.4.5';
  return Buffer.from(parsed.toSchema().toBER(false));
}

describe.skipIf(skipped)(`document timestamp added later from a .tsq/.tsr exchange${skipReason}`, () => {
  let tmp: ReturnType<typeof useTempDir>;
  let tsa: OpensslTsa;
  let fixture: SignedFixture;
  let anchors: { trustAnchors: X509Certificate[]; tsaAnchors: X509Certificate[]; now: Date };

  beforeAll(async () => {
    tmp = useTempDir();
    tsa = createOpensslTsa({ issuedAt: '2015-06-01 00:00:00', days: 7300 });
    fixture = await signedTestReport(11);
    anchors = {
      trustAnchors: [new X509Certificate(fixture.identity.certificate)],
      tsaAnchors: [tsa.root],
      now: NOW,
    };
  }, 120_000);
  afterAll(() => {
    tsa.cleanup();
    tmp.cleanup();
  });

  it('request, openssl ts -reply, apply: valid, the timestamp role, genTime as the TSA set it', async () => {
    const response = tsa.replyToRequest(timestampRequest(fixture.signed), { faketime: GEN_TIME });
    const stamped = applyTimestampResponse(fixture.signed, response);
    expect(stamped.subarray(0, fixture.signed.length).equals(fixture.signed)).toBe(true);

    const result = await verifyPdf(stamped, anchors);
    expect(result.verdict, result.summary.join('\n')).toBe('valid');
    expect(result.signatures.map((s) => [s.kind, s.role, s.status])).toEqual([
      ['signature', 'assessor', 'valid'],
      ['document-timestamp', 'timestamp', 'valid'],
    ]);
    expect(result.signatures[1]?.provenTime).toBe('2026-03-01T12:00:00.000Z');
    expect(result.revisions.changes.filter((c) => c.verdict !== 'allowed')).toEqual([]);

    const { pdfsig, qpdf } = externalChecks(stamped, tmp.path);
    expect(pdfsig).toMatch(/Signature #1:[\s\S]*Signature is Valid\./);
    expect(pdfsig).toContain('Signature Type: ETSI.CAdES.detached');
    expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);
    expect(qpdf.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('is deterministic: the same file gives the same placeholder and request bytes, with no nonce', () => {
    const first = timestampPlaceholder(fixture.signed);
    const again = timestampPlaceholder(Buffer.from(fixture.signed));
    expect(again.prepared.equals(first.prepared)).toBe(true);
    const request = timestampRequest(fixture.signed);
    expect(timestampRequest(Buffer.from(fixture.signed)).equals(request)).toBe(true);

    const text = first.prepared.toString('latin1', fixture.signed.length);
    expect(text).toContain('/Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161');
    expect(text).toContain(`/Contents <${'0'.repeat(DOCUMENT_TIMESTAMP_BYTES * 2)}>`);
    expect(text).not.toMatch(/\/M \(/);
    // Object numbers start at the trailer's /Size.
    const size = Number(/\/Size (\d+)/.exec(fixture.signed.toString('latin1').slice(-400))?.[1]);
    expect(text).toContain(`\n${size} 0 obj\n<<\n/Type /DocTimeStamp`);
    expect(signedRangeBytes(first.prepared, first.byteRange).length).toBe(
      first.prepared.length - (DOCUMENT_TIMESTAMP_BYTES * 2 + 2),
    );

    const parsed = new TimeStampReq({ schema: asn1js.fromBER(request).result });
    expect(parsed.nonce).toBeUndefined();
    expect(parsed.certReq).toBe(true);
    expect(parsed.messageImprint.hashAlgorithm.algorithmId).toBe('2.16.840.1.101.3.4.2.1');
    expect(Buffer.from(parsed.messageImprint.hashedMessage.getValue()).equals(first.digest)).toBe(true);
  });

  it('accepts a bare TimeStampToken (openssl ts -reply -token_out)', async () => {
    const { prepared, byteRange } = timestampPlaceholder(fixture.signed);
    const token = tsa.timestamp(signedRangeBytes(prepared, byteRange), { faketime: GEN_TIME });
    const result = await verifyPdf(applyTimestampResponse(fixture.signed, token), anchors);
    expect(result.verdict, result.summary.join('\n')).toBe('valid');
    expect(result.signatures[1]?.provenTime).toBe('2026-03-01T12:00:00.000Z');
  });

  it('refuses a response to the request of another file, or of another revision of this one', () => {
    const forUnsigned = tsa.replyToRequest(timestampRequest(fixture.unsigned), { faketime: GEN_TIME });
    expect(() => applyTimestampResponse(fixture.signed, forUnsigned)).toThrow(
      /the token timestamps SHA-256 [0-9a-f]{64}, not this file's timestamp placeholder .*another file, or for another revision/,
    );
  });

  it('refuses a rejection, saying the status and the failure info', () => {
    const response = tsa.replyToRequest(withUnknownPolicy(timestampRequest(fixture.signed)));
    expect(() => applyTimestampResponse(fixture.signed, response)).toThrow(
      /the TSA did not grant the timestamp: status rejection \(2\), failure info unacceptedPolicy/,
    );
  });

  it('refuses a granted response with no token', () => {
    const empty = new TimeStampResp({ status: new PKIStatusInfo({ status: 0 }) });
    const response = Buffer.from(empty.toSchema().toBER(false));
    expect(() => applyTimestampResponse(fixture.signed, response)).toThrow(/holds no token/);
  });

  it('refuses a token larger than the 16 KiB placeholder, naming both sizes', () => {
    const response = tsa.replyToRequest(timestampRequest(fixture.signed), {
      faketime: GEN_TIME,
      chainPem: paddingCertificatePem(tmp.path),
    });
    expect(() => applyTimestampResponse(fixture.signed, response)).toThrow(
      /the token is \d{5} bytes; a document timestamp here holds at most 16384/,
    );
  });

  it('refuses what is not a response at all', () => {
    expect(() => applyTimestampResponse(fixture.signed, Buffer.from('not der'))).toThrow(
      /not an RFC 3161 time-stamp response or token/,
    );
  });
});
