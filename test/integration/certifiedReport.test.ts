import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../assessments/api/dispatch';
import { reviewerBoxPositions } from '../../assessments/report/reviewerBoxes';
import { readNewestRevision, pageAt } from '../../assessments/signing/newestRevision';
import { decodeTextString } from '../../assessments/verify/pdf/embeddedFiles';
import { dictOf, isArray, isName, isRef, isString } from '../../assessments/verify/pdf/pdfValues';
import { verifyPdf } from '../../assessments/verify/verifyPdf';
import { unwrapEnvelope as value } from '../helpers/envelope';
import { fillReservedField } from '../helpers/fillReservedField';
import { overlayPage } from '../helpers/incrementalUpdates';
import { reportWorkspace, type ReportWorkspace } from '../helpers/reportWorkspace';
import { testSigningIdentity } from '../helpers/signingFixtures';
import { useTempDir } from '../helpers/tempDir';
import { missingTools, skipNote } from '../helpers/tools';

const missingCheckers = missingTools(['pdfsig', 'qpdf']);
const missingPdftotext = missingTools(['pdftotext']);

interface Exported {
  path: string;
  pageCount: number;
}

/** The form's fields of the newest revision by name, with their dictionaries and references. */
function fieldsByName(pdf: Buffer) {
  const base = readNewestRevision(pdf);
  const form = dictOf(base.view.get(base.catalog, 'AcroForm'));
  const fields = base.view.get(form, 'Fields');
  const out = new Map<string, { num: number; dict: NonNullable<ReturnType<typeof dictOf>> }>();
  for (const item of isArray(fields) ? fields.items : []) {
    const dict = dictOf(base.view.resolve(item));
    const title = dict?.entries.get('T');
    if (dict && isRef(item) && isString(title))
      out.set(decodeTextString(title.bytes), { num: item.num, dict });
  }
  return { base, fields: out };
}

