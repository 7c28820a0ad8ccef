import type { CustomTableLayout } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { continuedTables } from './continuedTables';

/** pdfmake's calls, in the order it makes them while laying a document out. */
describe('which table a page continues', () => {
  const base: CustomTableLayout = { paddingTop: () => 3 };
  const node = { table: { body: [] } } as never;

  it('names the table a page is added in the middle of, from its first body row to its end mark', () => {
    const tables = continuedTables();
    const flags = tables.track(base, 'Red flags (continued)', 2);
    const endMark = tables.endMark() as { layout: CustomTableLayout };
    const beginRow = (layout: CustomTableLayout, row: number) =>
      typeof layout.paddingTop === 'function' ? layout.paddingTop(row, node) : layout.paddingTop;

    expect(tables.continuedOn(1)).toBeNull();
    expect(beginRow(flags, 0)).toBe(3);
    beginRow(flags, 1);
    // The header and the row kept with it moved together: a fresh start, not a continuation.
    expect(tables.continuedOn(2)).toBeNull();
    beginRow(flags, 2);
    expect(tables.continuedOn(3)).toBe('Red flags (continued)');
    beginRow(flags, 3);
    expect(beginRow(endMark.layout, 0)).toBe(0);
    // A page added by what follows the table.
    expect(tables.continuedOn(4)).toBeNull();
  });

  it('starts every layout afresh, even one that stopped inside a table', () => {
    const tables = continuedTables();
    const layout = tables.track(base, 'Annex B (continued)', 1);
    if (typeof layout.paddingTop === 'function') layout.paddingTop(5, node);
    expect(tables.continuedOn(1)).toBeNull();
    expect(tables.continuedOn(2)).toBeNull();
  });

  it('draws an end mark of no height', () => {
    const mark = continuedTables().endMark() as { table: { body: unknown[][] }; layout: CustomTableLayout };
    expect(mark.table.body).toEqual([[{ stack: [] }]]);
    const zero = (value: CustomTableLayout[keyof CustomTableLayout]) =>
      typeof value === 'function' ? (value as (i: number, n: never) => number)(0, node) : value;
    for (const key of ['hLineWidth', 'vLineWidth', 'paddingLeft', 'paddingRight', 'paddingBottom'] as const)
      expect(zero(mark.layout[key])).toBe(0);
  });
});
