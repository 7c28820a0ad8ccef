import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AuditTrailEntry } from '../audit/assessmentTrail';
import type { Locale } from '../questionnaire/templateSchema';
import { sharedFontMetrics, type TextMeasurer } from './bidi/fontMetrics';
import { ParagraphLayout } from './bidi/layoutParagraph';
import type { EmbeddedAssessment } from '../verify/embeddedAssessment';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE, para } from './layout/blocks';
import { continuedCaption } from './layout/continuedTables';
import { createReportContext, type ReportContext } from './layout/reportContext';
import { auditAnnex, evidenceAnnex, methodologyAnnex } from './sections/annexes';
import { answersBySection } from './sections/answers';
import { cover } from './sections/cover';
import { decisionSection } from './sections/decision';
import { redFlags } from './sections/flags';
import { revisitPrompts } from './sections/revisit';
import { screeningAnnex } from './sections/screening';
import { executiveSummary, riskMatrix } from './sections/summary';
import { reviewerBlocks } from './reviewerBoxes';
import { signatureBlock, signatureSpace, type ReportSigner } from './signatureBox';
import { templateTexts } from './templateTexts';

export interface ReportOptions {
  locale: Locale;
  signer?: ReportSigner;
  /** The audit-trail annex (from `collectReport`); omitted, the annex lists no events. */
  auditTrail?: readonly AuditTrailEntry[];
  /** Font metrics to measure with; the process-wide metrics of the shipped fonts when absent. */
  fonts?: TextMeasurer;
}

/**
 * The pdfmake document definition of a report: a pure function of the embedded assessment and the
 * options (the same input gives the same definition, dates included). Every paragraph arrives
 * broken into lines and in visual order, so right-to-left text reads correctly.
 */
export function buildReportDefinition(doc: EmbeddedAssessment, options: ReportOptions): TDocumentDefinitions {
  const fonts = options.fonts ?? sharedFontMetrics();
  const ctx = createReportContext(options.locale, new ParagraphLayout(fonts));
  const texts = templateTexts(doc.templateCanonical, options.locale);
  const content: Content[] = [
    ...cover(ctx, doc, texts, fonts, options.signer),
    ...executiveSummary(ctx, doc, texts),
    ...riskMatrix(ctx, doc, texts),
    ...redFlags(ctx, doc, texts),
    ...revisitPrompts(ctx, doc, texts),
    ...answersBySection(ctx, doc, texts),
    ...decisionSection(ctx, doc),
    ...evidenceAnnex(ctx, doc),
    ...auditAnnex(ctx, doc, options.auditTrail ?? []),
    ...methodologyAnnex(ctx, doc, texts),
    ...screeningAnnex(ctx, doc),
  ];
  if (options.signer) content.push(signatureSpace());
  const signer = options.signer;
  const generatedAt = new Date(doc.generatedAt);
  return {
    pageSize: { width: PAGE.width, height: PAGE.height },
    pageMargins: [PAGE.margins.left, PAGE.margins.top, PAGE.margins.right, PAGE.margins.bottom],
    language: options.locale,
    version: '1.7',
    subset: 'PDF/A-3b',
    displayTitle: true,
    info: {
      title: xmpSafe(doc.assessment.title),
      author: xmpSafe(signer ? signer.name : doc.assessment.createdBy),
      subject: xmpSafe(`${ctx.t('report.title')}: ${doc.assessment.id}`),
      creator: 'Assay',
      producer: 'Assay (pdfmake)',
      creationDate: generatedAt,
    },
    defaultStyle: { font: 'NotoSans', fontSize: SIZE.body, color: COLOUR.text },
    header: (page: number) => (page === 1 ? [] : runningHeader(ctx, doc)),
    // Drawn as each page is added, when pdfmake knows whether a table runs onto it.
    background: (page: number) => continuedCaption(ctx, page),
    footer: (page: number, pages: number) => [
      ...pageNumber(ctx, page, pages),
      ...(signer && page === pages ? [...signatureBlock(ctx, fonts, signer), ...reviewerBlocks(ctx)] : []),
    ],
    content,
  };
}

function runningHeader(ctx: ReportContext, doc: EmbeddedAssessment): Content[] {
  return [
    {
      margin: [PAGE.margins.left, 28, PAGE.margins.right, 0],
      columns: [
        {
          width: CONTENT_WIDTH,
          stack: [
            para(ctx, ctx.t('page.header', { id: doc.assessment.id }), CONTENT_WIDTH, {
              size: SIZE.tiny,
              color: COLOUR.muted,
            }),
          ],
        },
      ],
    },
  ];
}

function pageNumber(ctx: ReportContext, page: number, pages: number): Content[] {
  return [
    {
      margin: [PAGE.margins.left, 24, PAGE.margins.right, 0],
      columns: [
        {
          width: CONTENT_WIDTH,
          stack: [
            para(
              ctx,
              ctx.t('page.number', { page: ctx.formatNumber(page), pages: ctx.formatNumber(pages) }),
              CONTENT_WIDTH,
              { size: SIZE.tiny, color: COLOUR.muted, align: 'center' },
            ),
          ],
        },
      ],
    },
  ];
}

/**
 * pdfkit copies the title, author and subject into the XMP metadata without escaping them; the
 * XML-special characters are replaced by their full-width forms so the metadata stays valid.
 */
function xmpSafe(text: string): string {
  return text.replace(/&/g, '＆').replace(/</g, '＜').replace(/>/g, '＞');
}
