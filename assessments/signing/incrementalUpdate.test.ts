import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOpensslTsa,
  hasFaketime,
  hasOpenssl,
  skipNote,
  type OpensslTsa,
} from '../../test/helpers/opensslTsa';
import { hybridPdf, rewriteWith } from '../../test/helpers/pdfRewrites';
import {
  signedTestReport,
  TEST_SIGNATURE_RECT,
  type SignedFixture,
} from '../../test/helpers/signingFixtures';
import { useTempDir } from '../../test/helpers/tempDir';
import { missingTools } from '../../test/helpers/tools';
import { Budget, isName, isRef } from '../verify/pdf/pdfValues';
import { readRevisions } from '../verify/pdf/revisions';
import { verifyPdf } from '../verify/verifyPdf';
import { serializePdfValue } from './pdfSerialize';
import { signPdf } from './signPdf';
import { appendSignaturePlaceholder } from './signatureUpdate';
import { applyTimestampResponse, timestampRequest } from './timestampLater';

const NOW = new Date('2026-06-01T00:00:00Z');
const missingPdfTools = missingTools(['pdfsig', 'qpdf']);
const skipped = !hasOpenssl || !hasFaketime || missingPdfTools.length > 0;
const skipReason = skipped
  ? `${skipNote('openssl', 'faketime')}${missingPdfTools.length > 0 ? ` (skipped: ${missingPdfTools.join(' and ')} not installed)` : ''}`
  : '';

const newest = (pdf: Buffer) => {
  const { revisions } = readRevisions(pdf, new Budget(16_000_000, 64 * 1024 * 1024));
  return { count: revisions.length, last: revisions[revisions.length - 1] };
};

const placeholderOptions = {
  signingTime: new Date('2026-02-01T10:00:00Z'),
  reason: 'Test',
  signerName: 'Test',
  contentsBytes: 64,
  widget: { pageIndex: 0, rect: [10, 10, 50, 30] as [number, number, number, number] },
};

describe('incremental updates after each kind of cross-reference', () => {
  it('ends an update after a classic table with a classic table', async () => {
    const { unsigned } = await signedTestReport(5);
    const updated = appendSignaturePlaceholder(unsigned, placeholderOptions);
    expect(newest(updated)).toMatchObject({ count: 2, last: { kind: 'table' } });
  });

  it('ends an update after a hybrid file with a table, reading the page tree through its /XRefStm', () => {
    const updated = appendSignaturePlaceholder(hybridPdf(), placeholderOptions);
    const { count, last } = newest(updated);
    expect(count).toBe(2);
    expect(last?.kind).toBe('table');
    const update = updated.toString('latin1', hybridPdf().length);
    expect(update).toContain('/Resources 4 0 R /Annots [8 0 R]');
    // The classic layout, pinned byte for byte: signed reports of earlier releases were written so.
    expect(update).toMatch(
      /\nendobj\nxref\n1 1\n0000001310 00000 n \n3 1\n0000001208 00000 n \n7 1\n0000000626 00000 n \n8 1\n0000000956 00000 n \n9 1\n0000001094 00000 n \ntrailer\n<<\/Size 10 \/Root 1 0 R \/Prev 409>>\nstartxref\n1399\n%%EOF\n$/,
    );
  });

  it.skipIf(missingPdfTools.includes('qpdf'))(
    'ends an update after a cross-reference stream with a stream: /Prev, /Root, /Info, /ID kept, offsets right',
    async () => {
      const { unsigned } = await signedTestReport(5);
      const packed = rewriteWith(unsigned, 'qpdf', ['--object-streams=generate']);
      const before = newest(packed).last;
      expect(before?.kind).toBe('stream');
      // The catalog (with the form the update changes) lives in an object stream.
      const root = before?.trailer.entries.get('Root');
      expect(before?.entries.get(isRef(root) ? root.num : -1)?.kind).toBe('compressed');
      const updated = appendSignaturePlaceholder(packed, {
        ...placeholderOptions,
        widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
      });
      // readRevisions checks that every entry points at the definition of its object.
      const { count, last } = newest(updated);
      expect(count).toBe(2);
      expect(last?.kind).toBe('stream');
      const trailer = last?.trailer.entries;
      expect(isName(trailer?.get('Type'), 'XRef')).toBe(true);
      expect(trailer?.get('Prev')).toBe(before?.xrefOffset);
      for (const key of ['Root', 'Info', 'ID']) {
        const [now, then] = [trailer?.get(key), before?.trailer.entries.get(key)];
        expect(now === undefined ? key : serializePdfValue(now)).toBe(
          then === undefined ? '' : serializePdfValue(then),
        );
      }
      expect(trailer?.get('Size')).toBe(Math.max(...(last?.entries.keys() ?? [])) + 1);
      expect(updated.subarray(0, packed.length).equals(packed)).toBe(true);
    },
  );
});

describe.skipIf(skipped)(
  `a report rewritten with object streams, signed, then timestamped${skipReason}`,
  () => {
    let tmp: ReturnType<typeof useTempDir>;
    let tsa: OpensslTsa;
    let fixture: SignedFixture;

    beforeAll(async () => {
      tmp = useTempDir();
      tsa = createOpensslTsa({ issuedAt: '2015-06-01 00:00:00', days: 7300 });
      fixture = await signedTestReport(6);
    }, 120_000);
    afterAll(() => {
      tsa.cleanup();
      tmp.cleanup();
    });

    const externalChecks = (pdf: Buffer, name: string) => {
      const path = join(tmp.path, name);
      writeFileSync(path, pdf);
      return {
        pdfsig: spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout,
        qpdf: spawnSync('qpdf', ['--check', path], { encoding: 'utf8' }),
      };
    };

    it('both the signature and the document timestamp verify; qpdf and pdfsig agree', async () => {
      const packed = rewriteWith(fixture.unsigned, 'qpdf', ['--object-streams=generate']);
      expect(packed.toString('latin1')).toContain('/ObjStm');
      const signed = await signPdf(packed, fixture.identity, {
        signingTime: new Date('2026-02-01T10:00:00Z'),
        reason: 'Human-rights impact assessment report',
        widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
      });
      const anchors = {
        trustAnchors: [new X509Certificate(fixture.identity.certificate)],
        tsaAnchors: [tsa.root],
        now: NOW,
      };
      const signedResult = await verifyPdf(signed, anchors);
      expect(signedResult.verdict, signedResult.summary.join('\n')).toBe('valid');
      const signedChecks = externalChecks(signed, 'signed.pdf');
      expect(signedChecks.pdfsig).toContain('Signature is Valid.');
      expect(signedChecks.qpdf.status, signedChecks.qpdf.stderr).toBe(0);

      const response = tsa.replyToRequest(timestampRequest(signed), { faketime: '2026-03-01 12:00:00' });
      const stamped = applyTimestampResponse(signed, response);
      expect(newest(stamped)).toMatchObject({ count: 3, last: { kind: 'stream' } });
      const result = await verifyPdf(stamped, anchors);
      expect(result.verdict, result.summary.join('\n')).toBe('valid');
      expect(result.signatures.map((s) => [s.role, s.status])).toEqual([
        ['assessor', 'valid'],
        ['timestamp', 'valid'],
      ]);
      expect(result.signatures[1]?.provenTime).toBe('2026-03-01T12:00:00.000Z');
      const { pdfsig, qpdf } = externalChecks(stamped, 'stamped.pdf');
      expect(pdfsig).toMatch(/Signature #1:[\s\S]*Signature is Valid\./);
      expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);
      expect(qpdf.stdout).toContain('No syntax or stream encoding errors found');
    });
  },
);
