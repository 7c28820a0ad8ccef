import type { Content, TableCell } from 'pdfmake/interfaces';
import type { EmbeddedAssessment, EmbeddedScreeningRun } from '../../verify/embeddedAssessment';
import { CONTENT_WIDTH, COLOUR, SIZE, columnWidths, grid, heading, para } from '../layout/blocks';
import type { ReportContext } from '../layout/reportContext';
import { screenedLists, screenedParties } from './screeningTables';

/**
 * Annex D: every screening run of the assessment — the threshold, the list versions it used
 * (publication date, file hash, and whether each was out of date at the decision), every party
 * screened, and each hit with its score, the listed entry, and who disposed of it and why.
 * Absent when the assessment was never screened, so such reports are unchanged.
 */
export function screeningAnnex(ctx: ReportContext, doc: EmbeddedAssessment): Content[] {
  if (!doc.screening) return [];
  return [
    heading(ctx, ctx.t('screening.heading'), 1, true),
    para(ctx, ctx.t('screening.intro'), CONTENT_WIDTH, { size: SIZE.small, margin: [0, 0, 0, 6] }),
    ...doc.screening.flatMap((run) => screeningRun(ctx, doc, run)),
  ];
}

function screeningRun(ctx: ReportContext, doc: EmbeddedAssessment, run: EmbeddedScreeningRun): Content[] {
  const threshold = ctx.formatNumber(run.threshold, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const out: Content[] = [
    heading(ctx, ctx.t('screening.run', { time: ctx.formatDateTime(run.runAt), who: run.runBy }), 2),
    para(ctx, ctx.t('screening.threshold', { threshold }), CONTENT_WIDTH, {
      size: SIZE.small,
      margin: [0, 0, 0, 4],
    }),
    ...screenedLists(ctx, doc, run),
    ...screenedParties(ctx, run),
  ];
  if (run.hits.length === 0) {
    out.push(para(ctx, ctx.t('screening.noHits'), CONTENT_WIDTH, { margin: [0, 4, 0, 8] }));
    return out;
  }
  out.push(para(ctx, `${ctx.t('screening.hits')}:`, CONTENT_WIDTH, { size: SIZE.small, bold: true }));
  out.push(hitTable(ctx, run));
  return out;
}

function hitTable(ctx: ReportContext, run: EmbeddedScreeningRun): Content {
  const widths = columnWidths([1.2, 2, 0.5, 1.8]);
  const [partyWidth = 0, entryWidth = 0, scoreWidth = 0, dispositionWidth = 0] = widths;
  const bold = { size: SIZE.small, bold: true };
  const header: TableCell[] = [
    para(ctx, ctx.t('screening.party'), partyWidth, bold),
    para(ctx, ctx.t('screening.match'), entryWidth, bold),
    para(ctx, ctx.t('screening.score'), scoreWidth, bold),
    para(ctx, ctx.t('screening.disposition'), dispositionWidth, bold),
  ];
  const small = { size: SIZE.small, userText: true };
  const rows = run.hits.map((hit): TableCell[] => {
    const decided: Content[] = [
      para(
        ctx,
        hit.disposition ? ctx.t(`screening.${hit.disposition}`) : ctx.t('screening.undecided'),
        dispositionWidth,
        { size: SIZE.small, bold: true },
      ),
    ];
    if (hit.reason) decided.push(para(ctx, hit.reason, dispositionWidth, small));
    if (hit.decidedBy) {
      const muted = { ...small, color: COLOUR.muted };
      decided.push(para(ctx, ctx.t('screening.decidedBy', { who: hit.decidedBy }), dispositionWidth, muted));
      // On a line of its own: a date beside a name in another script reorders confusingly.
      if (hit.decidedAt) {
        decided.push(
          para(ctx, ctx.formatDateTime(hit.decidedAt), dispositionWidth, {
            size: SIZE.small,
            color: COLOUR.muted,
          }),
        );
      }
    }
    return [
      para(ctx, hit.partyName, partyWidth, small),
      {
        stack: [
          para(ctx, hit.entryName, entryWidth, { ...small, bold: true }),
          ...(hit.matchedName !== hit.entryName ? [para(ctx, hit.matchedName, entryWidth, small)] : []),
          para(ctx, `${hit.datasetLabel} · ${hit.sourceId}`, entryWidth, { ...small, color: COLOUR.muted }),
        ],
      },
      para(
        ctx,
        ctx.formatNumber(hit.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
        scoreWidth,
        { size: SIZE.small },
      ),
      { stack: decided },
    ];
  });
  return grid(ctx, widths, [header, ...rows], { headerRows: 1 });
}
