import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ParagraphLayout } from '../../assessments/report/bidi/layoutParagraph';
import { withoutBidiControls } from '../../assessments/report/bidi/isolate';
import { buildReportDefinition } from '../../assessments/report/buildReportDefinition';
import { collectReport, embeddedAssessmentJson } from '../../assessments/report/collectReport';
import { renderReport } from '../../assessments/report/renderReportPdf';
import type { Locale } from '../../assessments/questionnaire/templateSchema';
import type * as StringsModule from '../../assessments/report/strings';
import type * as TemplateTextsModule from '../../assessments/report/templateTexts';
import { reportWorkspace, type ReportWorkspace } from '../helpers/reportWorkspace';
import { useTempDir } from '../helpers/tempDir';
import { missingTools } from '../helpers/tools';

/**
 * Text extraction, measured as a reader copying or searching a report would meet it: pdftotext
 * (poppler) in UTF-8, bidi controls removed, NFC. A string counts when it appears whole and in
 * reading order; whitespace is left out of the comparison because where lines wrap (and, in
 * Chinese, that a wrap leaves no space) is layout, not text.
 *
 * "The report's own strings" are every string the report's catalogue and the pinned template's
 * translation give the report, as filled in and drawn; the recorders below see them. Data typed
 * by users (names, notes, hashes) is measured too and reported, with a floor.
 */
const recorded = vi.hoisted(() => ({ own: new Set<string>(), drawn: new Set<string>() }));

vi.mock('../../assessments/report/strings', async (importOriginal) => {
  const original = await importOriginal<typeof StringsModule>();
  return {
    ...original,
    reportString: (...args: Parameters<typeof original.reportString>) => {
      const text = original.reportString(...args);
      recorded.own.add(text);
      return text;
    },
  };
});

vi.mock('../../assessments/report/templateTexts', async (importOriginal) => {
  const original = await importOriginal<typeof TemplateTextsModule>();
  return {
    ...original,
    templateTexts: (...args: Parameters<typeof original.templateTexts>) => {
      const texts = original.templateTexts(...args);
      return {
        ...texts,
        text: (key: string) => {
          const text = texts.text(key);
          recorded.own.add(text);
          return text;
        },
      };
    },
  };
});

const LOCALES: Locale[] = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];
const SIGNER = {
  name: 'Dr. Lena Brandt',
  organisation: 'Export Control Office, Helix',
  email: 'lena.brandt@example.org',
  fingerprint: '3f:a9:'.repeat(15) + '0c:7e',
  signingTime: '2026-01-15T10:00:00Z',
};
const tools = ['pdftotext', 'qpdf'];
const missing = missingTools(tools);

/** What the comparison sees of a string: no bidi controls, NFC, no whitespace. */
function comparable(text: string): string {
  return withoutBidiControls(text)
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replaceAll('\u2011', '-')
    .normalize('NFC')
    .replace(/\s+/g, '');
}

interface Share {
  total: number;
  /** Strings not found whole and in order. */
  missing: string[];
  /**
   * Strings not found whole and in order whose words are all there on a page pdftotext reads left
   * to right. poppler decides one direction per page by counting letters: a page of an Arabic
   * report dominated by hashes or English citations (audit trail, legal bases) is read left to
   * right, and a line that mixes Arabic with digits, a colon or a Latin word then comes out with
   * its pieces in the order they stand on the page, left to right. They count as missing; they are
   * listed apart because the cure is on the page (what dominates it), not in the string.
   */
  leftToRightPages: string[];
}

interface Measured {
  own: Share;
  all: Share;
  missingGlyphs: string[];
}

/** The words of a text, letters and digits only, for finding where a string stands. */
function wordsOf(text: string): string[] {
  return (
    withoutBidiControls(text)
      .replace(/[\u200e\u200f]/g, '')
      .normalize('NFC')
      // pdftotext may join a number to the word beside it on a page it reads left to right.
      .replace(/(?<=\p{N})(?=\p{L})|(?<=[\p{L}\p{M}])(?=\p{N})/gu, ' ')
      .split(/[^\p{L}\p{N}\p{M}]+/u)
      .filter(Boolean)
  );
}

