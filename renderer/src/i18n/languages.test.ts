import { describe, expect, it } from 'vitest';
import {
  applyDocumentLanguage,
  initialLanguage,
  LANGUAGE_DIRECTION,
  LANGUAGES,
  matchLanguage,
  searchWithLanguage,
} from './languages';

describe('initialLanguage', () => {
  it('prefers ?lang= over the stored choice and the browser', () => {
    expect(initialLanguage({ search: '?lang=ar', stored: 'en', preferred: ['en-GB'] })).toBe('ar');
  });

  it('falls back to the stored choice, then the browser, then English', () => {
    expect(initialLanguage({ search: '', stored: 'ar', preferred: ['en'] })).toBe('ar');
    expect(initialLanguage({ search: '?lang=xx', stored: null, preferred: ['de-DE', 'ar-EG'] })).toBe('ar');
    expect(initialLanguage({ search: '?lang=zh', stored: 'ar', preferred: ['en'] })).toBe('zh');
    expect(initialLanguage({ search: '', stored: 'de', preferred: ['pt-BR'] })).toBe('en');
  });
});

describe('matchLanguage', () => {
  it('matches on the primary subtag only', () => {
    expect(matchLanguage('AR_sa')).toBe('ar');
    expect(matchLanguage('en-US')).toBe('en');
    expect(matchLanguage('ara')).toBeNull();
    expect(matchLanguage('')).toBeNull();
  });
});

describe('direction', () => {
  it('has an explicit direction for every language, agreeing with the browser', () => {
    for (const language of LANGUAGES) {
      // Chromium and Node expose the CLDR direction through Intl.Locale#getTextInfo.
      const info = (
        new Intl.Locale(language) as Intl.Locale & { getTextInfo?: () => { direction: string } }
      ).getTextInfo?.();
      if (info) expect(LANGUAGE_DIRECTION[language]).toBe(info.direction);
    }
    expect(LANGUAGE_DIRECTION.ar).toBe('rtl');
  });

  it('sets lang and dir on the root element', () => {
    const root = { lang: '', dir: '' } as HTMLElement;
    applyDocumentLanguage(root, 'ar');
    expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);
    applyDocumentLanguage(root, 'en');
    expect([root.lang, root.dir]).toEqual(['en', 'ltr']);
  });
});

describe('searchWithLanguage', () => {
  it('updates an explicit ?lang= and leaves other addresses alone', () => {
    expect(searchWithLanguage('?lang=en&x=1', 'ar')).toBe('?lang=ar&x=1');
    expect(searchWithLanguage('?x=1', 'ar')).toBe('?x=1');
    expect(searchWithLanguage('', 'ar')).toBe('');
  });
});
