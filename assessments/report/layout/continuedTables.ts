import type { Content, CustomTableLayout } from 'pdfmake/interfaces';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE, para } from './blocks';
import type { ReportContext } from './reportContext';

/**
 * Knows, while pdfmake lays the document out, which table a newly added page continues.
 *
 * pdfmake repeats a table's header rows on every page the table runs onto, but the repeats are
 * copies of the first header and cannot say that they continue; the page has to say it. Two facts
 * of the layout make that possible without a second pass: pdfmake asks a table's layout for a row's
 * top padding as the row begins, and lays a page's background out the moment it adds the page, in
 * the middle of whatever overflowed. So a table is open from its first body row on, an end mark
 * (a table of no height) placed right after it closes it, and the background of a page added while
 * a table is open names that table.
 */
export interface ContinuedTables {
  /** `layout`, also opening the table `caption` when row `firstBodyRow` (or a later one) begins. */
  track(layout: CustomTableLayout, caption: string, firstBodyRow: number): CustomTableLayout;
  /** A node of no height that closes the table before it. */
  endMark(): Content;
  /** Called from the page background: the caption of the table page `page` continues, if any. */
  continuedOn(page: number): string | null;
}

export function continuedTables(): ContinuedTables {
  let open: string | null = null;
  const closing: CustomTableLayout = {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: () => 0,
    paddingRight: () => 0,
    paddingTop: () => {
      open = null;
      return 0;
    },
    paddingBottom: () => 0,
  };
  return {
    track: (layout, caption, firstBodyRow) => ({
      ...layout,
      paddingTop: (row, node) => {
        if (row >= firstBodyRow) open = caption;
        return typeof layout.paddingTop === 'function' ? layout.paddingTop(row, node) : 0;
      },
    }),
    endMark: () => ({ table: { widths: ['*'], body: [[{ stack: [] }]] }, layout: closing }),
    continuedOn: (page) => {
      // Page 1 is added before anything is laid out: a new layout starts with no table open.
      if (page === 1) open = null;
      return open;
    },
  };
}

/**
 * The page background: on a page a table continues onto, its caption and "(continued)" just above
 * the header rows pdfmake repeats at the top of the page.
 */
export function continuedCaption(ctx: ReportContext, page: number): Content | null {
  const caption = ctx.tables.continuedOn(page);
  if (caption === null) return null;
  return {
    margin: [PAGE.margins.left, PAGE.margins.top - 13, PAGE.margins.right, 0],
    columns: [
      {
        width: CONTENT_WIDTH,
        stack: [para(ctx, caption, CONTENT_WIDTH, { size: SIZE.small, bold: true, color: COLOUR.muted })],
      },
    ],
  };
}
