import { describe, expect, it } from 'vitest';
import { FontMetrics } from './fontMetrics';
import { isolate } from './isolate';
import { ParagraphLayout, type Line, type TextStyle } from './layoutParagraph';
import { shaperReverses } from './scripts';

const fonts = new FontMetrics();
const layout = new ParagraphLayout(fonts);
const ar: TextStyle = { size: 12, bold: false, primary: 'NotoNaskhArabic', direction: 'rtl' };
const en: TextStyle = { size: 10, bold: false, primary: 'NotoSans', direction: 'ltr' };

const texts = (line: Line | undefined) => (line?.runs ?? []).map((run) => run.text);
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('line breaking', () => {
  it('breaks Latin text at spaces within the width, keeping every word in order', () => {
    const text =
      'The assessment places this export in risk tier High. The methodology recommends that it be referred to the committee.';
    const lines = layout.layout(text, 150, en);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(150);
    expect(words(lines.map((line) => texts(line).join('')).join(' '))).toEqual(words(text));
  });

  it('cuts a word longer than the line (a hash) between characters', () => {
    const hash = 'a'.repeat(20) + '9f2c'.repeat(11);
    const lines = layout.layout(hash, 80, en);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(80);
    expect(lines.map((line) => texts(line).join('')).join('')).toBe(hash);
  });

  it('starts a new line at each line feed and keeps empty lines', () => {
    const lines = layout.layout('one\n\ntwo', 200, en);
    expect(lines.map((line) => texts(line).join(''))).toEqual(['one', '', 'two']);
  });

  it('breaks a right-to-left paragraph in logical order: the first words land on the first line', () => {
    const text =
      'تقييم الأثر على حقوق الإنسان لصادرات تكنولوجيا المراقبة العناية الواجبة في مجال حقوق الإنسان فيما يتعلق بصادرات تكنولوجيا المراقبة';
    const lines = layout.layout(text, 200, ar);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(200);
    // Visual order: a line's rightmost run (last in the list) is its first word.
    const logicalLines = lines.map((line) => words(texts(line).reverse().join('')));
    expect(logicalLines.flat()).toEqual(words(text));
    expect(logicalLines[0]?.[0]).toBe('تقييم');
  });
});

describe('visual reordering', () => {
  it('puts mixed Arabic, digits and Latin in visual order, each run ready for the shaper', () => {
    const [line, ...rest] = layout.layout('الطلب رقم 2024-17 من شركة ACME Ltd', 400, ar);
    expect(rest).toEqual([]);
    expect(line?.direction).toBe('rtl');
    // Left to right on the page; Arabic words stay in logical order because the shaper reverses them.
    // After Arabic letters the digits are Arabic numbers (UAX #9 W2) and the hyphen between them is
    // neutral, so "2024" is read first, from the right: exactly what browsers show.
    expect(texts(line)).toEqual([
      'ACME',
      ' ',
      'Ltd',
      ' ',
      'شركة',
      ' ',
      'من',
      ' ',
      '17',
      '-',
      '2024',
      ' ',
      'رقم',
      ' ',
      'الطلب',
    ]);
    expect(line?.runs.map((run) => run.family)).toContain('NotoNaskhArabic');
    expect(line?.runs.find((run) => run.text === 'ACME')?.family).toBe('NotoSans');
  });

  it('mirrors brackets in right-to-left runs and keeps them out of the shaper’s reversal', () => {
    const [line] = layout.layout('(المرحلة 1) تقييم', 400, ar);
    expect(texts(line)).toEqual(['تقييم', ' ', '(', '1', ' ', 'المرحلة', ')']);
  });

  it('takes the direction of user text from its first strong character', () => {
    const auto = { ...en, direction: 'auto' as const };
    expect(layout.layout('English with عربي inside', 400, auto)[0]?.direction).toBe('ltr');
    const [line] = layout.layout('ملاحظة: ACME Ltd', 400, auto);
    expect(line?.direction).toBe('rtl');
    // The colon shares the Arabic word's run: the shaper reverses both, putting it on the left.
    expect(texts(line)).toEqual(['ACME', ' ', 'Ltd', ' ', 'ملاحظة:']);
  });

  it('draws a right-to-left word with a break opportunity inside it in reading order', () => {
    // pdfmake shapes the pieces between break opportunities one by one and sets them left to
    // right: "و/أو" in one run came out on the page as "أوو/".
    const [line] = layout.layout('الداخلي و/أو الانتهاكات', 400, ar);
    expect(texts(line)).toEqual(['الانتهاكات', ' ', 'أو', 'و/', ' ', 'الداخلي']);
  });

  it('keeps the punctuation of isolated user text with that text, and draws no isolate', () => {
    // Not isolated, the full stop of an Arabic note in an English line resolves to the line's
    // direction and lands right of the Arabic, that is at its start for a reader of Arabic.
    expect(texts(layout.layout('Note: ملاحظة عربية. done', 400, en)[0])).toEqual([
      'Note:',
      ' ',
      'عربية',
      ' ',
      'ملاحظة',
      '.',
      ' ',
      'done',
    ]);
    const [line] = layout.layout(`Note: ${isolate('ملاحظة عربية.')} done`, 400, en);
    // Isolated, it stays in the Arabic run, which the shaper puts at the run's left end.
    expect(texts(line)).toEqual(['Note:', ' ', 'عربية.', ' ', 'ملاحظة', ' ', 'done']);
    expect(texts(line).join('')).not.toMatch(/[\u2066-\u2069]/);
    // And a Latin value in an Arabic line keeps its full stop instead of losing it to the far left.
    expect(texts(layout.layout('المصدر: ACME Ltd.', 400, ar)[0])).toEqual([
      '.',
      'ACME',
      ' ',
      'Ltd',
      ' ',
      'المصدر:',
    ]);
    expect(texts(layout.layout(`المصدر: ${isolate('ACME Ltd.')}`, 400, ar)[0])).toEqual([
      'ACME',
      ' ',
      'Ltd.',
      ' ',
      'المصدر:',
    ]);
  });

  it('measures a line without the isolates it carries', () => {
    const plain = layout.layout('Note: عربية done', 400, en)[0]?.width ?? 0;
    const isolated = layout.layout(`Note: ${isolate('عربية')} done`, 400, en)[0]?.width ?? 0;
    // Two invisible characters measured as glyphs would add about 11 points at this size.
    expect(Math.abs(isolated - plain)).toBeLessThan(0.5);
  });

  it('leaves left-to-right text without right-to-left letters untouched', () => {
    const [line] = layout.layout('Licence (4D004) for ACME', 400, en);
    expect(texts(line).join('')).toBe('Licence (4D004) for ACME');
  });
});

describe('shaperReverses', () => {
  it('follows the first character with a script, as fontkit does', () => {
    expect(shaperReverses('الطلب')).toBe(true);
    expect(shaperReverses('(الطلب')).toBe(true);
    expect(shaperReverses('2024')).toBe(false);
    expect(shaperReverses('ACMEالطلب')).toBe(false);
    expect(shaperReverses('(')).toBe(false);
  });
});
