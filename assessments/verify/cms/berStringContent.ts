/**
 * The content rules asn1js applies to its string types, which decide whether it reads an element
 * (see berReader.ts).
 */

/** Types whose content asn1js decodes as Latin-1 with one String.fromCharCode call. */
const CHAR_CODE_TYPES = new Set([18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 29]);
/** Below this many octets String.fromCharCode.apply cannot run out of stack. */
const SAFE_APPLY_LENGTH = 32_768;

/** GeneralizedTime strings asn1js throws on (it returns no error for them: it throws). */
function checkGeneralizedTime(text: string): void {
  const wrong = () => {
    throw new Error('Wrong input string for conversion');
  };
  let timeString: string;
  const isUtc = text[text.length - 1] === 'Z';
  if (isUtc) {
    timeString = text.substring(0, text.length - 1);
    if (timeString.includes('+') || timeString.includes('-')) wrong();
  } else {
    if (Number.isNaN(Number(text[text.length - 1]))) wrong();
    timeString = text;
    let position = timeString.indexOf('+');
    if (position === -1) position = timeString.indexOf('-');
    if (position !== -1) {
      const difference = timeString.substring(position + 1);
      timeString = timeString.substring(0, position);
      if (difference.length !== 2 && difference.length !== 4) wrong();
      if (Number.isNaN(parseInt(difference.substring(0, 2), 10))) wrong();
      if (difference.length === 4 && Number.isNaN(parseInt(difference.substring(2, 4), 10))) wrong();
    }
  }
  let point = timeString.indexOf('.');
  if (point === -1) point = timeString.indexOf(',');
  let dateTime = timeString;
  if (point !== -1) {
    if (Number.isNaN(Number(`0${timeString.substring(point)}`))) wrong();
    dateTime = timeString.substring(0, point);
  }
  const digits = { 8: 3, 10: 4, 12: 5, 14: 6 }[dateTime.length];
  if (digits === undefined || (dateTime.length === 8 && point !== -1)) wrong();
  const pattern = new RegExp(`\\d{4}${'(\\d{2})'.repeat((digits as number) - 1)}`);
  if (!pattern.test(dateTime)) wrong();
}

/**
 * What asn1js's string types do with their content beyond taking it whole: the reason it refuses
 * the content, or null. Throws, as asn1js does, for a GeneralizedTime it cannot read.
 */
export function stringContentProblem(tagNumber: number, content: Buffer): string | null {
  if (tagNumber === 30 && content.length % 2 !== 0) return 'BMPString value length must be a multiple of 2';
  if (tagNumber === 28 && content.length % 4 !== 0)
    return 'UniversalString value length must be a multiple of 4';
  if (!CHAR_CODE_TYPES.has(tagNumber)) return null;
  // asn1js builds the text with one String.fromCharCode.apply, which throws for huge contents.
  const text =
    content.length >= SAFE_APPLY_LENGTH
      ? String.fromCharCode.apply(null, content as unknown as number[])
      : content.toString('latin1');
  if (tagNumber === 24) checkGeneralizedTime(text);
  return null;
}
