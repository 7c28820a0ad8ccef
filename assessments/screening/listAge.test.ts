import { describe, expect, it } from 'vitest';
import { judgeListAge, publicationDay } from './listAge';

describe('list age', () => {
  it.each([
    ['2024-05-03', '2024-05-03'],
    ['2024-02', '2024-02-29'],
    ['2023', '2023-12-31'],
    [' 2025-11-30 ', '2025-11-30'],
  ])('reads %j as the latest day it can mean, %s', (vintage, day) => {
    expect(new Date(publicationDay(vintage) ?? Number.NaN).toISOString().slice(0, 10)).toBe(day);
  });

  it.each(['May 2024', '2024-13', '2024-02-30', '24-05-03', '2024-5-3'])('finds no date in %j', (vintage) => {
    expect(publicationDay(vintage)).toBeNull();
  });

  it('is stale only when more than the limit of whole days old at the moment judged', () => {
    expect(judgeListAge('2025-10-17', '2026-01-15T09:00:00Z', 90)).toEqual({ kind: 'fresh', days: 90 });
    expect(judgeListAge('2025-10-16', '2026-01-15T09:00:00Z', 90)).toEqual({ kind: 'stale', days: 91 });
    expect(judgeListAge('2026-02-01', new Date('2026-01-15T09:00:00Z'), 1)).toEqual({
      kind: 'fresh',
      days: 0,
    });
  });

  it('cannot judge a list without a date, or with a label that is no date', () => {
    expect(judgeListAge(null, '2026-01-15T09:00:00Z', 90)).toEqual({ kind: 'undated' });
    expect(judgeListAge('', '2026-01-15T09:00:00Z', 90)).toEqual({ kind: 'undated' });
    expect(judgeListAge('spring edition', '2026-01-15T09:00:00Z', 90)).toEqual({ kind: 'unreadable' });
  });
});
