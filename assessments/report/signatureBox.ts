import type { Content } from 'pdfmake/interfaces';
import type { TextMeasurer } from './bidi/fontMetrics';
import { COLOUR, PAGE, SIZE, para } from './layout/blocks';
import { fingerprintBlock } from './layout/fingerprint';
import type { ReportContext } from './layout/reportContext';

/** Who signs the report, as the visible signature block shows it. */
export interface ReportSigner {
  name: string;
  organisation: string;
  email: string;
  /** SHA-256 fingerprint of the signing certificate, as the app shows it. */
  fingerprint: string;
  /** ISO timestamp the signature will carry; without it the block points to the signature. */
  signingTime?: string;
}

/** The signature block's fixed size, in points. */
export const SIGNATURE_BOX = { width: 300, height: 104 } as const;
const INSET = 8;

/** Where the signature block sits on the last page, in PDF user space (origin bottom left). */
export interface SignatureBoxPosition {
  /** Zero-based index of the page: always the last page. */
  pageIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The block's rectangle on a rendered report of `pageCount` pages: just above the bottom margin of
 * the last page, on the side where the document's lines start (right for right-to-left languages).
 * A signer puts the signature's widget annotation exactly over it.
 */
export function signatureBoxPosition(pageCount: number, direction: 'ltr' | 'rtl'): SignatureBoxPosition {
  if (!Number.isInteger(pageCount) || pageCount < 1) throw new RangeError(`invalid page count ${pageCount}`);
  return {
    pageIndex: pageCount - 1,
    x: boxLeft(direction),
    y: PAGE.margins.bottom,
    width: SIGNATURE_BOX.width,
    height: SIGNATURE_BOX.height,
  };
}

function boxLeft(direction: 'ltr' | 'rtl'): number {
  return direction === 'rtl' ? PAGE.width - PAGE.margins.right - SIGNATURE_BOX.width : PAGE.margins.left;
}

/** Keeps the bottom of the last page free for the block: the flow's last node, unbreakable. */
export function signatureSpace(): Content {
  return {
    unbreakable: true,
    margin: [0, 12, 0, 0],
    canvas: [
      {
        type: 'line',
        x1: 0,
        y1: SIGNATURE_BOX.height,
        x2: 0.01,
        y2: SIGNATURE_BOX.height,
        lineWidth: 0.01,
        lineColor: '#ffffff',
      },
    ],
  };
}

/**
 * The drawn block at `signatureBoxPosition`: a bordered box with the signer, organisation, email,
 * signing time, each on one line, and the certificate fingerprint in groups of four (two lines
 * beside its label).
 * It belongs in the last page's footer, which pdfmake lays out once the page count is known;
 * positions inside a footer are relative to the footer's top (the bottom margin), hence the
 * negative offsets.
 */
export function signatureBlock(ctx: ReportContext, fonts: TextMeasurer, signer: ReportSigner): Content[] {
  const left = boxLeft(ctx.direction);
  const top = -SIGNATURE_BOX.height;
  const inner = SIGNATURE_BOX.width - 2 * INSET;
  const line = (text: string, options: { bold?: boolean; size?: number; userText?: boolean } = {}) =>
    para(ctx, fitOneLine(ctx, text, inner, options.size ?? SIZE.small, options.bold ?? false), inner, {
      size: options.size ?? SIZE.small,
      bold: options.bold,
      userText: options.userText,
    });
  return [
    {
      absolutePosition: { x: left, y: top },
      canvas: [
        {
          type: 'rect',
          x: 0,
          y: 0,
          w: SIGNATURE_BOX.width,
          h: SIGNATURE_BOX.height,
          lineWidth: 1,
          lineColor: COLOUR.text,
        },
      ],
    },
    {
      absolutePosition: { x: left + INSET, y: top + INSET },
      // A fixed-width column, so right-aligned (right-to-left) lines align to the box, not the page.
      columns: [
        {
          width: inner,
          stack: [
            line(ctx.t('signature.signedBy', { name: signer.name }), { bold: true, size: SIZE.body }),
            line(`${ctx.t('signature.organisation')}: ${signer.organisation}`, { userText: true }),
            line(`${ctx.t('signature.email')}: ${signer.email}`),
            fingerprintBesideLabel(ctx, fonts, signer.fingerprint, inner),
            line(
              `${ctx.t('signature.time')}: ${signer.signingTime ? ctx.formatDateTime(signer.signingTime) : ctx.t('signature.timeInSignature')}`,
            ),
          ],
        },
      ],
    },
  ];
}

/**
 * "Certificate SHA-256:" with the fingerprint's two lines of groups beside it, so the block is no
 * taller than when the whole fingerprint was squeezed onto one line under its label.
 */
function fingerprintBesideLabel(
  ctx: ReportContext,
  fonts: TextMeasurer,
  fingerprint: string,
  width: number,
): Content {
  const label = `${ctx.t('signature.fingerprint')}:`;
  const style = { size: SIZE.small, bold: false, primary: ctx.primary, direction: ctx.direction };
  const labelWidth = Math.ceil(Math.max(...ctx.layout.layout(label, width, style).map((l) => l.width))) + 2;
  const gap = 4;
  const groupsWidth = width - labelWidth - gap;
  const columns = [
    { width: labelWidth, stack: [para(ctx, label, labelWidth, { size: SIZE.small })] },
    { width: groupsWidth, stack: [fingerprintBlock(ctx, fonts, fingerprint, groupsWidth, SIZE.small)] },
  ];
  return { columns: ctx.direction === 'rtl' ? columns.reverse() : columns, columnGap: gap };
}

/** `text`, shortened with an ellipsis until it fits one line of `width`. */
export function fitOneLine(
  ctx: ReportContext,
  text: string,
  width: number,
  size: number,
  bold: boolean,
): string {
  const style = { size, bold, primary: ctx.primary, direction: ctx.direction };
  const flat = text.replace(/\s+/g, ' ');
  if (ctx.layout.layout(flat, width - 0.5, style).length <= 1) return flat;
  let kept = [...flat];
  while (kept.length > 1 && ctx.layout.layout(`${kept.join('')}…`, width - 0.5, style).length > 1)
    kept = kept.slice(0, -1);
  return `${kept.join('').trimEnd()}…`;
}
