import type { Content, CustomTableLayout, Margins, TableCell } from 'pdfmake/interfaces';
import type { Run } from '../bidi/layoutParagraph';
import type { FontFamily } from '../fonts';
import { familyScale, hasRtl, shaperReverses } from '../bidi/scripts';
import type { ReportContext } from './reportContext';
import { isolate, withoutBidiControls } from '../bidi/isolate';
import { withNoBreakHyphens } from '../bidi/noBreakHyphen';
import { hasNumberSeparator, readingFeatures, type RunReading } from '../glyphTextMap';

/** A4 portrait, in points. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margins: { left: 50, top: 64, right: 50, bottom: 64 },
} as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;

export const SIZE = { title: 20, h1: 15, h2: 11.5, body: 9, small: 7.5, tiny: 6 } as const;
export const COLOUR = { text: '#1a1a1a', muted: '#5f6368', rule: '#b8bcc2', header: '#eef0f3' } as const;

/**
 * Line height per family, as a multiple of the font's own. Noto Naskh Arabic's is 1.7 em: text
 * extraction (pdftotext) puts lines further apart than 1.5 em in separate blocks, and then reads
 * the two columns of a table line by line, alternately. 0.85 brings it to 1.45 em, which still
 * clears Naskh's marks.
 */
const LINE_HEIGHT: Record<FontFamily, number> = { NotoSans: 1, NotoNaskhArabic: 0.84, NotoSansSC: 1 };

export interface TextOptions {
  size?: number;
  bold?: boolean;
  color?: string;
  margin?: Margins;
  /** Text typed by a user: its direction follows its first strong character. */
  userText?: boolean;
  align?: 'start' | 'center';
}

/**
 * A paragraph. Text that needs the bidi layout (any right-to-left letter, or a right-to-left
 * document) is broken into lines and reordered here and handed to pdfmake one line at a time, so
 * it never re-wraps or reorders anything; `width` is the exact width it will occupy. Plain
 * left-to-right text goes to pdfmake as font runs and is wrapped there.
 */
export function para(ctx: ReportContext, typed: string, width: number, options: TextOptions = {}): Content {
  const text = withNoBreakHyphens(typed);
  const size = options.size ?? SIZE.body;
  const bold = options.bold ?? false;
  const frame = {
    fontSize: size,
    bold,
    color: options.color ?? COLOUR.text,
    margin: options.margin ?? [0, 0, 0, 0],
  };
  const scale = (family: FontFamily) => familyScale(family, ctx.primary);
  const inline = (run: Run & RunReading) => {
    const features = readingFeatures({ ...run, rtl: run.rtl === true && hasNumberSeparator(run.text) });
    return {
      text: run.text,
      font: run.family,
      ...(scale(run.family) === 1 ? {} : { fontSize: size * scale(run.family) }),
      ...(LINE_HEIGHT[run.family] === 1 ? {} : { lineHeight: LINE_HEIGHT[run.family] }),
      ...(features.length > 0 ? { fontFeatures: features } : {}),
    };
  };
  if (ctx.direction === 'ltr' && !hasRtl(text)) {
    // Nothing to reorder: pdfmake wraps it with the same break rules and metrics, far cheaper.
    const runs = ctx.layout.fontRuns(withoutBidiControls(text), ctx.primary);
    return {
      ...frame,
      text: runs.length > 0 ? runs.map(inline) : ' ',
      alignment: options.align === 'center' ? 'center' : 'left',
    } as Content;
  }
  const lines = ctx.layout.layout(text, width - 0.5, {
    size,
    bold,
    primary: ctx.primary,
    direction: options.userText ? 'auto' : ctx.direction,
  });
  return {
    ...frame,
    stack: lines.map((line) => ({
      text: line.runs.length > 0 ? withDirectionMarks(line.runs).map(inline) : ' ',
      alignment: options.align === 'center' ? 'center' : line.direction === 'rtl' ? 'right' : 'left',
    })),
  } as Content;
}

