import type { Content, Margins, TableCell } from 'pdfmake/interfaces';
import { COLUMN_GUTTER, CONTENT_WIDTH, FRAME_EXTRA, SIZE, columnWidths, grid, para } from './blocks';
import type { ReportContext } from './reportContext';

/** A labelled value: text, or content built for the width it gets. */
export interface Field {
  label: string;
  value: string | ((width: number) => Content);
  /** Text typed by a user (its direction follows its first strong character). */
  userText?: boolean;
  /** On a row of its own: the value across the three columns after the label. */
  wide?: boolean;
  /** On a row of its own without its label: the value across all four columns. */
  whole?: boolean;
  /** Background of the value cell. */
  fill?: string;
}

export interface FieldOptions {
  frame?: boolean;
  /** Background of the label cells. */
  labelFill?: string;
  margin?: Margins;
}

/**
 * Label and value pairs two to a row (label, value, label, value), a wide field on a row of its
 * own, so a page of short facts takes half the rows a list of them would.
 */
export function fieldPairs(ctx: ReportContext, fields: Field[], options: FieldOptions = {}): Content {
  const total = options.frame ? CONTENT_WIDTH - FRAME_EXTRA : CONTENT_WIDTH;
  const widths = columnWidths([1, 1.7, 1, 1.7], total);
  const [labelWidth = 0, valueWidth = 0] = widths;
  const spanned = (columns: number) =>
    widths.slice(4 - columns).reduce((sum, width) => sum + width, 0) + (columns - 1) * COLUMN_GUTTER;
  const label = (field: Field): TableCell =>
    ({
      ...(para(ctx, field.label, labelWidth, { size: SIZE.small, bold: true }) as object),
      ...(options.labelFill ? { fillColor: options.labelFill } : {}),
    }) as TableCell;
  const value = (field: Field, columns: 1 | 3 | 4): TableCell[] => {
    const width = columns === 1 ? valueWidth : spanned(columns);
    const content =
      typeof field.value === 'string'
        ? para(ctx, field.value, width, { userText: field.userText })
        : field.value(width);
    const cell = {
      ...(content as object),
      ...(field.fill ? { fillColor: field.fill } : {}),
      ...(columns > 1 ? { colSpan: columns } : {}),
    } as TableCell;
    return [cell, ...Array.from({ length: columns - 1 }, () => ({}) as TableCell)];
  };
  const alone = (field: Field | undefined) => !field || Boolean(field.wide || field.whole);
  const rows: TableCell[][] = [];
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index] as Field;
    const next = fields[index + 1];
    if (field.whole) rows.push(value(field, 4));
    else if (alone(field) || alone(next)) rows.push([label(field), ...value(field, 3)]);
    else {
      rows.push([label(field), ...value(field, 1), label(next as Field), ...value(next as Field, 1)]);
      index++;
    }
  }
  return grid(ctx, widths, rows, { frame: options.frame, margin: options.margin });
}
