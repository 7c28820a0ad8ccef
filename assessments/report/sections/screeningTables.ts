import type { Content, TableCell } from 'pdfmake/interfaces';
import { IDENTIFIER_TYPES } from '../../questionnaire/answers';
import { judgeListAge, publicationDay } from '../../screening/listAge';
import { isolate } from '../bidi/isolate';
import type {
  EmbeddedAssessment,
  EmbeddedScreenedParty,
  EmbeddedScreeningRun,
} from '../../verify/embeddedAssessment';
import { CONTENT_WIDTH, SIZE, columnWidths, grid, para } from '../layout/blocks';
import type { ReportContext } from '../layout/reportContext';

/** Dark enough to read in black-and-white print, red enough to be seen first. */
const WARNING_COLOUR = '#a11d1d';

type Dataset = EmbeddedScreeningRun['datasets'][number];

/**
 * The lists a run screened against (label, publication date, file hash), then a warning for each
 * list older than the workspace's limit at the decision, or whose age cannot be judged. Reports
 * made before the limit was recorded (no `screeningPolicy`) judge nothing.
 */
export function screenedLists(
  ctx: ReportContext,
  doc: EmbeddedAssessment,
  run: EmbeddedScreeningRun,
): Content[] {
  const widths = columnWidths([3, 1.3, 1.5]);
  const [listWidth = 0, dateWidth = 0, hashWidth = 0] = widths;
  const bold = { size: SIZE.small, bold: true };
  const header: TableCell[] = [
    para(ctx, ctx.t('screening.list'), listWidth, bold),
    para(ctx, ctx.t('screening.published'), dateWidth, bold),
    para(ctx, ctx.t('screening.fileHash'), hashWidth, bold),
  ];
  const rows = run.datasets.map((dataset): TableCell[] => {
    // Labels usually begin with the source's name; it is printed once.
    const source = dataset.label.includes(dataset.sourceName) ? [] : [dataset.sourceName];
    return [
      {
        stack: [dataset.label, ...source].map((text) =>
          para(ctx, text, listWidth, { size: SIZE.small, userText: true }),
        ),
      },
      para(ctx, publishedText(ctx, dataset), dateWidth, { size: SIZE.small, userText: true }),
      para(ctx, `${dataset.sha256.slice(0, 16)}…`, hashWidth, { size: SIZE.small }),
    ];
  });
  return [
    para(ctx, `${ctx.t('screening.datasets')}:`, CONTENT_WIDTH, { size: SIZE.small, bold: true }),
    grid(ctx, widths, [header, ...rows], { headerRows: 1, margin: [0, 0, 0, 4] }),
    ...ageWarnings(ctx, doc, run.datasets),
  ];
}

function publishedText(ctx: ReportContext, dataset: Dataset): string {
  if (!dataset.vintage) return ctx.t('screening.notDated');
  // Only a full date is reformatted; "2024" or a free-text label is printed as the source gave it.
  return /^\d{4}-\d{2}-\d{2}$/u.test(dataset.vintage) && publicationDay(dataset.vintage) !== null
    ? ctx.formatDate(dataset.vintage)
    : dataset.vintage;
}

function ageWarnings(ctx: ReportContext, doc: EmbeddedAssessment, datasets: readonly Dataset[]): Content[] {
  const policy = doc.screeningPolicy;
  if (!policy) return [];
  // The age that mattered is the age when the decision was taken; undecided, when the report was made.
  const decidedAt = doc.decision?.decidedAt;
  const at = decidedAt ?? doc.generatedAt;
  const days = (n: number) => ctx.formatNumber(n, { style: 'unit', unit: 'day', unitDisplay: 'long' });
  const warnings = datasets.flatMap((dataset): string[] => {
    const age = judgeListAge(dataset.vintage, at, policy.maxListAgeDays);
    const list = dataset.label;
    switch (age.kind) {
      case 'fresh':
        return [];
      case 'stale':
        return [
          ctx.t(decidedAt ? 'screening.staleAtDecision' : 'screening.staleAtReport', {
            list,
            date: publishedText(ctx, dataset),
            age: days(age.days),
            limit: days(policy.maxListAgeDays),
          }),
        ];
      case 'undated':
        return [ctx.t('screening.ageUndated', { list })];
      case 'unreadable':
        return [ctx.t('screening.ageUnreadable', { list, date: dataset.vintage ?? '' })];
    }
  });
  return warnings.map((text, index) =>
    para(ctx, text, CONTENT_WIDTH, {
      size: SIZE.small,
      bold: true,
      color: WARNING_COLOUR,
      margin: [0, 0, 0, index === warnings.length - 1 ? 6 : 2],
    }),
  );
}