describe('a certified report with reserved reviewer boxes', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let ws: ReportWorkspace;
  let fingerprint: string;
  let assessor: X509Certificate;
  const reviewer = testSigningIdentity('Reviewer One');
  const reviewerCert = new X509Certificate(reviewer.certificate);
  const reports = new Map<string, { bytes: Buffer; path: string; pageCount: number }>();
  const verify = (bytes: Buffer) => verifyPdf(bytes, { trustAnchors: [assessor, reviewerCert] });

  beforeAll(async () => {
    tmp = useTempDir();
    ws = await reportWorkspace(tmp.path);
    ({ fingerprint } = await value<{ fingerprint: string }>(
      dispatch(ws.handlers, 'identity.create', {
        name: 'Dr. Lena Brandt',
        organisation: 'Helvetic Sensors AG',
        email: 'lena.brandt@example.org',
      }),
    ));
    const { pem } = await value<{ pem: string }>(
      dispatch(ws.handlers, 'identity.exportCertificate', { fingerprint }),
    );
    assessor = new X509Certificate(pem);
    for (const locale of ['en', 'ar']) {
      const exported = await value<Exported>(
        dispatch(ws.handlers, 'report.export', {
          assessmentId: ws.assessmentId,
          identity: fingerprint,
          locale,
          path: join(tmp.path, `certified-${locale}.pdf`),
        }),
      );
      reports.set(locale, { ...exported, bytes: readFileSync(exported.path) });
    }
  }, 180_000);
  afterAll(() => {
    ws.session.lock();
    tmp.cleanup();
  });

  const report = (locale: string) => {
    const found = reports.get(locale);
    if (!found) throw new Error(`no ${locale} report`);
    return found;
  };

  it.skipIf(missingCheckers.length > 0).each(['en', 'ar'])(
    `%s: pdfsig and qpdf accept it, and the verifier shows a P=2 certification${skipNote(missingCheckers)}`,
    async (locale) => {
      const { path, bytes } = report(locale);
      const pdfsig = execFileSync('pdfsig', [path], { encoding: 'utf8' });
      expect(pdfsig).toContain('Signature is Valid.');
      expect(pdfsig).toContain('Total document signed');
      const qpdf = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
      expect(qpdf.stderr).toBe('');
      expect(qpdf.status).toBe(0);

      const { base } = fieldsByName(bytes);
      const perms = dictOf(base.view.get(base.catalog, 'Perms'));
      const docMdp = perms?.entries.get('DocMDP');
      const result = await verify(bytes);
      expect(result.verdict, result.summary.join('\n')).toBe('valid');
      expect(result.signatures[0]?.certification).toEqual({ permissions: 2 });
      expect(isRef(docMdp) && docMdp.num).toBe(result.signatures[0]?.objectNumber);
      expect(result.signatures[0]?.checks.map((c) => [c.status, c.key])).toContainEqual([
        'pass',
        'certFormFilling',
      ]);
    },
  );

  it.skipIf(missingPdftotext.length > 0).each(['en', 'ar'] as const)(
    `%s: two empty signature fields lie exactly over the drawn reviewer boxes${skipNote(missingPdftotext)}`,
    (locale) => {
      const { bytes, pageCount, path } = report(locale);
      const { base, fields } = fieldsByName(bytes);
      const lastPage = pageAt(base, pageCount - 1);
      const annots = base.view.get(lastPage.dict, 'Annots');
      const annotNums = isArray(annots) ? annots.items.filter(isRef).map((r) => r.num) : [];
      const boxes = reviewerBoxPositions(pageCount, locale === 'ar' ? 'rtl' : 'ltr');
      expect(boxes.map((b) => b.fieldName)).toEqual(['Reviewer1', 'Reviewer2']);
      for (const box of boxes) {
        const field = fields.get(box.fieldName);
        if (!field) throw new Error(`no field ${box.fieldName}`);
        expect(isName(field.dict.entries.get('FT'), 'Sig')).toBe(true);
        expect(field.dict.entries.has('V')).toBe(false);
        expect(field.dict.entries.get('F')).toBe(4);
        expect(dictOf(field.dict.entries.get('AP'))?.entries.has('N')).toBe(true);
        const rect = base.view.resolve(field.dict.entries.get('Rect'));
        const numbers = isArray(rect) ? rect.items.map(Number) : [];
        [box.x, box.y, box.x + box.width, box.y + box.height].forEach((expected, i) =>
          expect(numbers[i]).toBeCloseTo(expected, 3),
        );
        expect(annotNums).toContain(field.num);
      }
      // The drawn label of each box is inside its field's rectangle (pdftotext: origin top left).
      const html = execFileSync(
        'pdftotext',
        ['-bbox', '-f', String(pageCount), '-l', String(pageCount), path, '-'],
        { encoding: 'utf8' },
      );
      const words = [
        ...html.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g),
      ];
      const labelWord = locale === 'ar' ? /^[0-9٠-٩]$/ : /^[12]$/;
      const numbers = words.filter((w) => labelWord.test(w[5] ?? ''));
      for (const [i, box] of boxes.entries()) {
        const top = 841.89 - (box.y + box.height);
        const inside = numbers.some((w) => {
          const [x1, y1, x2, y2] = [w[1], w[2], w[3], w[4]].map(Number) as [number, number, number, number];
          return x1 >= box.x && x2 <= box.x + box.width && y1 >= top && y2 <= top + box.height;
        });
        expect(inside, `label ${i + 1} inside ${box.fieldName}`).toBe(true);
      }
    },
  );

  it.skipIf(missingCheckers.length > 0)(
    `stays valid when reviewers sign the reserved fields, also the way Acrobat rewrites them${skipNote(missingCheckers)}`,
    async () => {
      const { bytes } = report('en');
      const once = await fillReservedField(bytes, 'Reviewer1', reviewer);
      const first = await verify(once);
      expect(first.verdict, first.summary.join('\n')).toBe('valid');
      expect(first.signatures.map((s) => [s.role, s.certification?.permissions ?? null])).toEqual([
        ['assessor', 2],
        ['countersigner', null],
      ]);
      expect(first.revisions.changes.map((c) => c.key)).toContain('revSignatureFieldSigned');
      const twice = await fillReservedField(once, 'Reviewer2', testSigningIdentity('Reviewer Two'), {
        acrobatStyle: true,
        signingTime: new Date('2026-03-02T10:00:00Z'),
      });
      const second = await verifyPdf(twice);
      expect(second.verdict, second.summary.join('\n')).toBe('valid-untrusted');
      expect(second.revisions.changes.filter((c) => c.verdict !== 'allowed')).toEqual([]);
      expect(second.revisions.changes.map((c) => c.key)).toContain('revAppearanceReplaced');
      const file = join(tmp.path, 'countersigned.pdf');
      writeFileSync(file, twice);
      const pdfsig = execFileSync('pdfsig', [file], { encoding: 'utf8' });
      expect(pdfsig.match(/Signature is Valid\./g)).toHaveLength(3);
      expect(spawnSync('qpdf', ['--check', file]).status).toBe(0);
    },
    60_000,
  );

  it('is modified after signing when page content is added after the certification', async () => {
    const { bytes, pageCount } = report('en');
    const overlaid = overlayPage(bytes, pageCount - 1);
    expect((await verify(overlaid)).verdict).toBe('modified-after-signing');
    const laundered = await fillReservedField(overlaid, 'Reviewer1', reviewer);
    expect((await verify(laundered)).verdict).toBe('modified-after-signing');
  }, 60_000);
});
