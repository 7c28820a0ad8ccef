import * as z from 'zod';
import { COUNTRIES } from './countryCodes';

export type CountryCode = (typeof COUNTRIES)[number][0];

export const COUNTRY_CODES = COUNTRIES.map(([alpha2]) => alpha2) as readonly CountryCode[];

export const countryCodeSchema = z.enum(COUNTRY_CODES as [CountryCode, ...CountryCode[]], {
  error: (issue) => `expected an ISO 3166-1 alpha-2 country code, got ${JSON.stringify(issue.input)}`,
});

const ALPHA3_TO_ALPHA2 = new Map<string, CountryCode>(COUNTRIES.map(([alpha2, alpha3]) => [alpha3, alpha2]));

/** Accepts alpha-2 or alpha-3 in any case; returns the alpha-2 code or null. */
export function normaliseCountryCode(input: string): CountryCode | null {
  const upper = input.trim().toUpperCase();
  if ((COUNTRY_CODES as readonly string[]).includes(upper)) return upper as CountryCode;
  return ALPHA3_TO_ALPHA2.get(upper) ?? null;
}
