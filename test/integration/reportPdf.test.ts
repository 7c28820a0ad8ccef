import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FontMetrics } from '../../assessments/report/bidi/fontMetrics';
import { buildReportDefinition } from '../../assessments/report/buildReportDefinition';
import {
  collectReport,
  embeddedAssessmentJson,
  type CollectedReport,
} from '../../assessments/report/collectReport';
import { parseVerificationLines, verificationFacts } from '../../assessments/verify/embeddedAssessment';
import { ParagraphLayout } from '../../assessments/report/bidi/layoutParagraph';
import { groupedFingerprint } from '../../assessments/report/layout/fingerprint';
import { createReportContext } from '../../assessments/report/layout/reportContext';
import { renderReport } from '../../assessments/report/renderReportPdf';
import { signatureBoxPosition, type ReportSigner } from '../../assessments/report/signatureBox';
import { reportString } from '../../assessments/report/strings';
import type { Locale } from '../../assessments/questionnaire/templateSchema';
import { reportWorkspace, type ReportWorkspace } from '../helpers/reportWorkspace';
import { useTempDir } from '../helpers/tempDir';
import { missingTools } from '../helpers/tools';

const TITLE = 'الطلب رقم 2024-17 من شركة ACME Ltd';
const RATIONALE =
  'رُفض الطلب رقم 2024-17 من شركة ACME Ltd لأن المستخدم النهائي استخدم أدوات الاختراق ضد صحفيين ومدافعين عن حقوق الإنسان.';
const SIGNER: ReportSigner = {
  name: 'Dr. Lena Brandt',
  organisation: 'Acme Export Compliance GmbH',
  email: 'lena.brandt@example.org',
  fingerprint: '3f:a9:'.repeat(15) + '0c:7e',
  signingTime: '2026-01-15T10:00:00Z',
};

const tools = ['qpdf', 'pdftotext', 'pdfdetach', 'pdfinfo', 'pdffonts'];
const missing = missingTools(tools);

interface Rendered {
  report: CollectedReport;
  file: string;
  pdf: Buffer;
  pageCount: number;
}

/**
 * Text as pdftotext gives it back, for comparison: bidi controls and marks removed, NFC, no
 * whitespace (where lines wrap is layout). Every glyph reads as the letters it was shaped from,
 * so Arabic compares letter for letter.
 */
function normalise(text: string): string {
  return text
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .normalize('NFC')
    .replace(/\s+/g, '');
}

