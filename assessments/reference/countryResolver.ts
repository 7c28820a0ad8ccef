import { COUNTRIES } from '../shared/countryCodes';
import { COUNTRY_NAMES_EN } from './countryNames';

/**
 * Names the reference files use that differ from the ISO English short names (Freedom House, RSF,
 * UN and UK lists). Disputed or occupied territories (Crimea, Abkhazia, Indian Kashmir…) are
 * deliberately absent: mapping them onto a state would mix their scores into that state's.
 */
const ALIASES: Readonly<Record<string, string>> = {
  bolivia: 'BO',
  'bosnia and herzegovina': 'BA',
  brunei: 'BN',
  burma: 'MM',
  'cabo verde': 'CV',
  'cape verde': 'CV',
  'congo brazzaville': 'CG',
  'congo kinshasa': 'CD',
  congo: 'CG',
  'republic of the congo': 'CG',
  'democratic republic of the congo': 'CD',
  drc: 'CD',
  'cote d ivoire': 'CI',
  'ivory coast': 'CI',
  'czech republic': 'CZ',
  czechia: 'CZ',
  eswatini: 'SZ',
  swaziland: 'SZ',
  gambia: 'GM',
  'hong kong': 'HK',
  iran: 'IR',
  'iran islamic republic of': 'IR',
  kyrgyzstan: 'KG',
  laos: 'LA',
  macedonia: 'MK',
  'north macedonia': 'MK',
  micronesia: 'FM',
  moldova: 'MD',
  'north korea': 'KP',
  'korea north': 'KP',
  'democratic people s republic of korea': 'KP',
  dprk: 'KP',
  'south korea': 'KR',
  'korea south': 'KR',
  'republic of korea': 'KR',
  palestine: 'PS',
  russia: 'RU',
  'russian federation': 'RU',
  'saint kitts and nevis': 'KN',
  'saint lucia': 'LC',
  'saint vincent and the grenadines': 'VC',
  'sao tome and principe': 'ST',
  syria: 'SY',
  'syrian arab republic': 'SY',
  taiwan: 'TW',
  tanzania: 'TZ',
  'timor leste': 'TL',
  'east timor': 'TL',
  turkey: 'TR',
  turkiye: 'TR',
  'united kingdom': 'GB',
  uk: 'GB',
  'united states': 'US',
  'united states of america': 'US',
  usa: 'US',
  venezuela: 'VE',
  vietnam: 'VN',
  'viet nam': 'VN',
  vatican: 'VA',
  'holy see': 'VA',
  'puerto rico': 'PR',
  macau: 'MO',
  macao: 'MO',
};

/** Codes some sources use for units without an ISO 3166-1 code; kept as the source wrote them. */
const NON_ISO = new Set(['XK']);

const ALPHA3 = new Map<string, string>(COUNTRIES.map(([alpha2, alpha3]) => [alpha3, alpha2]));
const ALPHA2 = new Set<string>(COUNTRIES.map(([alpha2]) => alpha2));
const BY_NAME = new Map<string, string>();
for (const [alpha2, name] of Object.entries(COUNTRY_NAMES_EN)) {
  BY_NAME.set(nameKey(name), alpha2);
  // "Korea, Republic of" is also written "Republic of Korea".
  const comma = /^(.+), (.+)$/u.exec(name);
  if (comma) BY_NAME.set(nameKey(`${comma[2]} ${comma[1]}`), alpha2);
}
for (const [alias, alpha2] of Object.entries(ALIASES)) BY_NAME.set(alias, alpha2);

/** Case, accents, punctuation, a leading "The" and "St." vs "Saint" do not matter. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bst\.?\s/gu, 'saint ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

/** An ISO 3166-1 alpha-2 code from a name, an alpha-2 or an alpha-3 code; null when unknown. */
export function resolveCountry(input: string): string | null {
  const trimmed = input.trim();
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{2}$/u.test(trimmed) || /^[a-z]{2}$/u.test(trimmed)) {
    if (ALPHA2.has(upper) || NON_ISO.has(upper)) return upper;
  }
  if (/^[A-Za-z]{3}$/u.test(trimmed)) {
    const alpha2 = ALPHA3.get(upper);
    if (alpha2) return alpha2;
    if (upper === 'XKX') return 'XK';
  }
  return BY_NAME.get(nameKey(trimmed)) ?? (nameKey(trimmed) === 'kosovo' ? 'XK' : null);
}
