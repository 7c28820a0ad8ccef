import type { Content, TableCell } from 'pdfmake/interfaces';
import type { EmbeddedAssessment } from '../../verify/embeddedAssessment';
import type { Tier } from '../../questionnaire/templateSchema';
import { FLAG_CODE_ORDER } from '../../scoring/flagOrder';
import { CONTENT_WIDTH, COLOUR, SIZE, columnWidths, grid, heading, keyValues, para } from '../layout/blocks';
import type { ReportContext } from '../layout/reportContext';
import type { TemplateTexts } from '../templateTexts';
import { conditionLines, decisionGrounds, triggerLines } from './grounds';

export const TIER_FILL: Record<Tier, string> = {
  Low: '#d9ead3',
  Medium: '#fff2cc',
  High: '#f9cb9c',
  Unacceptable: '#ea9999',
};

/**
 * Page 2: the outcome in figures, then why: the reasons against the export, the decision's
 * rationale (and why it departs from the computed recommendation) and its conditions, so the first
 * two pages carry the decision and its reasons. The decision section repeats them in context.
 */
export function executiveSummary(
  ctx: ReportContext,
  doc: EmbeddedAssessment,
  texts: TemplateTexts,
): Content[] {
  return [...summaryFigures(ctx, doc), ...decisionReasons(ctx, doc, texts)];
}