describe.skipIf(missing.length > 0)(
  `rendered reports${missing.length ? ` (needs ${missing.join(', ')})` : ''}`,
  () => {
    let tmp: ReturnType<typeof useTempDir>;
    let workspace: ReportWorkspace;
    const fonts = new FontMetrics();
    const rendered = new Map<Locale, Rendered>();

    async function render(locale: Locale, collected?: CollectedReport): Promise<Rendered> {
      const report = collected ?? collectReport(workspace.deps, workspace.assessmentId, locale);
      const definition = buildReportDefinition(report.doc, {
        locale,
        signer: SIGNER,
        auditTrail: report.auditTrail,
        fonts,
      });
      const { pdf, pageCount } = await renderReport(definition, embeddedAssessmentJson(report.doc));
      const file = join(tmp.path, `report-${locale}.pdf`);
      writeFileSync(file, pdf);
      return { report, file, pdf, pageCount };
    }

    const text = (file: string, ...args: string[]) =>
      execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

    beforeAll(async () => {
      tmp = useTempDir();
      workspace = await reportWorkspace(tmp.path, { title: TITLE, rationale: RATIONALE });
      for (const locale of ['en', 'ar'] as const) rendered.set(locale, await render(locale));
    }, 300_000);
    afterAll(() => {
      workspace?.session.lock();
      tmp?.cleanup();
    });

    const get = (locale: Locale): Rendered => {
      const found = rendered.get(locale);
      if (!found) throw new Error(`no ${locale} report`);
      return found;
    };

    it.each(['en', 'ar'] as const)('%s: qpdf finds no errors and no warnings', (locale) => {
      const result = spawnSync('qpdf', ['--check', get(locale).file], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('No syntax or stream encoding errors found');
      expect(result.status).toBe(0);
    });

    it.each(['en', 'ar'] as const)('%s: assessment.json is attached byte-exact', (locale) => {
      const { file, report } = get(locale);
      const out = join(tmp.path, `detached-${locale}`);
      execFileSync('mkdir', ['-p', out]);
      expect(execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' })).toMatch(
        /1 embedded files\n1: assessment\.json/,
      );
      execFileSync('pdfdetach', ['-saveall', '-o', out, file]);
      expect(readFileSync(join(out, 'assessment.json'), 'utf8')).toBe(embeddedAssessmentJson(report.doc));
    });

    it.each(['en', 'ar'] as const)(
      '%s: the cover prints the verification facts, read back unchanged',
      (locale) => {
        const { file, report } = get(locale);
        const parsed = parseVerificationLines(text(file, '-f', '1', '-l', '1'));
        expect(parsed.conflicts).toEqual([]);
        expect(parsed.facts).toEqual(verificationFacts(report.doc));
      },
    );

    it.each(['en', 'ar'] as const)('%s: declares PDF/A-3b, its language and embeds every font', (locale) => {
      const { file, pdf } = get(locale);
      expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
      expect(pdf.toString('latin1')).toContain(`/Lang (${locale})`);
      // No structure tree is written, so nothing may claim one (no /MarkInfo /Marked true).
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+no\n/);
      expect(pdf.toString('latin1')).not.toMatch(/\/MarkInfo|\/StructTreeRoot/);
      const meta = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
      expect(meta).toMatch(/<pdfaid:part>3<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
      const fontsTable = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(fontsTable.length).toBeGreaterThan(0);
      for (const row of fontsTable) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
    });

    // poppler picks one direction per page: on pages where Latin text dominates (the cover's hashes,
    // the audit table) it writes lines in visual order wrapped in embedding controls, so the
    // sentences checked here are from the Arabic pages (summary, decision).
    it('ar: pdftotext gives the Arabic sentences in logical order', () => {
      const { file, report } = get('ar');
      const all = normalise(text(file));
      const sentences = [
        RATIONALE,
        reportString('ar', 'summary.text', {
          tier: reportString('ar', `tier.${report.doc.result.tier}`),
          recommendation: reportString('ar', `rec.${report.doc.result.recommendation}`),
        }),
        reportString('ar', 'summary.notification'),
        reportString('ar', 'decision.computed'),
      ];
      for (const sentence of sentences) expect(all).toContain(normalise(sentence));
      // The same words backwards must not be there: the order really is logical.
      expect(all).not.toContain(normalise(RATIONALE.split(' ').reverse().join(' ')));
    });

    it.each(['en', 'ar'] as const)(
      '%s: the signature block sits in the box the signer is told about',
      (locale) => {
        const { file, pageCount } = get(locale);
        expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(
          new RegExp(`Pages:\\s+${pageCount}\\n`),
        );
        const box = signatureBoxPosition(pageCount, locale === 'ar' ? 'rtl' : 'ltr');
        expect(box.pageIndex).toBe(pageCount - 1);
        const html = text(file, '-bbox', '-f', String(pageCount), '-l', String(pageCount));
        const pageHeight = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(html)?.[1]);
        const words = [
          ...html.matchAll(
            /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
          ),
        ];
        const email = words.find((word) => word[5]?.includes('lena.brandt@example.org'));
        expect(email, 'the signer e-mail on the last page').toBeDefined();
        const [xMin, yMin, xMax, yMax] = (email ?? []).slice(1, 5).map(Number) as [
          number,
          number,
          number,
          number,
        ];
        // pdftotext measures from the top; PDF user space from the bottom.
        expect(xMin).toBeGreaterThan(box.x);
        expect(xMax).toBeLessThan(box.x + box.width);
        expect(pageHeight - yMax).toBeGreaterThan(box.y);
        expect(pageHeight - yMin).toBeLessThan(box.y + box.height);
        // Everything inside the box is the block's own text; nothing straddles its border.
        const ctx = createReportContext(locale, new ParagraphLayout(fonts));
        const block = normalise(
          [
            ctx.t('signature.signedBy', { name: SIGNER.name }),
            `${ctx.t('signature.organisation')}: ${SIGNER.organisation}`,
            `${ctx.t('signature.email')}: ${SIGNER.email}`,
            ctx.t('signature.fingerprint'),
            groupedFingerprint(SIGNER.fingerprint),
            `${ctx.t('signature.time')}: ${ctx.formatDateTime(SIGNER.signingTime ?? '')}`,
          ].join(' '),
        );
        for (const word of words) {
          const [x0, y0, x1, y1] = word.slice(1, 5).map(Number) as [number, number, number, number];
          const [bottom, top] = [pageHeight - y1, pageHeight - y0];
          const overlaps = x1 > box.x && x0 < box.x + box.width && top > box.y && bottom < box.y + box.height;
          if (!overlaps) continue;
          const inside =
            x0 >= box.x && x1 <= box.x + box.width && bottom >= box.y && top <= box.y + box.height;
          expect(inside, `"${word[5]}" straddles the signature box`).toBe(true);
          // pdftotext may split an Arabic word into pieces in visual order: compare characters.
          for (const char of normalise(word[5] ?? '').replace(/[^\p{L}]/gu, ''))
            expect(block, `"${word[5]}" inside the signature box`).toContain(char);
        }
      },
    );

    const pageText = (file: string, page: number) =>
      text(file, '-f', String(page), '-l', String(page)).replace(/\s+/g, ' ');
    /** The words of a page with their boxes, in PDF user space (origin bottom left). */
    const pageWords = (file: string, page: number) => {
      const html = text(file, '-bbox', '-f', String(page), '-l', String(page));
      const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(html)?.[1]);
      const pattern =
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
      return [...html.matchAll(pattern)].map((match) => {
        const [x0, y0, x1, y1] = match.slice(1, 5).map(Number) as [number, number, number, number];
        return { text: match[5] ?? '', x0, x1, bottom: height - y1, top: height - y0 };
      });
    };

    const layoutLines = (file: string, page: number) =>
      text(file, '-layout', '-f', String(page), '-l', String(page))
        .split('\n')
        .map((line) => line.trim().replace(/\s+/g, ' '))
        .filter(Boolean);

    it('en: the cover opens with the decision, tier, reasons, conditions, review date and signer', () => {
      const cover = layoutLines(get('en').file, 1).join('\n');
      const fingerprint = groupedFingerprint(SIGNER.fingerprint);
      // Values in the larger size sit on a baseline of their own: any run of white space between.
      for (const expected of [
        /Final decision\s+Deny\s+Risk tier\s+Unacceptable/,
        /Reasons\s+No STOP flag and no confirmed sanctions match\./,
        /Conditions\s+1\. Reporting duty: Report any renewed application to the committee within 30 days\./,
        /Review date\s+March 1, 2026\s+Signed by\s+Dr\. Lena Brandt, Acme Export/,
        new RegExp(`Certificate SHA.256\\s+${fingerprint}`),
      ])
        expect(cover).toMatch(expected);
      expect(cover).toContain('Compliance GmbH');
      expect(cover.indexOf('Final decision')).toBeLessThan(cover.indexOf('Destination country'));
    });

    it('en: page 2 is the executive summary, with the rationale and the conditions', () => {
      const { file } = get('en');
      expect(pageText(file, 1)).not.toContain('Executive summary');
      const summary = pageText(file, 2);
      for (const expected of ['Executive summary', 'Rationale', 'ACME Ltd', 'Conditions', 'within 30 days.'])
        expect(summary).toContain(expected);
    });

    it('en: prints the fingerprint in whole groups of four, on the cover and in the signature block', () => {
      const { file, pageCount } = get('en');
      const groups = groupedFingerprint(SIGNER.fingerprint).split(' ');
      const box = signatureBoxPosition(pageCount, 'ltr');
      const inBox = (word: { x0: number; x1: number; bottom: number; top: number }) =>
        word.x0 >= box.x &&
        word.x1 <= box.x + box.width &&
        word.bottom >= box.y &&
        word.top <= box.y + box.height;
      // Hex words with an upper-case letter are the fingerprint's (every other hash in the report
      // is lower case); a group split across lines would leave a piece with a letter in it.
      const hexWords = (words: ReturnType<typeof pageWords>) =>
        words.map((word) => word.text).filter((word) => /^[0-9A-F]*[A-F][0-9A-F]*$/.test(word));
      expect(hexWords(pageWords(file, 1))).toEqual([...groups, ...groups]);
      expect(hexWords(pageWords(file, pageCount).filter(inBox))).toEqual(groups);
    });

    it('en: a table running onto another page repeats its header there, under "(continued)"', () => {
      const { file, pageCount } = get('en');
      const headerRows = [
        'Code Question Finding Basis',
        'Step Explanation',
        'Question Answer',
        'Item Details',
      ];
      const isHeaderRow = (line: string) =>
        headerRows.includes(line) || line.startsWith('No. Time (UTC) Actor');
      const continued: string[] = [];
      for (let page = 2; page <= pageCount; page++) {
        // Line 0 is the running header.
        const [, first = '', second = ''] = layoutLines(file, page);
        if (first.endsWith('(continued)')) {
          continued.push(first);
          expect(isHeaderRow(second), `page ${page}: ${second}`).toBe(true);
        } else if (isHeaderRow(first)) {
          // A table that starts on this page, its section title left at the foot of the last one.
          const previous = layoutLines(file, page - 1).at(-2) ?? '';
          expect(previous, `page ${page} repeats a header unannounced`).toMatch(/^[A-Z]\. \S/);
        }
      }
      expect(continued).toContain('Annex B: Audit trail (continued)');
      expect(continued).toContain('Red flags (continued)');
    });

    it('en: the same input renders to the same bytes', async () => {
      const again = await render('en', get('en').report);
      expect(again.pdf.equals(get('en').pdf)).toBe(true);
    }, 120_000);

    it('en: restricted evidence shows its hash and nothing else', () => {
      const { file, report } = get('en');
      const restricted = report.doc.evidence.find((item) => item.restricted);
      expect(restricted?.details).toBeNull();
      const all = text(file);
      expect(all).toContain(restricted?.sha256.slice(0, 40));
      for (const secret of ['source-interview.txt', 'Confidential source S-4', 'Interview notes'])
        expect(all + embeddedAssessmentJson(report.doc)).not.toContain(secret);
    });
  },
);
