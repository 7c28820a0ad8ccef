import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { PLURAL_CATEGORIES, type PluralCategory } from './localeShape';
import { LOCALES } from './locales';

const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_CATEGORIES.join('|')})$`);

function flatten(messages: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'object' && value !== null)
      for (const entry of flatten(value, path)) out.set(...entry);
    else throw new Error(`${path} is neither a string nor a group`);
  }
  return out;
}

/** Keys with plural suffixes folded onto their base, e.g. "list.count_one" → "list.count". */
function baseKeys(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((key) => key.replace(PLURAL_SUFFIX, '')));
}

function pluralForms(keys: Iterable<string>): Map<string, Set<PluralCategory>> {
  const forms = new Map<string, Set<PluralCategory>>();
  for (const key of keys) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) continue;
    const base = key.slice(0, match.index);
    const set = forms.get(base) ?? new Set<PluralCategory>();
    set.add(match[1] as PluralCategory);
    forms.set(base, set);
  }
  return forms;
}

function variables(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1] ?? '').sort();
}

const source = flatten(LOCALES.en);
const sourcePlurals = pluralForms(source.keys());

describe('locales', () => {
  it('ships a resource file for exactly the languages the switcher offers', () => {
    expect(Object.keys(LOCALES).sort()).toEqual([...LANGUAGES].sort());
  });

  it('uses at least one plural key (the assessment count)', () => {
    expect(sourcePlurals.has('assessmentList.count')).toBe(true);
  });

  describe.each(LANGUAGES)('%s', (language) => {
    const messages = flatten(LOCALES[language]);
    const plurals = pluralForms(messages.keys());

    it('has exactly the keys of en, modulo plural suffixes', () => {
      expect([...baseKeys(messages.keys())].sort()).toEqual([...baseKeys(source.keys())].sort());
    });

    it('pluralises exactly the keys en pluralises', () => {
      expect([...plurals.keys()].sort()).toEqual([...sourcePlurals.keys()].sort());
    });

    it('gives every plural key exactly the CLDR categories of the language', () => {
      const required = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
      for (const [base, categories] of plurals) {
        expect({ key: base, categories: [...categories].sort() }).toEqual({
          key: base,
          categories: required,
        });
      }
    });

    it('has no empty messages', () => {
      for (const [key, message] of messages)
        expect({ key, empty: message.trim() === '' }).toEqual({ key, empty: false });
    });

    it('uses the same interpolation variables as en', () => {
      for (const [key, message] of messages) {
        const base = key.replace(PLURAL_SUFFIX, '');
        const english = source.get(key) ?? source.get(`${base}_other`) ?? '';
        const own = variables(message);
        const expected = variables(english);
        // A plural form may spell the number out ("تقييمان"), so only forbid unknown variables there.
        if (PLURAL_SUFFIX.test(key))
          expect({ key, unknown: own.filter((name) => !expected.includes(name)) }).toEqual({
            key,
            unknown: [],
          });
        else expect({ key, variables: own }).toEqual({ key, variables: expected });
      }
    });
  });
});