/** Whether pdftotext read a page left to right: it wraps each line of a right-to-left page in RLE. */
function readsLeftToRight(page: string): boolean {
  const lines = page.split('\n').filter((line) => line.trim() !== '');
  return lines.filter((line) => line.startsWith('\u202b')).length * 2 < lines.length;
}

describe.skipIf(missing.length > 0)(
  `text extracted from reports${missing.length ? ` (needs ${missing.join(', ')})` : ''}`,
  () => {
    let tmp: ReturnType<typeof useTempDir>;
    const workspaces: ReportWorkspace[] = [];
    const measured = new Map<Locale, Measured>();

    beforeAll(async () => {
      tmp = useTempDir();
      mkdirSync(join(tmp.path, 'en'));
      mkdirSync(join(tmp.path, 'ar'));
      // An assessor writes in the report's language; the Latin-script reports also carry the
      // harder case of text in both directions.
      const english = await reportWorkspace(join(tmp.path, 'en'), {
        rationale:
          'Documented misuse of intrusion tools against journalists by the end user (C8, D3); no safeguard can contain the risk.',
      });
      const arabic = await reportWorkspace(join(tmp.path, 'ar'), {
        example: 'example-1-spyware.ar.json',
        title: 'منصة اختراق عن بُعد لجهاز المخابرات الوطني',
        endUserName: 'جهاز المخابرات الوطني',
        productDescription: 'منصة اختراق أجهزة عن بُعد (4D004) مع التدريب وعامين من التحديثات',
        rationale:
          'إساءة استخدام موثّقة لأدوات الاختراق ضد صحفيين من قِبل المستخدم النهائي (C8 وD3)؛ ولا يمكن لأي ضمانة احتواء الخطر.',
      });
      workspaces.push(english, arabic);
      const layout = ParagraphLayout.prototype.layout;
      const fontRuns = ParagraphLayout.prototype.fontRuns;
      vi.spyOn(ParagraphLayout.prototype, 'layout').mockImplementation(function (
        this: ParagraphLayout,
        ...args
      ) {
        recorded.drawn.add(args[0]);
        return layout.apply(this, args);
      });
      vi.spyOn(ParagraphLayout.prototype, 'fontRuns').mockImplementation(function (
        this: ParagraphLayout,
        ...args
      ) {
        recorded.drawn.add(args[0]);
        return fontRuns.apply(this, args);
      });
      for (const locale of LOCALES) {
        recorded.own.clear();
        recorded.drawn.clear();
        const workspace = locale === 'ar' ? arabic : english;
        const report = collectReport(workspace.deps, workspace.assessmentId, locale);
        const definition = buildReportDefinition(report.doc, {
          locale,
          signer: SIGNER,
          auditTrail: report.auditTrail,
        });
        const { pdf, missingGlyphs } = await renderReport(definition, embeddedAssessmentJson(report.doc));
        const file = join(tmp.path, `report-${locale}.pdf`);
        writeFileSync(file, pdf);
        // To look at the pages: ASSAY_KEEP_REPORTS=/some/dir npx vitest run <this file>
        const keep = process.env.ASSAY_KEEP_REPORTS;
        if (keep) writeFileSync(join(keep, `report-${locale}.pdf`), pdf);
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        const extracted = comparable(text);
        // pdftotext ends each page with a form feed.
        const pages = text.split('\f').map((page) => ({
          lines: page
            .split('\n')
            .map(wordsOf)
            .filter((words) => words.length > 0),
          leftToRight: readsLeftToRight(page),
        }));
        const drawn = [...recorded.drawn].map(comparable).filter((text) => text !== '');
        const own = [...recorded.own]
          .filter((text) => comparable(text) !== '')
          .filter((text) => drawn.some((paragraph) => paragraph.includes(comparable(text))));
        const absent = (texts: string[]) => texts.filter((text) => !extracted.includes(comparable(text)));
        const all = [...recorded.drawn].filter((text) => comparable(text) !== '');
        const missingOwn = absent(own);
        const onLeftToRightPage = (string: string) => {
          const words = wordsOf(string);
          // The string's page: the one with the fewest consecutive lines that hold all its words.
          const span = (lines: string[][]) => {
            for (let size = 1; size <= 24; size += 1) {
              for (let first = 0; first + size <= lines.length; first += 1) {
                const window = new Set(lines.slice(first, first + size).flat());
                if (words.every((word) => window.has(word))) return size;
              }
            }
            return Infinity;
          };
          const spans = pages.map((page) => span(page.lines));
          const best = Math.min(...spans);
          return best !== Infinity && pages.every((page, index) => spans[index] !== best || page.leftToRight);
        };
        measured.set(locale, {
          own: {
            total: own.length,
            missing: missingOwn.filter((string) => !onLeftToRightPage(string)),
            leftToRightPages: missingOwn.filter(onLeftToRightPage),
          },
          all: { total: all.length, missing: absent(all), leftToRightPages: [] },
          missingGlyphs,
        });
      }
      vi.restoreAllMocks();
    }, 600_000);

    afterAll(() => {
      for (const workspace of workspaces) workspace.session.lock();
      tmp?.cleanup();
    });

    const get = (locale: Locale): Measured => {
      const found = measured.get(locale);
      if (!found) throw new Error(`no ${locale} report`);
      return found;
    };

    it.each(LOCALES)('%s: at least 99 % of the report’s own strings extract whole and in order', (locale) => {
      const { own, all } = get(locale);
      const percent = (count: number, total: number) => `${((count / total) * 100).toFixed(1)} %`;
      const found = own.total - own.missing.length - own.leftToRightPages.length;
      console.info(
        `${locale}: own strings ${found}/${own.total} (${percent(found, own.total)}), ` +
          `${own.leftToRightPages.length} more on pages pdftotext reads left to right; ` +
          `every paragraph ${all.total - all.missing.length}/${all.total} (${percent(all.total - all.missing.length, all.total)})`,
      );
      expect(own.total).toBeGreaterThan(150);
      // A string on a page pdftotext reads left to right counts as missing too: a reader copying it
      // gets it in the wrong order all the same. The two are listed apart to show where to look.
      expect(
        (own.missing.length + own.leftToRightPages.length) / own.total,
        `missing:\n${own.missing.join('\n')}\non pages read left to right:\n${own.leftToRightPages.join('\n')}`,
      ).toBeLessThanOrEqual(0.01);
      // Every paragraph, typed data and hashes included: a floor that catches a regression.
      expect(
        (all.total - all.missing.length) / all.total,
        `missing:\n${all.missing.join('\n')}`,
      ).toBeGreaterThanOrEqual(0.9);
    });

    it.each(LOCALES)('%s: no character is drawn with the missing-glyph box', (locale) => {
      expect(get(locale).missingGlyphs).toEqual([]);
    });

    it('a character no shipped font has is reported, not drawn silently as a box', async () => {
      const workspace = workspaces[0];
      if (!workspace) throw new Error('no workspace');
      const report = collectReport(workspace.deps, workspace.assessmentId, 'en');
      const doc = { ...report.doc, assessment: { ...report.doc.assessment, title: 'Tofu \u{1F600} here' } };
      const rendered = await renderReport(
        buildReportDefinition(doc, { locale: 'en', auditTrail: report.auditTrail }),
        embeddedAssessmentJson(doc),
      );
      expect(rendered.missingGlyphs).toEqual(['\u{1F600}']);
    });
  },
);
