import type { Content, TableCell } from 'pdfmake/interfaces';
import type { EmbeddedAssessment } from '../../verify/embeddedAssessment';
import { CONTENT_WIDTH, SIZE, columnWidths, grid, heading, keyValues, para } from '../layout/blocks';
import type { ReportContext } from '../layout/reportContext';
import { triggerLines } from './grounds';

/**
 * The decision: computed and final outcome side by side, then conditions, the events that call for
 * a new assessment, and reasons.
 */
export function decisionSection(ctx: ReportContext, doc: EmbeddedAssessment): Content[] {
  const out: Content[] = [heading(ctx, ctx.t('decision.heading'), 1, true)];
  const { decision, result } = doc;
  if (!decision) {
    out.push(para(ctx, ctx.t('decision.none'), CONTENT_WIDTH));
    return out;
  }
  if (decision.staleSince) {
    out.push(para(ctx, ctx.t('summary.stale'), CONTENT_WIDTH, { bold: true, margin: [0, 0, 0, 6] }));
  }
  const widths = columnWidths([1, 1.5, 1.5]);
  const [labelWidth = 0, computedWidth = 0, finalWidth = 0] = widths;
  const small = { size: SIZE.small, bold: true };
  const rows: TableCell[][] = [
    [
      para(ctx, '', labelWidth),
      para(ctx, ctx.t('decision.computed'), computedWidth, small),
      para(ctx, ctx.t('decision.final'), finalWidth, small),
    ],
    [
      para(ctx, ctx.t('decision.tier'), labelWidth, small),
      para(ctx, ctx.t(`tier.${decision.computedTier}`), computedWidth),
      para(ctx, ctx.t(`tier.${result.tier}`), finalWidth),
    ],
    [
      para(ctx, ctx.t('decision.recommendation'), labelWidth, small),
      para(ctx, ctx.t(`rec.${decision.computedRecommendation}`), computedWidth),
      para(ctx, ctx.t(`rec.${decision.finalRecommendation}`), finalWidth, { bold: true }),
    ],
  ];
  out.push(grid(ctx, widths, rows, { headerRows: 1 }));
  out.push(heading(ctx, ctx.t('decision.conditions'), 2));
  if (decision.conditions.length === 0) {
    out.push(para(ctx, ctx.t('decision.noConditions'), CONTENT_WIDTH, { margin: [0, 0, 0, 6] }));
  } else {
    const condWidths = columnWidths([1, 3]);
    out.push(
      grid(
        ctx,
        condWidths,
        decision.conditions.map((condition, index) => [
          para(
            ctx,
            `${ctx.formatNumber(index + 1)}. ${ctx.t(`condition.${condition.category}`)}`,
            condWidths[0] ?? 0,
            {
              size: SIZE.small,
              bold: true,
            },
          ),
          para(ctx, condition.text, condWidths[1] ?? 0, { userText: true }),
        ]),
      ),
    );
  }
  out.push(...triggerBlock(ctx, doc));
  out.push(heading(ctx, ctx.t('decision.rationale'), 2));
  out.push(para(ctx, decision.rationale, CONTENT_WIDTH, { userText: true, margin: [0, 0, 0, 6] }));
  if (decision.overrideJustification) {
    out.push(heading(ctx, ctx.t('decision.override'), 2));
    out.push(
      para(ctx, decision.overrideJustification, CONTENT_WIDTH, { userText: true, margin: [0, 0, 0, 6] }),
    );
  }
  out.push(
    keyValues(ctx, [
      [
        ctx.t('decision.reviewDate'),
        decision.reviewDate ? ctx.formatDate(decision.reviewDate) : ctx.t('decision.noReview'),
      ],
      [ctx.t('decision.decidedBy'), decision.decidedBy, { userText: true }],
      [ctx.t('decision.decidedAt'), ctx.formatDateTime(decision.decidedAt)],
    ]),
  );
  return out;
}

/** Nothing for a decision without triggers, so reports of earlier decisions read as they did. */
function triggerBlock(ctx: ReportContext, doc: EmbeddedAssessment): Content[] {
  const triggers = triggerLines(ctx, doc);
  if (triggers.length === 0) return [];
  return [
    heading(ctx, ctx.t('decision.triggers'), 2),
    para(ctx, ctx.t('decision.triggersLead'), CONTENT_WIDTH, { margin: [0, 0, 0, 3] }),
    ...triggers.map((trigger, index) =>
      para(ctx, `${ctx.formatNumber(index + 1)}. ${trigger}`, CONTENT_WIDTH, {
        margin: [0, 0, 0, index === triggers.length - 1 ? 6 : 2],
      }),
    ),
  ];
}
