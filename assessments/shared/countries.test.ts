import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './countryCodes';
import { normaliseCountryCode } from './countries';

const ISO_FILE = new URL('../../../shared/data/iso3166_countries_multilang_world.csv', import.meta.url);

describe('ISO 3166-1 country codes', () => {
  it('are unique and well-formed', () => {
    expect(new Set(COUNTRIES.map(([a2]) => a2)).size).toBe(COUNTRIES.length);
    expect(new Set(COUNTRIES.map(([, a3]) => a3)).size).toBe(COUNTRIES.length);
    for (const [a2, a3, numeric] of COUNTRIES) {
      expect(a2).toMatch(/^[A-Z]{2}$/);
      expect(a3).toMatch(/^[A-Z]{3}$/);
      expect(numeric).toMatch(/^\d{3}$/);
    }
  });

  it('normalise alpha-2 and alpha-3 in any case', () => {
    expect(normaliseCountryCode('eg')).toBe('EG');
    expect(normaliseCountryCode(' EGY ')).toBe('EG');
    expect(normaliseCountryCode('XK')).toBeNull();
    expect(normaliseCountryCode('')).toBeNull();
  });

  it.skipIf(!existsSync(ISO_FILE))(
    'match the reference file in ../shared/data (skipped where that folder is absent)',
    () => {
      const rows = readFileSync(ISO_FILE, 'utf8').trim().split('\n').slice(1);
      const reference = rows.map((line) => {
        const [numeric, a2, a3] = line.split(',');
        return [a2?.toUpperCase(), a3?.toUpperCase(), numeric?.padStart(3, '0')];
      });
      expect(reference).toHaveLength(249);
      expect([...COUNTRIES].map((row) => [...row]).sort()).toEqual(reference.sort());
    },
  );
});
