import type { Content } from 'pdfmake/interfaces';
import {
  verificationFacts,
  verificationLines,
  type EmbeddedAssessment,
} from '../../verify/embeddedAssessment';
import type { TextMeasurer } from '../bidi/fontMetrics';
import {
  CONTENT_WIDTH,
  COLOUR,
  SIZE,
  columnWidths,
  heading,
  keyValues,
  latinLine,
  para,
} from '../layout/blocks';
import { fieldPairs } from '../layout/fields';
import { fingerprintBlock } from '../layout/fingerprint';
import type { ReportContext } from '../layout/reportContext';
import type { TemplateTexts } from '../templateTexts';
import type { ReportSigner } from '../signatureBox';
import { coverBanner } from './coverBanner';

/** Largest size (points) at which every verification line fits the page width on one line. */
export function verificationLineSize(lines: string[], fonts: TextMeasurer, width = CONTENT_WIDTH): number {
  let size = 7;
  while (size > 4 && lines.some((line) => fonts.width(line, 'NotoSans', false, size) > width - 1))
    size -= 0.25;
  return size;
}

/**
 * Page 1: what is assessed, the decision banner, the assessment's facts, and the verification
 * block with the ASSAY-VERIFY lines a verifier reads back (so they must stay on this page).
 */
export function cover(
  ctx: ReportContext,
  doc: EmbeddedAssessment,
  texts: TemplateTexts,
  fonts: TextMeasurer,
  signer: ReportSigner | undefined,
): Content[] {
  const { assessment } = doc;
  const none = ctx.t('cover.none');
  return [
    para(ctx, ctx.t('report.title'), CONTENT_WIDTH, { size: SIZE.small, bold: true, color: COLOUR.muted }),
    para(ctx, assessment.title, CONTENT_WIDTH, {
      size: SIZE.title,
      bold: true,
      userText: true,
      margin: [0, 4, 0, 4],
    }),
    para(ctx, texts.text('title'), CONTENT_WIDTH, {
      size: SIZE.h2,
      color: COLOUR.muted,
      margin: [0, 0, 0, 10],
    }),
    coverBanner(ctx, doc, texts, fonts, signer),
    fieldPairs(ctx, [
      {
        label: ctx.t('cover.destination'),
        value: assessment.destinationCountry ? ctx.countryName(assessment.destinationCountry) : none,
      },
      { label: ctx.t('cover.status'), value: ctx.t(`status.${assessment.status}`) },
      { label: ctx.t('cover.endUser'), value: assessment.endUserName ?? none, userText: true },
      { label: ctx.t('cover.createdBy'), value: assessment.createdBy, userText: true },
      { label: ctx.t('cover.created'), value: ctx.formatDateTime(assessment.createdAt) },
      { label: ctx.t('cover.generated'), value: ctx.formatDateTime(doc.generatedAt) },
      {
        label: ctx.t('cover.product'),
        value: assessment.productDescription ?? none,
        userText: true,
        wide: true,
      },
    ]),
    ...verification(ctx, doc, fonts, signer),
  ];
}

function verification(
  ctx: ReportContext,
  doc: EmbeddedAssessment,
  fonts: TextMeasurer,
  signer: ReportSigner | undefined,
): Content[] {
  const { assessment } = doc;
  const none = ctx.t('cover.none');
  const template = assessment.template;
  const lines = verificationLines(verificationFacts(doc));
  const [, valueWidth = 0] = columnWidths([1, 2]);
  // Hashes in the small size fit the value column on one line.
  const hash = (text: string) => para(ctx, text, valueWidth, { size: SIZE.small });
  const signedBy: [string, string | Content, { userText: boolean }?][] = signer
    ? [
        [
          ctx.t('verify.signer'),
          `${signer.name}, ${signer.organisation} <${signer.email}>`,
          { userText: true },
        ],
        [
          ctx.t('verify.fingerprint'),
          fingerprintBlock(ctx, fonts, signer.fingerprint, valueWidth, SIZE.body),
        ],
      ]
    : [[ctx.t('verify.signer'), ctx.t('verify.unsigned')]];
  return [
    heading(ctx, ctx.t('verify.heading'), 2),
    keyValues(ctx, [
      [ctx.t('verify.assessmentId'), assessment.id],
      [ctx.t('verify.template'), template ? `${template.id} ${template.version}` : none],
      [ctx.t('verify.templateHash'), hash(template?.hash ?? none)],
      [ctx.t('verify.auditHead'), hash(`#${doc.auditHead.seq} ${doc.auditHead.hash}`)],
      ...signedBy,
    ]),
    para(ctx, ctx.t('verify.how'), CONTENT_WIDTH, { size: SIZE.small, margin: [0, 2, 0, 6] }),
    {
      stack: lines.map((line) => latinLine(line, verificationLineSize(lines, fonts))),
      margin: [0, 0, 0, 0],
    },
  ];
}