/**
 * Every party the run screened — name, the aliases, birth date, nationality and identifiers screened
 * with it, role, where it was entered — with its number of hits, "no hits" included. Reports made
 * before parties were recorded (no `parties`) show only the hits.
 */
export function screenedParties(ctx: ReportContext, run: EmbeddedScreeningRun): Content[] {
  if (!run.parties) return [];
  const widths = columnWidths([2.4, 1.4, 1.4, 0.9]);
  const [nameWidth = 0, roleWidth = 0, sourceWidth = 0, resultWidth = 0] = widths;
  const bold = { size: SIZE.small, bold: true };
  const small = { size: SIZE.small, userText: true };
  const header: TableCell[] = [
    para(ctx, ctx.t('screening.party'), nameWidth, bold),
    para(ctx, ctx.t('screening.role'), roleWidth, bold),
    para(ctx, ctx.t('screening.partySource'), sourceWidth, bold),
    para(ctx, ctx.t('screening.result'), resultWidth, bold),
  ];
  const rows = run.parties.map((party): TableCell[] => {
    const hits = run.hits.filter((hit) => hit.partyName === party.name).length;
    // The end user comes from the assessment itself; its stored role is the English "end user".
    const fromAssessment = party.source === 'assessment';
    const aliases =
      party.aliases.length > 0
        ? [para(ctx, ctx.t('screening.aliases', { aliases: party.aliases.join('; ') }), nameWidth, small)]
        : [];
    const details = partyDetails(ctx, party).map((text) => para(ctx, text, nameWidth, small));
    return [
      { stack: [para(ctx, party.name, nameWidth, { ...small, bold: true }), ...aliases, ...details] },
      fromAssessment
        ? para(ctx, ctx.t('screening.roleEndUser'), roleWidth, { size: SIZE.small })
        : para(ctx, party.role || '—', roleWidth, small),
      para(
        ctx,
        fromAssessment
          ? ctx.t('screening.fromAssessment')
          : ctx.t('screening.fromQuestion', { id: party.source }),
        sourceWidth,
        { size: SIZE.small },
      ),
      para(
        ctx,
        hits === 0
          ? ctx.t('screening.partyNoHits')
          : ctx.t('screening.partyHits', { count: ctx.formatNumber(hits) }),
        resultWidth,
        { size: SIZE.small, bold: hits > 0 },
      ),
    ];
  });
  return [
    para(ctx, `${ctx.t('screening.parties')}:`, CONTENT_WIDTH, { size: SIZE.small, bold: true }),
    grid(ctx, widths, [header, ...rows], { headerRows: 1 }),
  ];
}

/**
 * The lines under a party's name for what else identified it: a full birth date in the report's
 * language (a year as entered), the country's name, each identifier as "type: value". A type
 * written as free text by an earlier version is printed as it was written.
 */
function partyDetails(ctx: ReportContext, party: EmbeddedScreenedParty): string[] {
  const lines: string[] = [];
  if (party.birthDate) {
    const full = /^\d{4}-\d{2}-\d{2}$/u.test(party.birthDate);
    const date = full ? ctx.formatDate(party.birthDate) : isolate(party.birthDate);
    lines.push(ctx.t('screening.birthDate', { date }));
  }
  if (party.nationality)
    lines.push(ctx.t('screening.nationality', { country: isolate(ctx.countryName(party.nationality)) }));
  for (const { type, value } of party.identifiers ?? []) {
    const known = IDENTIFIER_TYPES.find((candidate) => candidate === type);
    const label = known ? ctx.t(`answers.identifier.${known}`) : isolate(type);
    lines.push(ctx.t('screening.identifier', { type: label, value: isolate(value) }));
  }
  return lines;
}
