import { isolate } from '../bidi/isolate';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { AuditTrailEntry } from '../../audit/assessmentTrail';
import type { EmbeddedAssessment } from '../../verify/embeddedAssessment';
import { CONTENT_WIDTH, COLOUR, SIZE, columnWidths, grid, heading, keyValues, para } from '../layout/blocks';
import type { ReportContext } from '../layout/reportContext';
import { isReportStringKey } from '../strings';
import type { TemplateTexts } from '../templateTexts';

/**
 * An audit event's action in the report's language; an action this release does not know (a later
 * one, or an event of another kind) is shown as recorded.
 */
function auditAction(ctx: ReportContext, action: string): string {
  const key = `audit.event.${action}`;
  return isReportStringKey(key) ? ctx.t(key) : action;
}

/** Annex A: every evidence item by hash; restricted items show nothing else. */
export function evidenceAnnex(ctx: ReportContext, doc: EmbeddedAssessment): Content[] {
  const out: Content[] = [heading(ctx, ctx.t('evidence.heading'), 1, true)];
  if (doc.evidence.length === 0) return [...out, para(ctx, ctx.t('evidence.none'), CONTENT_WIDTH)];
  const widths = columnWidths([1.1, 2]);
  const [hashWidth = 0, detailWidth = 0] = widths;
  const header: TableCell[] = [
    para(ctx, ctx.t('evidence.item'), hashWidth, { size: SIZE.small, bold: true }),
    para(ctx, ctx.t('evidence.details'), detailWidth, { size: SIZE.small, bold: true }),
  ];
  const rows = doc.evidence.map((item): TableCell[] => {
    const facts: string[] = [
      `${ctx.t('evidence.type')}: ${item.mimeType}`,
      `${ctx.t('evidence.size')}: ${ctx.formatBytes(item.sizeBytes)}`,
    ];
    if (item.questionIds.length > 0)
      facts.push(`${ctx.t('evidence.questions')}: ${item.questionIds.join(', ')}`);
    const details: Content[] = [];
    if (item.restricted || !item.details) {
      details.push(para(ctx, ctx.t('evidence.restricted'), detailWidth, { bold: true }));
    } else {
      const d = item.details;
      details.push(para(ctx, d.originalName, detailWidth, { bold: true, userText: true }));
      if (d.source)
        details.push(
          para(ctx, `${ctx.t('evidence.source')}: ${isolate(d.source)}`, detailWidth, {
            size: SIZE.small,
            userText: true,
          }),
        );
      const acquired = [d.acquiredAt ? ctx.formatDate(d.acquiredAt) : '', d.acquiredBy, d.acquiredHow]
        .filter(Boolean)
        .join(', ');
      if (acquired)
        details.push(
          para(ctx, `${ctx.t('evidence.acquired')}: ${isolate(acquired)}`, detailWidth, {
            size: SIZE.small,
            userText: true,
          }),
        );
      if (d.reliability || d.credibility) {
        details.push(
          para(
            ctx,
            `${ctx.t('evidence.grading')}: ${d.reliability ?? '–'}${d.credibility ?? '–'}`,
            detailWidth,
            {
              size: SIZE.small,
            },
          ),
        );
      }
    }
    details.push(para(ctx, facts.join('\n'), detailWidth, { size: SIZE.small, color: COLOUR.muted }));
    return [para(ctx, item.sha256, hashWidth, { size: SIZE.small }), { stack: details }];
  });
  out.push(grid(ctx, widths, [header, ...rows], { headerRows: 1, caption: ctx.t('evidence.heading') }));
  return out;
}

/** Annex B: the assessment's events in the hash-chained audit log. */
const AUDIT_HASH_DIGITS = 16;

