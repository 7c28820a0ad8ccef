import type { Content } from 'pdfmake/interfaces';
import { verificationFacts, verificationLines, type EmbeddedAssessment } from '../embeddedAssessment';
import type { TextMeasurer } from '../bidi/fontMetrics';
import { CONTENT_WIDTH, COLOUR, SIZE, heading, keyValues, latinLine, para } from '../layout/blocks';
import type { ReportContext } from '../layout/reportContext';
import type { TemplateTexts } from '../templateTexts';
import type { ReportSigner } from '../signatureBox';

/** Largest size (points) at which every verification line fits the page width on one line. */
export function verificationLineSize(lines: string[], fonts: TextMeasurer, width = CONTENT_WIDTH): number {
  let size = 7;
  while (size > 4 && lines.some((line) => fonts.width(line, 'NotoSans', false, size) > width - 1))
    size -= 0.25;
  return size;
}

export function cover(
  ctx: ReportContext,
  doc: EmbeddedAssessment,
  texts: TemplateTexts,
  fonts: TextMeasurer,
  signer: ReportSigner | undefined,
): Content[] {
  const { assessment } = doc;
  const none = ctx.t('cover.none');
  const template = assessment.template;
  const lines = verificationLines(verificationFacts(doc));
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
      margin: [0, 0, 0, 14],
    }),
    keyValues(ctx, [
      [
        ctx.t('cover.destination'),
        assessment.destinationCountry ? ctx.countryName(assessment.destinationCountry) : none,
      ],
      [ctx.t('cover.endUser'), assessment.endUserName ?? none, { userText: true }],
      [ctx.t('cover.product'), assessment.productDescription ?? none, { userText: true }],
      [ctx.t('cover.status'), ctx.t(`status.${assessment.status}`)],
      [ctx.t('cover.createdBy'), assessment.createdBy, { userText: true }],
      [ctx.t('cover.created'), ctx.formatDateTime(assessment.createdAt)],
      [ctx.t('cover.generated'), ctx.formatDateTime(doc.generatedAt)],
    ]),
    heading(ctx, ctx.t('verify.heading'), 2),
    keyValues(ctx, [
      [ctx.t('verify.assessmentId'), assessment.id],
      [ctx.t('verify.template'), template ? `${template.id} ${template.version}` : none],
      [ctx.t('verify.templateHash'), template?.hash ?? none],
      [ctx.t('verify.auditHead'), `#${doc.auditHead.seq} ${doc.auditHead.hash}`],
      ...(signer
        ? ([
            [
              ctx.t('verify.signer'),
              `${signer.name}, ${signer.organisation} <${signer.email}>`,
              { userText: true },
            ],
            [ctx.t('verify.fingerprint'), signer.fingerprint],
          ] as [string, string, { userText: boolean }?][])
        : ([[ctx.t('verify.signer'), ctx.t('verify.unsigned')]] as [string, string][])),
    ]),
    para(ctx, ctx.t('verify.how'), CONTENT_WIDTH, { size: SIZE.small, margin: [0, 2, 0, 6] }),
    {
      stack: lines.map((line) => latinLine(line, verificationLineSize(lines, fonts))),
      margin: [0, 0, 0, 0],
    },
  ];
}
