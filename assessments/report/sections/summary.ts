import type { Content, TableCell } from 'pdfmake/interfaces';
import type { EmbeddedAssessment } from '../embeddedAssessment';
import type { Tier } from '../../questionnaire/templateSchema';
import { CONTENT_WIDTH, COLOUR, SIZE, columnWidths, grid, heading, keyValues, para } from '../layout/blocks';
import type { ReportContext } from '../layout/reportContext';
import type { TemplateTexts } from '../templateTexts';

export const TIER_FILL: Record<Tier, string> = {
  Low: '#d9ead3',
  Medium: '#fff2cc',
  High: '#f9cb9c',
  Unacceptable: '#ea9999',
};

export function executiveSummary(ctx: ReportContext, doc: EmbeddedAssessment): Content[] {
  const { result, decision } = doc;
  const codes = ['STOP', 'ESC', 'NOTIFY', 'GAP'] as const;
  const flagCounts = codes
    .map((code) => [code, result.flags.filter((flag) => flag.code === code).length] as const)
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