function summaryFigures(ctx: ReportContext, doc: EmbeddedAssessment): Content[] {
  const { result, decision } = doc;
  const flagCounts = FLAG_CODE_ORDER.map(
    (code) => [code, result.flags.filter((flag) => flag.code === code).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([code, count]) => `${code} ${ctx.formatNumber(count)}`)
    .join(', ');
  const gaps =
    result.gaps.unknownAnswers.length +
    result.gaps.missingRequired.length +
    result.gaps.missingEvidence.length +
    result.gaps.openGapFlags.length;
  return [
    heading(ctx, ctx.t('summary.heading'), 1, true),
    para(
      ctx,
      ctx.t('summary.text', {
        tier: ctx.t(`tier.${result.tier}`),
        recommendation: ctx.t(`rec.${result.recommendation}`),
      }),
      CONTENT_WIDTH,
      { margin: [0, 0, 0, 8] },
    ),
    keyValues(ctx, [
      [ctx.t('summary.tier'), ctx.t(`tier.${result.tier}`)],
      [ctx.t('summary.computed'), ctx.t(`rec.${result.recommendation}`)],
      [
        ctx.t('summary.final'),
        decision
          ? `${ctx.t(`rec.${decision.finalRecommendation}`)}${decision.staleSince ? `\n${ctx.t('summary.stale')}` : ''}`
          : ctx.t('summary.noDecision'),
      ],
      [ctx.t('summary.severity'), `${ctx.formatNumber(result.severity.band)} / ${ctx.formatNumber(5)}`],
      [
        ctx.t('summary.likelihood'),
        `${ctx.formatNumber(result.likelihood.finalBand)} / ${ctx.formatNumber(5)}`,
      ],
      [ctx.t('summary.flags'), flagCounts || ctx.formatNumber(0)],
      [
        ctx.t('summary.notification'),
        result.notification.required ? ctx.t('summary.required') : ctx.t('summary.notRequired'),
      ],
      [ctx.t('summary.gaps'), ctx.formatNumber(gaps)],
      [ctx.t('cover.status'), result.finalisable ? ctx.t('summary.complete') : ctx.t('summary.incomplete')],
    ]),
  ];
}

function decisionReasons(ctx: ReportContext, doc: EmbeddedAssessment, texts: TemplateTexts): Content[] {
  const { decision } = doc;
  const grounds = decisionGrounds(ctx, doc, texts);
  // Sentences in the report's language around the names they quote: laid out in its direction.
  const list = (items: string[]) =>
    items.map((item) => para(ctx, item, CONTENT_WIDTH, { margin: [0, 0, 0, 3] }));
  const out: Content[] = [];
  if (grounds.length > 0) out.push(heading(ctx, ctx.t('banner.reasons'), 2), ...list(grounds));
  if (!decision) return out;
  out.push(
    heading(ctx, ctx.t('decision.rationale'), 2),
    para(ctx, decision.rationale, CONTENT_WIDTH, { userText: true, margin: [0, 0, 0, 4] }),
  );
  if (decision.overrideJustification) {
    out.push(
      heading(ctx, ctx.t('decision.override'), 2),
      para(ctx, decision.overrideJustification, CONTENT_WIDTH, { userText: true, margin: [0, 0, 0, 4] }),
    );
  }
  const conditions = conditionLines(ctx, doc);
  out.push(
    heading(ctx, ctx.t('decision.conditions'), 2),
    ...(conditions.length > 0
      ? list(conditions)
      : [para(ctx, ctx.t('decision.noConditions'), CONTENT_WIDTH)]),
  );
  const triggers = triggerLines(ctx, doc);
  if (triggers.length > 0) {
    out.push(
      heading(ctx, ctx.t('decision.triggers'), 2),
      para(ctx, ctx.t('decision.triggersLead'), CONTENT_WIDTH, { margin: [0, 0, 0, 3] }),
      ...list(triggers.map((trigger) => `• ${trigger}`)),
    );
  }
  return out;
}

/**
 * The severity × likelihood grid of the pinned methodology, severity 5 at the top, with this
 * assessment's cell outlined and marked. Right-to-left documents run likelihood from the right.
 */
export function riskMatrix(ctx: ReportContext, doc: EmbeddedAssessment, texts: TemplateTexts): Content[] {
  const matrix = texts.template.scoring?.matrix;
  const { result } = doc;
  const out: Content[] = [heading(ctx, ctx.t('matrix.heading'), 1, true)];
  if (matrix) {
    const severity = result.severity.band;
    const likelihood = result.likelihood.finalBand;
    const widths = columnWidths([1.3, 1, 1, 1, 1, 1]);
    const [axisWidth = 0, cellWidth = 0] = widths;
    const header: TableCell[] = [
      para(ctx, `${ctx.t('matrix.severity')} \\ ${ctx.t('matrix.likelihood')}`, axisWidth, {
        size: SIZE.small,
        bold: true,
      }),
      ...[1, 2, 3, 4, 5].map((l) =>
        para(ctx, ctx.formatNumber(l), cellWidth, { bold: true, align: 'center' }),
      ),
    ];
    const rows: TableCell[][] = [5, 4, 3, 2, 1].map((s) => [
      para(ctx, ctx.formatNumber(s), axisWidth, { bold: true, align: 'center' }),
      ...[1, 2, 3, 4, 5].map((l) => {
        const tier = matrix[s - 1]?.[l - 1] ?? 'High';
        const here = s === severity && l === likelihood;
        return {
          ...(para(ctx, `${here ? '● ' : ''}${ctx.t(`tier.${tier}`)}`, cellWidth, {
            size: SIZE.small,
            bold: here,
            align: 'center',
            margin: [0, 6, 0, 6],
          }) as object),
          fillColor: TIER_FILL[tier],
        } as TableCell;
      }),
    ]);
    out.push(grid(ctx, widths, [header, ...rows], { headerRows: 1 }));
    out.push(
      para(
        ctx,
        ctx.t('matrix.position', {
          severity: ctx.formatNumber(severity),
          likelihood: ctx.formatNumber(likelihood),
          tier: ctx.t(`tier.${result.matrixTier}`),
        }),
        CONTENT_WIDTH,
        { margin: [0, 0, 0, 6] },
      ),
    );
  }
  if (result.overrides.length > 0) {
    out.push(heading(ctx, ctx.t('matrix.overrides'), 2));
    const widths = columnWidths([1, 4]);
    out.push(
      grid(
        ctx,
        widths,
        result.overrides.map((override) => [
          para(
            ctx,
            `${override.step}: ${ctx.t(`tier.${override.from}`)} → ${ctx.t(`tier.${override.to}`)}`,
            widths[0] ?? 0,
            {
              size: SIZE.small,
              bold: true,
            },
          ),
          para(ctx, override.reason, widths[1] ?? 0, { size: SIZE.small, userText: true }),
        ]),
      ),
    );
  }
  out.push(
    para(ctx, ctx.t('matrix.final', { tier: ctx.t(`tier.${result.tier}`) }), CONTENT_WIDTH, {
      size: SIZE.h2,
      bold: true,
      color: COLOUR.text,
      margin: [0, 4, 0, 0],
    }),
  );
  return out;
}
