import type { Content, TableCell } from 'pdfmake/interfaces';
import { inFlagOrder } from '../../scoring/flagOrder';
import type { EmbeddedAssessment } from '../../verify/embeddedAssessment';
import { CONTENT_WIDTH, COLOUR, SIZE, columnWidths, grid, heading, para } from '../layout/blocks';
import type { ReportContext } from '../layout/reportContext';
import type { TemplateTexts } from '../templateTexts';
import { shortHash } from './evidenceRefs';
import { trailSentences } from './trailSentences';

/** Raised red flags, gravest first, with the clause each rests on, then the scoring's explanation trail. */
export function redFlags(ctx: ReportContext, doc: EmbeddedAssessment, texts: TemplateTexts): Content[] {
  const { result } = doc;
  const out: Content[] = [heading(ctx, ctx.t('flags.heading'), 2)];
  if (result.flags.length === 0) {
    out.push(para(ctx, ctx.t('flags.none'), CONTENT_WIDTH, { margin: [0, 0, 0, 8] }));
  } else {
    const widths = columnWidths([0.8, 0.8, 4, 2.4]);
    const [w0 = 0, w1 = 0, w2 = 0, w3 = 0] = widths;
    const header: TableCell[] = [
      para(ctx, ctx.t('flags.code'), w0, { size: SIZE.small, bold: true }),
      para(ctx, ctx.t('flags.question'), w1, { size: SIZE.small, bold: true }),
      para(ctx, ctx.t('flags.finding'), w2, { size: SIZE.small, bold: true }),
      para(ctx, ctx.t('flags.basis'), w3, { size: SIZE.small, bold: true }),
    ];
    const rows = inFlagOrder(result.flags).map((flag): TableCell[] => [
      para(ctx, flag.code, w0, { size: SIZE.small, bold: true }),
      para(ctx, flag.questionId, w1, { size: SIZE.small }),
      para(ctx, texts.text(`questions.${flag.questionId}.flags.${flag.id}`), w2, { size: SIZE.small }),
      para(ctx, flag.basis.map((b) => `${b.framework} ${b.clause}`).join('\n'), w3, {
        size: SIZE.small,
        userText: true,
      }),
    ]);
    out.push(grid(ctx, widths, [header, ...rows], { headerRows: 1, caption: ctx.t('flags.heading') }));
  }
  return [...out, ...explanationTrail(ctx, doc, texts)];
}

/** Every step of the scoring, with the questions and evidence (by hash) it rests on. */
function explanationTrail(ctx: ReportContext, doc: EmbeddedAssessment, texts: TemplateTexts): Content[] {
  const sentences = trailSentences(ctx, doc, texts);
  const widths = columnWidths([1, 6]);
  const [kindWidth = 0, textWidth = 0] = widths;
  const hashes = new Map(doc.evidence.map((item) => [item.id, item.sha256]));
  const header: TableCell[] = [
    para(ctx, ctx.t('trail.step'), kindWidth, { size: SIZE.small, bold: true }),
    para(ctx, ctx.t('trail.explanation'), textWidth, { size: SIZE.small, bold: true }),
  ];
  const rows = doc.result.explanation.map((step, index): TableCell[] => {
    const sentence = sentences[index] ?? null;
    const evidence = (step.evidenceIds ?? []).map((id) => shortHash(hashes.get(id) ?? id));
    const questions = step.questionIds.length > 0 ? ` [${step.questionIds.join(', ')}]` : '';
    const evidenceText = evidence.length > 0 ? `\n${ctx.t('trail.evidence')}: ${evidence.join(', ')}` : '';
    return [
      para(ctx, ctx.t(`trail.kind.${step.kind}`), kindWidth, { size: SIZE.small, bold: true }),
      para(ctx, `${sentence ?? step.text}${questions}${evidenceText}`, textWidth, {
        size: SIZE.small,
        userText: sentence === null,
      }),
    ];
  });
  return [
    heading(ctx, ctx.t('trail.heading'), 2),
    para(ctx, ctx.t('trail.intro'), CONTENT_WIDTH, {
      size: SIZE.small,
      color: COLOUR.muted,
      margin: [0, 0, 0, 4],
    }),
    grid(ctx, widths, [header, ...rows], { headerRows: 1, caption: ctx.t('trail.heading') }),
  ];
}
