import { describe, expect, it } from 'vitest';
import { conclusionAppearance } from './conclusionAppearance';
import { drawablePrefix, textWidth, winAnsiLiteral } from './winAnsiText';

const text = {
  conclusion: 'do-not-concur' as const,
  reviewerName: 'Tomás Ortega',
  signingTime: new Date('2026-02-03T15:30:00Z'),
  comment: 'Le plan d’atténuation ne couvre pas la rétention — 数据保留 is not addressed',
};
const shown = (stream: string) => [...stream.matchAll(/\((.*)\) Tj/g)].map((m) => m[1]);

describe('the drawn conclusion of a countersignature', () => {
  it('draws conclusion, reviewer, time and the drawable start of the comment, each within the box', () => {
    const stream = conclusionAppearance(text, 240, 60);
    expect(shown(stream).slice(0, 2)).toEqual([
      'Do not concur',
      'Tom\\341s Ortega \\267 2026-02-03 15:30 UTC',
    ]);
    expect(shown(stream).join(' ')).toContain('\\205');
    // ASCII only: WinAnsi bytes above 0x7e are written as octal escapes.
    expect(stream.split('\n').every((line) => /^[ -~]*$/.test(line))).toBe(true);
    for (const match of stream.matchAll(/\/Helv ([\d.]+) Tf\n1 0 0 1 3 ([\d.]+) Tm/g))
      expect(Number(match[2])).toBeGreaterThanOrEqual(0);
  });

  it('leaves the top band free for the label the report prints in the box', () => {
    const stream = conclusionAppearance(text, 187, 48, 15);
    const tops = [...stream.matchAll(/\/Helv ([\d.]+) Tf\n1 0 0 1 3 ([\d.]+) Tm/g)].map(
      (m) => Number(m[2]) + Number(m[1]),
    );
    expect(tops.length).toBeGreaterThanOrEqual(3);
    const bodySize = [...stream.matchAll(/\/Helv ([\d.]+) Tf/g)].map((m) => Number(m[1]))[1];
    expect(bodySize).toBeGreaterThanOrEqual(7);
    for (const top of tops) expect(top).toBeLessThanOrEqual(48 - 15);
  });

  it('shrinks into a small box and still draws the conclusion and who signed when', () => {
    expect(shown(conclusionAppearance(text, 80, 20)).length).toBeGreaterThanOrEqual(2);
  });

  it('stops text at the first character Helvetica cannot draw, with an ellipsis', () => {
    expect(drawablePrefix('Approved — مراجعة')).toBe('Approved —…');
    expect(winAnsiLiteral('a(b)\\é')).toBe('(a\\(b\\)\\\\\\351)');
    expect(textWidth('Concur', 10)).toBeCloseTo((722 + 556 + 556 + 500 + 556 + 333) / 100);
  });
});
