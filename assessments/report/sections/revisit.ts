import type { Content, TableCell } from 'pdfmake/interfaces';
import { scoringTextKey } from '../../questionnaire/translationKeys';
import type { EmbeddedAssessment } from '../../verify/embeddedAssessment';
import { CONTENT_WIDTH, COLOUR, SIZE, columnWidths, grid, heading, para } from '../layout/blocks';
import type { ReportContext } from '../layout/reportContext';
import type { TemplateTexts } from '../templateTexts';

/**
 * Methodology 1.1 revisit prompts: the questions the answers suggested revisiting, each with the
 * template's reason in the report's language. Nothing at all when the result has none (a 1.0 result
 * has no `revisit` key), so reports of earlier methodologies keep their exact layout.
 */
export function revisitPrompts(ctx: ReportContext, doc: EmbeddedAssessment, texts: TemplateTexts): Content[] {
  const prompts = doc.result.revisit ?? [];
  if (prompts.length === 0) return [];
  const widths = columnWidths([2.5, 4]);
  const [questionWidth = 0, reasonWidth = 0] = widths;
  const header: TableCell[] = [
    para(ctx, ctx.t('revisit.question'), questionWidth, { size: SIZE.small, bold: true }),
    para(ctx, ctx.t('revisit.reason'), reasonWidth, { size: SIZE.small, bold: true }),
  ];
  const rows = prompts.map((prompt): TableCell[] => [
    para(ctx, `${prompt.questionId} ${texts.text(`questions.${prompt.questionId}.text`)}`, questionWidth, {
      size: SIZE.small,
    }),
    para(ctx, texts.text(scoringTextKey.revisit(prompt.id)), reasonWidth, { size: SIZE.small }),
  ]);
  return [
    heading(ctx, ctx.t('revisit.heading'), 2),
    para(ctx, ctx.t('revisit.intro'), CONTENT_WIDTH, {
      size: SIZE.small,
      color: COLOUR.muted,
      margin: [0, 0, 0, 4],
    }),
    grid(ctx, widths, [header, ...rows], { headerRows: 1, caption: ctx.t('revisit.heading') }),
  ];
}