export function auditAnnex(
  ctx: ReportContext,
  doc: EmbeddedAssessment,
  trail: readonly AuditTrailEntry[],
): Content[] {
  const out: Content[] = [
    heading(ctx, ctx.t('audit.heading'), 1, true),
    para(ctx, ctx.t('audit.intro', { seq: ctx.formatNumber(doc.auditHead.seq) }), CONTENT_WIDTH, {
      size: SIZE.small,
      margin: [0, 0, 0, 2],
    }),
    para(ctx, doc.auditHead.hash, CONTENT_WIDTH, { size: SIZE.small, margin: [0, 0, 0, 6] }),
  ];
  if (trail.length === 0) return [...out, para(ctx, ctx.t('audit.none'), CONTENT_WIDTH)];
  const widths = columnWidths([0.45, 1.35, 1, 1.6, 2.9]);
  const [w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0] = widths;
  const size = { size: SIZE.tiny };
  const header: TableCell[] = [
    para(ctx, ctx.t('audit.seq'), w0, { ...size, bold: true }),
    para(ctx, ctx.t('audit.time'), w1, { ...size, bold: true }),
    para(ctx, ctx.t('audit.actor'), w2, { ...size, bold: true }),
    para(ctx, ctx.t('audit.action'), w3, { ...size, bold: true }),
    para(ctx, ctx.t('audit.hash'), w4, { ...size, bold: true }),
  ];
  // An event is found in the workspace's log by its number; the hash's first 16 digits confirm it
  // (the chain's head above is given in full). Times are in the reader's notation, in UTC.
  const rows = trail.map((event): TableCell[] => [
    para(ctx, ctx.formatNumber(event.seq), w0, size),
    para(ctx, ctx.formatDateTimeUtc(event.at), w1, size),
    para(ctx, event.actor, w2, { ...size, userText: true }),
    para(ctx, auditAction(ctx, event.action), w3, size),
    para(ctx, event.hash.slice(0, AUDIT_HASH_DIGITS), w4, size),
  ]);
  out.push(grid(ctx, widths, [header, ...rows], { headerRows: 1, caption: ctx.t('audit.heading') }));
  return out;
}

/** Annex C: which template and which scoring configuration produced the result. */
export function methodologyAnnex(
  ctx: ReportContext,
  doc: EmbeddedAssessment,
  texts: TemplateTexts,
): Content[] {
  const { template } = texts;
  const hash = doc.templateRef.split('#')[1] ?? '';
  const out: Content[] = [
    heading(ctx, ctx.t('method.heading'), 1, true),
    keyValues(ctx, [
      [ctx.t('method.template'), `${texts.text('title')}\n${template.id}`],
      [ctx.t('method.version'), template.version],
      [ctx.t('method.hash'), hash],
      [ctx.t('method.scoring'), template.scoring?.version ?? ctx.t('method.none')],
    ]),
  ];
  const scoring = template.scoring;
  if (!scoring) return out;
  const percent = (share: number) => ctx.formatNumber(share, { style: 'percent', maximumFractionDigits: 1 });
  const rows: [string, string, { userText?: boolean }?][] = [
    [ctx.t('method.unknownRisk'), `${ctx.formatNumber(scoring.unknownRisk)} / ${ctx.formatNumber(4)}`],
    [ctx.t('method.dimensions'), scoring.severity.dimensions.join(', ')],
    [
      ctx.t('method.floors'),
      scoring.severity.floors
        .map((floor) => `≥ ${floor.atLeast}: ${texts.text(`scoring.floors.${floor.id}`)}`)
        .join('\n'),
    ],
    [
      ctx.t('method.components'),
      scoring.likelihood.components
        .map((c) => `${c.section}${c.questions ? ` (${c.questions.join(', ')})` : ''}: ${percent(c.weight)}`)
        .join('\n'),
    ],
    [ctx.t('method.cutoffs'), scoring.likelihood.cutoffs.map((cut) => ctx.formatNumber(cut)).join(' / ')],
    [
      ctx.t('method.actual'),
      scoring.likelihood.actual.map((rule) => texts.text(`scoring.actual.${rule.id}`)).join('\n'),
    ],
  ];
  if (scoring.likelihood.assessorJudgement)
    rows.push([ctx.t('method.judgement'), scoring.likelihood.assessorJudgement]);
  if (scoring.mitigation) {
    rows.push([
      ctx.t('method.mitigation'),
      ctx.t('method.mitigationValue', {
        credit: scoring.mitigation.credit,
        when: scoring.mitigation.when,
        max: scoring.mitigation.maxSeverity,
      }),
    ]);
  }
  if (scoring.cumulativeEscalationSections) {
    rows.push([
      ctx.t('method.cumulative'),
      ctx.t('method.cumulativeValue', { n: scoring.cumulativeEscalationSections }),
    ]);
  }
  if (scoring.unknownGate) {
    rows.push([
      ctx.t('method.unknownGate'),
      ctx.t('method.unknownGateValue', {
        share: percent(scoring.unknownGate.maxShare),
        sections: scoring.unknownGate.sections.join(', '),
      }),
    ]);
  }
  rows.push([
    ctx.t('method.recommendations'),
    (['Low', 'Medium', 'High', 'Unacceptable'] as const)
      .map((tier) => `${ctx.t(`tier.${tier}`)}: ${ctx.t(`rec.${scoring.recommendations[tier]}`)}`)
      .join('\n'),
  ]);
  out.push(heading(ctx, ctx.t('method.scoring'), 2));
  out.push(keyValues(ctx, rows));
  return out;
}
