import type { ReviewConclusion } from './commitmentType';
import { drawablePrefix, ELLIPSIS, textWidth, winAnsiLiteral } from './winAnsiText';

export interface ConclusionText {
  conclusion: ReviewConclusion;
  reviewerName: string;
  signingTime: Date;
  comment: string;
}

/** The font resource name the appearance uses for Helvetica. */
export const APPEARANCE_FONT = 'Helv';

const PADDING = 3;
const MAX_SIZE = 9;
const MIN_SIZE = 3;
const LEADING = 1.15;
/** The headline is drawn this much larger than the other lines. */
const HEADLINE = 1.25;

export const CONCLUSION_WORDS: Record<ReviewConclusion, string> = {
  concur: 'Concur',
  'do-not-concur': 'Do not concur',
};

/** The longest start of `text` that fits `width`, with an ellipsis when something was cut. */
function fitLine(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text.replace(new RegExp(`${ELLIPSIS}$`), '')];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}${ELLIPSIS}`, size) > width) chars.pop();
  return chars.length > 0 ? `${chars.join('').trimEnd()}${ELLIPSIS}` : '';
}

/** Words wrapped into at most `maxLines` lines of `width`; the last one ends in an ellipsis if cut. */
function wrap(text: string, size: number, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text.split(' ').filter(Boolean);
  for (const [i, word] of words.entries()) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, size) <= width || !current) {
      current = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitLine(`${current} ${words.slice(i).join(' ')}`, size, width));
      return lines;
    }
    lines.push(fitLine(current, size, width));
    current = word;
  }
  if (current && lines.length < maxLines) lines.push(fitLine(current, size, width));
  return lines;
}

const formatTime = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * The content stream of a countersignature's appearance in a `width` × `height` box: a frame, the
 * conclusion as a headline, the reviewer, the time and as much of the comment as fits. The size
 * leaves room for one line of comment, down to a legible minimum; text Helvetica cannot draw ends in an ellipsis.
 */
export function conclusionAppearance(
  text: ConclusionText,
  width: number,
  height: number,
  /** A band at the top left free for what the page prints there (the box's label). */
  topInset = 0,
): string {
  const innerWidth = Math.max(0, width - 2 * PADDING);
  const innerHeight = Math.max(0, height - topInset - 2 * PADDING);
  // Headline, then reviewer and time on one line, then at least one line of comment: few lines
  // keep the text legible in a box a reviewer's signature shares with its printed label.
  const fixed = HEADLINE * LEADING + LEADING;
  const size = Math.max(MIN_SIZE, Math.min(MAX_SIZE, innerHeight / (fixed + LEADING)));
  // The epsilon keeps a line that fits exactly from being lost to rounding.
  const commentLines = Math.max(0, Math.floor((innerHeight - fixed * size) / (LEADING * size) + 1e-6));
  const headline = { text: CONCLUSION_WORDS[text.conclusion], size: size * HEADLINE };
  const lines = [
    headline,
    { text: `${drawablePrefix(text.reviewerName)} · ${formatTime(text.signingTime)}`, size },
    ...wrap(drawablePrefix(text.comment), size, innerWidth, commentLines).map((line) => ({
      text: line,
      size,
    })),
  ];
  const ops = [
    'q',
    '0.5 w 0 0 0 RG',
    `0.25 0.25 ${(width - 0.5).toFixed(2)} ${(height - 0.5).toFixed(2)} re S`,
  ];
  ops.push('BT', '0 0 0 rg');
  let y = height - topInset - PADDING;
  for (const line of lines) {
    y -= line.size * LEADING;
    const shown = fitLine(line.text, line.size, innerWidth);
    if (!shown || y < 0) continue;
    ops.push(
      `/${APPEARANCE_FONT} ${line.size.toFixed(2)} Tf`,
      `1 0 0 1 ${PADDING} ${(y + line.size * 0.2).toFixed(2)} Tm`,
      `${winAnsiLiteral(shown)} Tj`,
    );
  }
  ops.push('ET', 'Q');
  return ops.join('\n');
}
