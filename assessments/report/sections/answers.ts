import type { Content, TableCell } from 'pdfmake/interfaces';
import { compileTemplate } from '../../questionnaire/compile';
import { visibleQuestions } from '../../questionnaire/visibility';
import type { EmbeddedAssessment } from '../../verify/embeddedAssessment';
import { isolate } from '../bidi/isolate';
import { formatAnswer, isTypedAnswer } from '../formatAnswer';
import { COLOUR, SIZE, columnWidths, grid, heading, para } from '../layout/blocks';
import type { ReportContext } from '../layout/reportContext';
import type { TemplateTexts } from '../templateTexts';
import { shortHash } from './evidenceRefs';

/**
 * Lines of answer and note that always fit on a page with the question beside them, counted as if
 * every character were full width (Chinese): 30 to a line of the answer column at the body size.
 */
const ROW_FITS_ON_A_PAGE = 36;
const CHARS_PER_LINE = 30;

/** An upper bound on the lines `text` takes in the answer column. */
function estimatedLines(text: string): number {
  return text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), 0);
}

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
    const title = `${section.id}. ${texts.text(`sections.${section.id}.title`)}`;
    out.push(heading(ctx, title, 2));
    const header: TableCell[] = [
      para(ctx, ctx.t('answers.question'), questionWidth, { size: SIZE.small, bold: true }),
      para(ctx, ctx.t('answers.answer'), answerWidth, { size: SIZE.small, bold: true }),
    ];
    let longest = 0;
    const rows = section.questions.map((question): TableCell[] => {
      const entry = doc.answers[question.id];
      const applies = visible.has(question.id);
      const shown =
        !entry && !applies ? ctx.t('answers.notApplicable') : formatAnswer(ctx, texts, question, entry);
      longest = Math.max(longest, estimatedLines(shown) + (entry?.note ? estimatedLines(entry.note) : 0));
      const answer: Content[] = [
        para(ctx, shown, answerWidth, {
          userText: isTypedAnswer(question),
          color: entry ? COLOUR.text : COLOUR.muted,
        }),
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
          para(ctx, `${ctx.t('answers.note')}: ${isolate(entry.note)}`, answerWidth, {
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
    // A question stays on one page with its answer. pdfmake drops a row that cannot break and is
    // taller than a page, so a section with a very long answer lets its rows break instead.
    const dontBreakRows = longest <= ROW_FITS_ON_A_PAGE;
    out.push(grid(ctx, widths, [header, ...rows], { headerRows: 1, dontBreakRows, caption: title }));
  }
  return out;
}