/**
 * The runs of a laid-out line, each stretch of one direction read with an invisible direction mark
 * (RLM or LRM) after its rightmost glyph. Text extraction does not run the bidi algorithm:
 * pdftotext splits a line at strong letters and digits only and hands the punctuation between two
 * stretches to the wrong one ("C5." at the start of an Arabic line came out ".C5", "3 / 5" as
 * "5 / 3"). A mark is a strong character of its stretch's direction, so the punctuation stays in
 * the stretch it belongs to. It goes on the right edge only: extraction reads a right-to-left
 * stretch from its right, and an RLM on a stretch's left edge split its last letter off as a word
 * of its own. A left-to-right stretch gets one only where it ends in punctuation: extraction counts
 * LRMs as Latin letters when it decides whether a page reads right to left. Spaces are skipped
 * (extraction drops them).
 */
/** A run's characters left to right as drawn (the shaper reverses right-to-left script runs). */
function drawn(run: Run): string {
  return shaperReverses(run.text) ? [...run.text].reverse().join('') : run.text;
}

function withDirectionMarks(runs: Run[]): (Run & RunReading)[] {
  const out: (Run & RunReading)[] = runs.map((run) => ({ ...run }));
  const direction = (run: Run | undefined) => (run?.rtl ? 'rtl' : 'ltr');
  let start = 0;
  for (let i = 1; i <= out.length; i += 1) {
    if (i < out.length && direction(out[i]) === direction(out[start])) continue;
    const inked = out.slice(start, i).filter((run) => run.text.trim() !== '');
    const first = inked[0];
    const last = inked[inked.length - 1];
    if (first?.rtl && !/^[\p{L}\p{N}]/u.test(drawn(first))) first.markBefore = 'rtl';
    if (last && (last.rtl || !/[\p{L}\p{N}]$/u.test(drawn(last)))) last.markAfter = direction(last);
    start = i;
  }
  return out;
}

/**
 * A Latin-only line that must come out of the page exactly as written (the verification lines):
 * never broken, never reordered, left to right in every document.
 */
export function latinLine(text: string, size: number): Content {
  return { text, font: 'NotoSans', fontSize: size, noWrap: true, alignment: 'left', color: COLOUR.text };
}

export function heading(ctx: ReportContext, text: string, level: 1 | 2, pageBreak = false): Content {
  const node = para(ctx, text, CONTENT_WIDTH, {
    size: level === 1 ? SIZE.h1 : SIZE.h2,
    bold: true,
    margin: level === 1 ? [0, 0, 0, 8] : [0, 10, 0, 4],
  }) as object;
  return {
    ...node,
    ...(pageBreak ? { pageBreak: 'before' } : {}),
  } as Content;
}

export const CELL_PAD_X = 6;
const CELL_PAD_Y = 3;
const RULE = 0.5;
/** What separates two columns' contents: a padding, the rule, the next padding. */
export const COLUMN_GUTTER = 2 * CELL_PAD_X + RULE;
const FRAME = 1.5;
/** What a framed grid's heavier outer rules take from the width its columns can fill. */
export const FRAME_EXTRA = 2 * (FRAME - RULE);

const gridLayout: CustomTableLayout = {
  hLineWidth: () => RULE,
  vLineWidth: () => RULE,
  hLineColor: () => COLOUR.rule,
  vLineColor: () => COLOUR.rule,
  paddingLeft: () => CELL_PAD_X,
  paddingRight: () => CELL_PAD_X,
  paddingTop: () => CELL_PAD_Y,
  paddingBottom: () => CELL_PAD_Y,
};

/** The grid with a heavy dark outer border, for a box that must catch the eye. */
function framedLayout(rows: number, columns: number): CustomTableLayout {
  const outer = (index: number, count: number) => index === 0 || index === count;
  return {
    ...gridLayout,
    hLineWidth: (index) => (outer(index, rows) ? FRAME : RULE),
    vLineWidth: (index) => (outer(index, columns) ? FRAME : RULE),
    hLineColor: (index) => (outer(index, rows) ? COLOUR.text : COLOUR.rule),
    vLineColor: (index) => (outer(index, columns) ? COLOUR.text : COLOUR.rule),
  };
}

