import { describe, expect, it } from 'vitest';
import { parseScreenBatch } from './screenBatch';

describe('parseScreenBatch', () => {
  it('maps birthYear and country onto the screening query', () => {
    expect(
      parseScreenBatch(
        [
          { name: ' Nasser Haddad ', birthYear: 1938, country: 'lb', countries: ['sy', 'LB'] },
          { name: 'Abu Abbas', birthYear: '1948', birthDate: '1948-12-10', aliases: ['Abu al-Abbas'] },
        ],
        'parties.json',
      ),
    ).toEqual({
      ok: true,
      queries: [
        { name: 'Nasser Haddad', birthDate: '1938', countries: ['SY', 'LB'] },
        { name: 'Abu Abbas', birthDate: '1948-12-10', aliases: ['Abu al-Abbas'] },
      ],
    });
  });

  it('names the party and field of each problem, with the value found', () => {
    const parsed = parseScreenBatch(
      [
        { name: 'A', birthYear: 1948, birthDate: '1950' },
        { name: '', type: 'person' },
        'B',
        { name: 'C', identifiers: [123], countries: 'LB' },
      ],
      'parties.json',
    );
    expect(parsed).toEqual({
      ok: false,
      problems: [
        'parties.json: party 1, birthYear: 1948 is not the year of birthDate "1950"; give one of them',
        'parties.json: party 2, name: must not be empty',
        'parties.json: party 2, type: expected one of "individual"|"entity"|"vessel"|"aircraft"|"unknown", got "person"',
        'parties.json: party 3: expected an object, got "B"',
        'parties.json: party 4, countries: expected an array, got "LB"',
        'parties.json: party 4, identifiers.0: expected a string, got 123',
      ],
    });
  });

  it('checks the merged countries as a screening query and shows at most ten problems', () => {
    const eleven = ['FR', 'DE', 'GB', 'IT', 'ES', 'PT', 'NL', 'BE', 'LU', 'AT'];
    expect(parseScreenBatch([{ name: 'A', countries: eleven, country: 'LB' }], 'p.json')).toEqual({
      ok: false,
      problems: ['p.json: party 1, countries: expected at most 10 items, got 11'],
    });
    const parsed = parseScreenBatch(
      Array.from({ length: 12 }, () => ({})),
      'p.json',
    );
    expect(parsed.ok ? [] : parsed.problems).toHaveLength(11);
    expect(parsed.ok ? '' : parsed.problems[10]).toBe('p.json: … and 2 more problems');
  });

  it('refuses anything but a non-empty array', () => {
    expect(parseScreenBatch([], 'p.json')).toEqual({
      ok: false,
      problems: ['p.json: expected at least one party, got []'],
    });
    expect(parseScreenBatch({ name: 'A' }, 'p.json')).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('p.json: expected a JSON array of parties')],
    });
  });
});
