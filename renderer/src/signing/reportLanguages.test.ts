import { describe, expect, it } from 'vitest';
import { defaultReportLocale, defaultReportName, REPORT_LANGUAGES } from './reportLanguages';

describe('report languages', () => {
  it('offers the six UN languages and prefers the UI language', () => {
    expect(REPORT_LANGUAGES.map((language) => language.code)).toEqual(['en', 'fr', 'es', 'ar', 'ru', 'zh']);
    expect(defaultReportLocale('ar')).toBe('ar');
    expect(defaultReportLocale('de')).toBe('en');
  });

  it('names the file after the short assessment id and the language', () => {
    expect(defaultReportName('3f2a9c1e-0000-4000-8000-000000000000', 'fr')).toBe(
      'assessment-3f2a9c1e-fr.pdf',
    );
  });
});
