import type { Content, CustomTableLayout, Margins, TableCell } from 'pdfmake/interfaces';
import type { Run } from '../bidi/layoutParagraph';
import { FAMILY_SCALE, hasRtl } from '../bidi/scripts';
import type { ReportContext } from './reportContext';

/** A4 portrait, in points. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margins: { left: 50, top: 64, right: 50, bottom: 64 },
} as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;

export const SIZE = { title: 20, h1: 15, h2: 11.5, body: 9, small: 7.5, tiny: 6 } as const;
export const COLOUR = { text: '#1a1a1a', muted: '#5f6368', rule: '#b8bcc2', header: '#eef0f3' } as const;

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
export function para(ctx: ReportContext, text: string, width: number, options: TextOptions = {}): Content {
  const size = options.size ?? SIZE.body;
  const bold = options.bold ?? false;
  const frame = {
    fontSize: size,
    bold,
    color: options.color ?? COLOUR.text,
    margin: options.margin ?? [0, 0, 0, 0],
  };
  const inline = (run: Run) =>
    FAMILY_SCALE[run.family] === 1
      ? { text: run.text, font: run.family }
      : { text: run.text, font: run.family, fontSize: size * FAMILY_SCALE[run.family] };
  if (ctx.direction === 'ltr' && !hasRtl(text)) {
    // Nothing to reorder: pdfmake wraps it with the same break rules and metrics, far cheaper.
    const runs = ctx.layout.fontRuns(text, ctx.primary);
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
      text: line.runs.length > 0 ? line.runs.map(inline) : ' ',
      alignment: options.align === 'center' ? 'center' : line.direction === 'rtl' ? 'right' : 'left',
    })),
  } as Content;
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

export const CELL_PAD_X = 4;
const CELL_PAD_Y = 3;
const RULE = 0.5;

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

/**
 * Content widths of `fractions.length` columns that together fill `total` points, padding and
 * rules included (pdfmake adds those around the widths it is given).
 */
export function columnWidths(fractions: number[], total = CONTENT_WIDTH): number[] {
  const chrome = fractions.length * 2 * CELL_PAD_X + (fractions.length + 1) * RULE;
  const sum = fractions.reduce((a, b) => a + b, 0);
  return fractions.map((fraction) => Math.floor(((total - chrome) * fraction) / sum));
}

/**
 * A ruled table whose cells the caller built for the given column widths. Columns are written in
 * reading order; a right-to-left document shows them right to left.
 */
export function grid(
  ctx: ReportContext,
  widths: number[],
  rows: TableCell[][],
  options: { headerRows?: number; margin?: Margins; dontBreakRows?: boolean } = {},
): Content {
  const rtl = ctx.direction === 'rtl';
  const headerRows = options.headerRows ?? 0;
  return {
    table: {
      widths: rtl ? [...widths].reverse() : widths,
      headerRows,
      dontBreakRows: options.dontBreakRows ?? true,
      body: rows.map((row, index) => {
        const cells = rtl ? [...row].reverse() : row;
        return index < headerRows
          ? cells.map((cell) => ({ ...(cell as object), fillColor: COLOUR.header }) as TableCell)
          : cells;
      }),
    },
    layout: gridLayout,
    margin: options.margin ?? [0, 0, 0, 8],
  };
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
