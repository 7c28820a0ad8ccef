import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definitionTexts } from '../../../test/helpers/definitionTexts';
import { unwrapEnvelope } from '../../../test/helpers/envelope';
import { reportWorkspace, type ReportWorkspace } from '../../../test/helpers/reportWorkspace';
import { useTempDir } from '../../../test/helpers/tempDir';
import { missingTools, skipNote } from '../../../test/helpers/tools';
import { dispatch } from '../../api/dispatch';
import type { Locale } from '../../questionnaire/templateSchema';
import { FontMetrics } from '../bidi/fontMetrics';
import { ParagraphLayout } from '../bidi/layoutParagraph';
import { buildReportDefinition } from '../buildReportDefinition';
import { collectReport, embeddedAssessmentJson } from '../collectReport';
import { embeddedAssessmentSchema, type EmbeddedAssessment } from '../../verify/embeddedAssessment';
import { createReportContext } from '../layout/reportContext';
import { renderReport } from '../renderReportPdf';
import { reportString } from '../strings';
import { decisionSection } from './decision';

const fonts = new FontMetrics();
const LEGACY_TRIGGER = {
  category: 'reporting-duty' as const,
  text: 'Re-assess before any further delivery if: A credible report of misuse',
};

/** Text without bidi marks, hyphens kept from breaking, or whitespace: where lines wrap is layout. */
const comparable = (text: string) =>
  text
    .replaceAll('\u2011', '-')
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .normalize('NFC')
    .replace(/\s+/g, '');

const missing = missingTools(['pdftotext']);

describe('reassessment triggers in the report', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let workspace: ReportWorkspace;

  beforeAll(async () => {
    tmp = useTempDir();
    workspace = await reportWorkspace(tmp.path, { decide: false });
    const { assessmentId, handlers } = workspace;
    const evaluated = await unwrapEnvelope<{ result: { recommendation: string } }>(
      dispatch(handlers, 'assessment.evaluate', { id: assessmentId }),
    );
    const computed = evaluated.result.recommendation;
    await unwrapEnvelope(
      dispatch(handlers, 'decision.record', {
        assessmentId,
        finalRecommendation: 'deny',
        rationale: 'Documented misuse against journalists; no safeguard can contain the risk.',
        overrideJustification: computed === 'deny' ? null : 'The committee denies on the documented misuse.',
        conditions: [LEGACY_TRIGGER],
        triggers: ['sanctions', 'renewal'],
      }),
    );
  }, 120_000);
  afterAll(() => {
    workspace?.session.lock();
    tmp?.cleanup();
  });

  /** The section's text as drawn, compared without the whitespace where lines wrap. */
  const sectionText = (doc: EmbeddedAssessment, locale: Locale) =>
    comparable(
      definitionTexts(decisionSection(createReportContext(locale, new ParagraphLayout(fonts)), doc)).join(''),
    );
  const drawn = (locale: Locale, key: Parameters<typeof reportString>[1]) =>
    comparable(reportString(locale, key));

  it.each(['en', 'fr', 'ru'] as const)(
    '%s: lists the triggers under their own heading, in the report language',
    (locale) => {
      const { doc } = collectReport(workspace.deps, workspace.assessmentId, locale);
      const texts = sectionText(doc, locale);
      const heading = texts.indexOf(drawn(locale, 'decision.triggers'));
      expect(heading).toBeGreaterThan(texts.indexOf(drawn(locale, 'decision.conditions')));
      expect(texts.indexOf(drawn(locale, 'trigger.sanctions'))).toBeGreaterThan(heading);
      expect(texts.indexOf(drawn(locale, 'trigger.renewal'))).toBeGreaterThan(heading);
      expect(texts).not.toContain(drawn(locale, 'trigger.coup'));
    },
  );

  it('prints a decision embedded before triggers had ids exactly as it was recorded, with no trigger heading', () => {
    const { doc } = collectReport(workspace.deps, workspace.assessmentId, 'en');
    const json = JSON.parse(embeddedAssessmentJson(doc)) as { decision: Record<string, unknown> };
    delete json.decision.triggers;
    const old = embeddedAssessmentSchema.parse(json);
    expect(old.decision?.triggers).toEqual([]);
    expect(old.decision?.conditions).toEqual([LEGACY_TRIGGER]);
    const texts = sectionText(old, 'en');
    expect(texts).not.toContain(drawn('en', 'decision.triggers'));
    expect(texts).toContain(comparable(LEGACY_TRIGGER.text));
  });

  it.skipIf(missing.length > 0)(
    `en and fr: pdftotext finds the heading and every chosen trigger in the rendered report${skipNote(missing)}`,
    async () => {
      for (const locale of ['en', 'fr'] as const) {
        const report = collectReport(workspace.deps, workspace.assessmentId, locale);
        const definition = buildReportDefinition(report.doc, {
          locale,
          auditTrail: report.auditTrail,
          fonts,
        });
        const { pdf } = await renderReport(definition, embeddedAssessmentJson(report.doc));
        const file = join(tmp.path, `triggers-${locale}.pdf`);
        writeFileSync(file, pdf);
        const text = comparable(
          execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
        );
        for (const key of ['decision.triggers', 'trigger.sanctions', 'trigger.renewal'] as const)
          expect(text, `${locale} ${key}`).toContain(comparable(reportString(locale, key)));
      }
    },
    120_000,
  );
});
