import type { Content } from 'pdfmake/interfaces';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE, para } from './layout/blocks';
import type { ReportContext } from './layout/reportContext';
import { REVIEWER_FIELDS, type ReviewerFieldName } from '../signing/reviewerFields';
import { fitOneLine, SIGNATURE_BOX, type SignatureBoxPosition } from './signatureBox';

/**
 * The reviewers' signature fields, in order. A certified report (DocMDP P=2) may not gain page
 * content or new fields' boxes that look like part of the report, so the boxes are drawn now and the
 * fields created empty at signing; countersigning fills them, and finds them by these names.
 */

/** Where a reviewer's box sits, and the name of the empty signature field over it. */
export interface ReviewerBoxPosition extends SignatureBoxPosition {
  fieldName: ReviewerFieldName;
}

/** Space between the assessor's block and the reviewers' column, and between the two boxes. */
const GAP = 8;
const INSET = 5;
/** The reviewers' column fills the rest of the band the assessor's block starts. */
export const REVIEWER_BOX = {
  width: CONTENT_WIDTH - SIGNATURE_BOX.width - GAP,
  height: (SIGNATURE_BOX.height - GAP) / 2,
} as const;

function columnLeft(direction: 'ltr' | 'rtl'): number {
  // Beside the assessor's block, on the side where lines end (left in right-to-left languages).
  return direction === 'rtl' ? PAGE.margins.left : PAGE.width - PAGE.margins.right - REVIEWER_BOX.width;
}

/**
 * The reviewers' boxes on a rendered report of `pageCount` pages, in PDF user space (origin bottom
 * left): a column beside the assessor's signature block on the last page, Reviewer1 above Reviewer2,
 * together exactly as tall as the block. Each field's widget goes exactly over its box.
 */
export function reviewerBoxPositions(pageCount: number, direction: 'ltr' | 'rtl'): ReviewerBoxPosition[] {
  if (!Number.isInteger(pageCount) || pageCount < 1) throw new RangeError(`invalid page count ${pageCount}`);
  return REVIEWER_FIELDS.map((fieldName, i) => ({
    fieldName,
    pageIndex: pageCount - 1,
    x: columnLeft(direction),
    y: PAGE.margins.bottom + (REVIEWER_FIELDS.length - 1 - i) * (REVIEWER_BOX.height + GAP),
    width: REVIEWER_BOX.width,
    height: REVIEWER_BOX.height,
  }));
}

/**
 * The drawn reviewer boxes, for the last page's footer beside `signatureBlock`: a dashed frame
 * (still to be signed) with its label in the top line. A reviewer's signature appearance covers the
 * frame and draws its conclusion below the label band (REVIEWER_LABEL_BAND), so the label stays
 * readable. Footer positions count from the bottom
 * margin upward, hence the negative offsets.
 */
export function reviewerBlocks(ctx: ReportContext): Content[] {
  const inner = REVIEWER_BOX.width - 2 * INSET;
  return reviewerBoxPositions(1, ctx.direction).flatMap((box, i): Content[] => {
    const top = PAGE.margins.bottom - (box.y + box.height);
    const label = fitOneLine(
      ctx,
      ctx.t('signature.reviewer', { number: ctx.formatNumber(i + 1) }),
      inner,
      SIZE.small,
      false,
    );
    return [
      {
        absolutePosition: { x: box.x, y: top },
        canvas: [
          {
            type: 'rect',
            x: 0,
            y: 0,
            w: box.width,
            h: box.height,
            lineWidth: 0.75,
            lineColor: COLOUR.muted,
            dash: { length: 3, space: 2 },
          },
        ],
      },
      {
        absolutePosition: { x: box.x + INSET, y: top + INSET },
        // A fixed-width column, so right-to-left labels align to the box, not the page.
        columns: [
          { width: inner, stack: [para(ctx, label, inner, { size: SIZE.small, color: COLOUR.muted })] },
        ],
      },
    ];
  });
}