/**
 * Content widths of `fractions.length` columns that together fill `total` points, padding and
 * rules included (pdfmake adds those around the widths it is given).
 */
export function columnWidths(fractions: number[], total = CONTENT_WIDTH): number[] {
  const chrome = fractions.length * 2 * CELL_PAD_X + (fractions.length + 1) * RULE;
  const sum = fractions.reduce((a, b) => a + b, 0);
  return fractions.map((fraction) => Math.floor(((total - chrome) * fraction) / sum));
}

export interface GridOptions {
  headerRows?: number;
  margin?: Margins;
  dontBreakRows?: boolean;
  /** Names the table on the pages it continues onto ("Red flags (continued)"). */
  caption?: string;
  /** A heavy outer border; columns must then fill `CONTENT_WIDTH - FRAME_EXTRA`. */
  frame?: boolean;
}

/**
 * A ruled table whose cells the caller built for the given column widths. Columns are written in
 * reading order; a right-to-left document shows them right to left. A table with header rows
 * repeats them on every page it continues onto, under a line saying it continues.
 */
export function grid(
  ctx: ReportContext,
  widths: number[],
  rows: TableCell[][],
  options: GridOptions = {},
): Content {
  const rtl = ctx.direction === 'rtl';
  const headerRows = options.headerRows ?? 0;
  const dontBreakRows = options.dontBreakRows ?? true;
  // A header alone at the foot of a page says nothing; it takes its first row along. Not when rows
  // may break: a row taller than a page cannot be kept with anything.
  const keepWithHeaderRows = headerRows > 0 && dontBreakRows && rows.length > headerRows ? 1 : 0;
  const layout = options.frame ? framedLayout(rows.length, widths.length) : gridLayout;
  const margin = options.margin ?? [0, 0, 0, 8];
  const table = {
    widths: rtl ? [...widths].reverse() : widths,
    headerRows,
    keepWithHeaderRows,
    dontBreakRows,
    body: rows.map((row, index) => {
      const cells = rtl ? mirrored(row) : row;
      return index < headerRows
        ? cells.map((cell) => ({ ...(cell as object), fillColor: COLOUR.header }) as TableCell)
        : cells;
    }),
  };
  if (headerRows === 0) return { table, layout, margin };
  // The caption is a heading of the report's own ("B. Product…"): it reads in the document's direction.
  const caption = ctx.t('table.continued', { title: isolate(options.caption ?? '', ctx.direction) }).trim();
  return {
    stack: [
      { table, layout: ctx.tables.track(layout, caption, headerRows + keepWithHeaderRows) },
      ctx.tables.endMark(),
    ],
    margin,
  };
}

/**
 * A row in right-to-left column order. A cell spanning columns stays first of its span (pdfmake
 * wants the placeholders after it), so spans move as a whole.
 */
function mirrored(row: TableCell[]): TableCell[] {
  const spans: TableCell[][] = [];
  for (let index = 0; index < row.length;) {
    const span = Math.max(1, (row[index] as { colSpan?: number }).colSpan ?? 1);
    spans.push(row.slice(index, index + span));
    index += span;
  }
  return spans.reverse().flat();
}

/** Label and value rows, labels in the narrower column. */
export function keyValues(
  ctx: ReportContext,
  rows: [string, string | Content, { userText?: boolean }?][],
  fractions: [number, number] = [1, 2],
): Content {
  const widths = columnWidths(fractions);
  const [labelWidth = 0, valueWidth = 0] = widths;
  return grid(
    ctx,
    widths,
    rows.map(([label, value, options]) => [
      para(ctx, label, labelWidth, { bold: true, size: SIZE.small }),
      typeof value === 'string' ? para(ctx, value, valueWidth, { userText: options?.userText }) : value,
    ]),
  );
}
