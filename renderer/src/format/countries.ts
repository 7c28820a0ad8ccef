import { COUNTRY_CODES, type CountryCode } from '../../../assessments/shared/countries';

export interface CountryOption {
  code: CountryCode;
  name: string;
}

export function countryDisplayNames(language: string): Intl.DisplayNames {
  return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
}

/** Every ISO code with its name in `language`, sorted the way a reader of that language expects. */
export function countryOptions(language: string): CountryOption[] {
  const names = countryDisplayNames(language);
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}

export function countryName(code: string, language: string): string {
  try {
    return countryDisplayNames(language).of(code) ?? code;
  } catch {
    // Intl rejects malformed codes; the stored code is still better than nothing.
    return code;
  }
}
