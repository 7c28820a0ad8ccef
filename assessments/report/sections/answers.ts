import type { Content, TableCell } from 'pdfmake/interfaces';
import { compileTemplate } from '../../questionnaire/compile';
import { visibleQuestions } from '../../questionnaire/visibility';
import type { EmbeddedAssessment } from '../embeddedAssessment';
import { formatAnswer } from '../formatAnswer';
import { COLOUR, SIZE, columnWidths, grid, heading, para } from '../layout/blocks';
import type { ReportContext } from '../layout/reportContext';
import type { TemplateTexts } from '../templateTexts';
import { shortHash } from './evidenceRefs';

/** Every question of the pinned template, section by section, with its answer, note and evidence. */
export function answersBySection(
  ctx: ReportContext,
  doc: EmbeddedAssessment,
  texts: TemplateTexts,
): Content[] {
  const out: Content[] = [heading(ctx, ctx.t('answers.heading'), 1, true)];
  const risks = new Map(doc.result.questions.map((q) => [q.questionId, q]));
  const hashes = new Map(doc.evidence.map((item) => [item.id, item.sha256]));
  const visible = visibleQuestions(compileTemplate(texts.template), doc.answers);
  const widths = columnWidths([2, 3]);
  const [questionWidth = 0, answerWidth = 0] = widths;
  for (const section of texts.template.sections) {
    out.push(heading(ctx, `${section.id}. ${texts.text(`sections.${section.id}.title`)}`, 2));
    const header: TableCell[] = [
      para(ctx, ctx.t('answers.question'), questionWidth, { size: SIZE.small, bold: true }),
      para(ctx, ctx.t('answers.answer'), answerWidth, { size: SIZE.small, bold: true }),
    ];
    const rows = section.questions.map((question): TableCell[] => {
      const entry = doc.answers[question.id];
      const applies = visible.has(question.id);
      const shown =
        !entry && !applies ? ctx.t('answers.notApplicable') : formatAnswer(ctx, texts, question, entry);
      const answer: Content[] = [
        para(ctx, shown, answerWidth, { userText: true, color: entry ? COLOUR.text : COLOUR.muted }),
      ];
      if (entry && !applies) {
        answer.push(
          para(ctx, ctx.t('answers.hiddenKept'), answerWidth, {
            size: SIZE.small,
            color: COLOUR.muted,
            margin: [0, 3, 0, 0],
          }),
        );
      }
      if (entry?.note) {
        answer.push(
          para(ctx, `${ctx.t('answers.note')}: ${entry.note}`, answerWidth, {
            size: SIZE.small,
            userText: true,
            color: COLOUR.muted,
            margin: [0, 3, 0, 0],
          }),
        );
      }
      const evidence = (doc.evidenceLinks[question.id] ?? []).map((id) => shortHash(hashes.get(id) ?? id));
      if (evidence.length > 0) {
        answer.push(
          para(ctx, `${ctx.t('answers.evidence')}: ${evidence.join(', ')}`, answerWidth, {
            size: SIZE.small,
            margin: [0, 3, 0, 0],
          }),
        );
      }
      const risk = risks.get(question.id);
      if (risk && entry) {
        answer.push(
          para(ctx, ctx.t('answers.risk', { risk: ctx.formatNumber(risk.risk) }), answerWidth, {
            size: SIZE.tiny,
            color: COLOUR.muted,
            margin: [0, 2, 0, 0],
          }),
        );
      }
      return [
        para(ctx, `${question.id}. ${texts.text(`questions.${question.id}.text`)}`, questionWidth, {
          size: SIZE.small,
        }),
        { stack: answer },
      ];
    });
    out.push(grid(ctx, widths, [header, ...rows], { headerRows: 1, dontBreakRows: false }));
  }
  return out;
}
