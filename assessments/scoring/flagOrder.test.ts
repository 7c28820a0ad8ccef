import { describe, expect, it } from 'vitest';
import { RED_FLAG_CODES } from '../questionnaire/templateSchema';
import { FLAG_CODE_ORDER, inFlagOrder } from './flagOrder';

describe('flag display order', () => {
  it('puts STOP, ESC, NOTIFY, GAP in that order and names every code once', () => {
    expect(FLAG_CODE_ORDER).toEqual(['STOP', 'ESC', 'NOTIFY', 'GAP']);
    expect([...FLAG_CODE_ORDER].sort()).toEqual([...RED_FLAG_CODES].sort());
  });

  it('sorts gravest first and keeps the template order within a code', () => {
    const flags = [
      { id: 'I1-NOTIFY', code: 'NOTIFY' },
      { id: 'B5-ESC', code: 'ESC' },
      { id: 'G1-GAP', code: 'GAP' },
      { id: 'B9-STOP', code: 'STOP' },
      { id: 'C3-ESC', code: 'ESC' },
      { id: 'D3-STOP', code: 'STOP' },
    ] as const;
    expect(inFlagOrder(flags).map((flag) => flag.id)).toEqual([
      'B9-STOP',
      'D3-STOP',
      'B5-ESC',
      'C3-ESC',
      'I1-NOTIFY',
      'G1-GAP',
    ]);
    expect(flags[0].id).toBe('I1-NOTIFY');
  });
});
