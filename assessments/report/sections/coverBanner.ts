import type { Content } from 'pdfmake/interfaces';
import type { TextMeasurer } from '../bidi/fontMetrics';
import type { EmbeddedAssessment } from '../../verify/embeddedAssessment';
import { fingerprintBlock } from '../layout/fingerprint';
import { COLOUR, SIZE, para } from '../layout/blocks';
import { fieldPairs, type Field } from '../layout/fields';
import type { ReportContext } from '../layout/reportContext';
import { fitOneLine, type ReportSigner } from '../signatureBox';
import type { TemplateTexts } from '../templateTexts';
import { conditionLines, decisionGrounds } from './grounds';
import { TIER_FILL } from './summary';

/** Lines a list may take in the banner; a longer one shows one line less and points to page 2. */
const MAX_REASONS = 3;
const MAX_CONDITIONS = 2;

/**
 * The box at the top of the cover that a licensing officer reads first: decision, tier, the STOP
 * and sanctions reasons, the conditions, the review date and who signed with which certificate.
 * Every list item is one line; the executive summary on page 2 has them in full.
 */
export function coverBanner(
  ctx: ReportContext,
  doc: EmbeddedAssessment,
  texts: TemplateTexts,
  fonts: TextMeasurer,
  signer: ReportSigner | undefined,
): Content {
  const { decision, result } = doc;
  const lines = (items: string[], max: number, none: string) => (width: number) =>
    oneLineEach(ctx, items.length > 0 ? capped(ctx, items, max) : [none], width);
  const fields: Field[] = [
    {
      label: ctx.t('summary.final'),
      value: (width) => para(ctx, finalDecision(ctx, doc), width, { size: SIZE.h2, bold: true }),
    },
    {
      label: ctx.t('summary.tier'),
      value: (width) => para(ctx, ctx.t(`tier.${result.tier}`), width, { size: SIZE.h2, bold: true }),
      fill: TIER_FILL[result.tier],
    },
  ];
  if (decision?.staleSince) {
    fields.push({
      label: '',
      value: (width) => para(ctx, ctx.t('summary.stale'), width, { size: SIZE.small, bold: true }),
      whole: true,
    });
  }
  fields.push({
    label: ctx.t('banner.reasons'),
    value: lines(decisionGrounds(ctx, doc, texts), MAX_REASONS, ctx.t('banner.noReasons')),
    wide: true,
  });
  if (decision) {
    fields.push(
      {
        label: ctx.t('decision.conditions'),
        value: lines(conditionLines(ctx, doc), MAX_CONDITIONS, ctx.t('decision.noConditions')),
        wide: true,
      },
      {
        label: ctx.t('decision.reviewDate'),
        value: decision.reviewDate ? ctx.formatDate(decision.reviewDate) : ctx.t('decision.noReview'),
      },
    );
  }
  fields.push(
    signer
      ? { label: ctx.t('verify.signer'), value: `${signer.name}, ${signer.organisation}`, userText: true }
      : { label: ctx.t('verify.signer'), value: ctx.t('verify.unsigned') },
  );
  if (signer) {
    fields.push({
      label: ctx.t('signature.fingerprint'),
      value: (width) => fingerprintBlock(ctx, fonts, signer.fingerprint, width, SIZE.small),
      wide: true,
    });
  }
  return fieldPairs(ctx, fields, { frame: true, labelFill: COLOUR.header, margin: [0, 0, 0, 10] });
}

function finalDecision(ctx: ReportContext, doc: EmbeddedAssessment): string {
  const { decision } = doc;
  return decision ? ctx.t(`rec.${decision.finalRecommendation}`) : ctx.t('summary.noDecision');
}

/** `items`, or as many as fit in `max` lines with the last one saying how many more page 2 lists. */
function capped(ctx: ReportContext, items: string[], max: number): string[] {
  if (items.length <= max) return items;
  const shown = items.slice(0, max - 1);
  const more = ctx.t('banner.more', {
    count: ctx.formatNumber(items.length - shown.length),
    page: ctx.formatNumber(2),
  });
  return [...shown, more];
}

function oneLineEach(ctx: ReportContext, items: string[], width: number): Content {
  return {
    stack: items.map((item) =>
      para(ctx, fitOneLine(ctx, item, width, SIZE.small, false), width, { size: SIZE.small }),
    ),
  };
}
