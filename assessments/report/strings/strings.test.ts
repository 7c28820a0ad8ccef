import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../questionnaire/templateSchema';
import { en } from './en';
import { REPORT_STRINGS, reportString } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('report strings', () => {
  it.each(LOCALES)('%s has every key, non-empty, with the same placeholders as English', (locale) => {
    const strings = REPORT_STRINGS[locale];
    expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      const text = strings[key as keyof typeof en];
      expect(text.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english));
    }
  });

  it('is translated, not copied from English, in every other locale', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const same = Object.entries(en).filter(
        ([key, text]) => REPORT_STRINGS[locale][key as keyof typeof en] === text,
      );
      // Words spelled alike in both languages ("Version", "Source", "Code") are a small minority.
      expect(same.length, `${locale}: ${same.map(([key]) => key).join(', ')}`).toBeLessThan(
        Object.keys(en).length / 10,
      );
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(reportString('en', 'page.number', { page: 2, pages: 9 })).toBe('Page 2 of 9');
    expect(reportString('fr', 'page.number', { page: 2 })).toBe('Page 2 sur {pages}');
  });
});
