import type { EmbeddedAssessment } from '../../verify/embeddedAssessment';
import type { ReportContext } from '../layout/reportContext';
import type { TemplateTexts } from '../templateTexts';

/**
 * What stands against the export, one sentence each: every STOP flag's finding with the question
 * that raised it, then every screening hit disposed of as a true match (once, however many runs
 * found it).
 */
export function decisionGrounds(ctx: ReportContext, doc: EmbeddedAssessment, texts: TemplateTexts): string[] {
  const stops = doc.result.flags
    .filter((flag) => flag.code === 'STOP')
    .map((flag) =>
      ctx.t('banner.stop', {
        question: flag.questionId,
        finding: texts.text(`questions.${flag.questionId}.flags.${flag.id}`),
      }),
    );
  const matches = (doc.screening ?? [])
    .flatMap((run) => run.hits)
    .filter((hit) => hit.disposition === 'true-match')
    .map((hit) =>
      ctx.t('banner.sanction', { party: hit.partyName, entry: hit.entryName, list: hit.datasetLabel }),
    );
  return [...new Set([...stops, ...matches])];
}

/** The decision's conditions, numbered, each as "category: text". */
export function conditionLines(ctx: ReportContext, doc: EmbeddedAssessment): string[] {
  return (doc.decision?.conditions ?? []).map((condition, index) =>
    ctx.t('banner.condition', {
      number: ctx.formatNumber(index + 1),
      category: ctx.t(`condition.${condition.category}`),
      text: condition.text,
    }),
  );
}

/** The events that call for a new assessment, in the report's language; none before they had ids. */
export function triggerLines(ctx: ReportContext, doc: EmbeddedAssessment): string[] {
  return (doc.decision?.triggers ?? []).map((trigger) => ctx.t(`trigger.${trigger}`));
}
