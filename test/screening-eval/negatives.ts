import { shuffled, type Listed } from './buildEvaluationSet';
import { scriptOf, splitOf, type Negative, type NegativeKind } from './evaluationSet';
import { COMPANY_WORDS, FAMILY_NAMES, GIVEN_NAMES, LEGAL_FORMS } from './nameTables';
import { pickOne, plainKey, plainTokens, words, type Random } from './variants';

// Names that are on no list, in the scripts of the positives: what a screening must let through.

const SAME_SURNAME = { latin: 260, arabic: 60 } as const;
const COMMON = { latin: 160, arabic: 60, cyrillic: 60, cjk: 40 } as const;
const COMPANIES = 60;

export function buildNegatives(
  listed: readonly Listed[],
  listedKeys: ReadonlySet<string>,
  random: Random,
): Negative[] {
  const result: Negative[] = [];
  const seen = new Set<string>();
  const add = (query: string, kind: NegativeKind, splitKey: string, basedOn: Listed | null): boolean => {
    const key = plainKey(query);
    if (listedKeys.has(key) || seen.has(key)) return false;
    seen.add(key);
    result.push({
      query,
      kind,
      script: scriptOf(query),
      split: splitOf(splitKey),
      basedOn: basedOn ? { list: basedOn.list, id: basedOn.entry.sourceId } : null,
    });
    return true;
  };

  const people = listed.filter((item) => item.entry.type === 'individual');
  sameSurname(people, random, SAME_SURNAME.latin, (item) => latinSurname(item), GIVEN_NAMES.latin, add);
  sameSurname(people, random, SAME_SURNAME.arabic, (item) => arabicSurname(item), GIVEN_NAMES.arabic, add);

  for (const script of Object.keys(COMMON) as (keyof typeof COMMON)[]) {
    let taken = 0;
    for (let attempt = 0; taken < COMMON[script] && attempt < COMMON[script] * 20; attempt += 1) {
      const given = pickOne(random, GIVEN_NAMES[script]);
      const family = pickOne(random, FAMILY_NAMES[script]);
      // Chinese names are written family name first and without a space.
      const query = script === 'cjk' ? `${family}${given}` : `${given} ${family}`;
      if (add(query, 'common-name', `common:${plainKey(query)}`, null)) taken += 1;
    }
  }

  let companies = 0;
  for (let attempt = 0; companies < COMPANIES && attempt < COMPANIES * 20; attempt += 1) {
    const form = pickOne(random, pickOne(random, LEGAL_FORMS));
    const [first, second] = shuffled(COMPANY_WORDS, random);
    const query = `${first} ${second} ${form.toUpperCase()}`;
    if (add(query, 'common-company', `company:${plainKey(query)}`, null)) companies += 1;
  }
  return result;
}

/**
 * A listed person's family name with a given name of the same script that none of their names
 * holds: another person of the same family, who must not be flagged as the listed one.
 */
function sameSurname(
  people: readonly Listed[],
  random: Random,
  quota: number,
  surnameOf: (item: Listed) => string | null,
  givenNames: readonly string[],
  add: (query: string, kind: NegativeKind, splitKey: string, basedOn: Listed) => boolean,
): void {
  let taken = 0;
  for (let attempt = 0; taken < quota && attempt < quota * 50; attempt += 1) {
    const item = pickOne(random, people);
    const surname = surnameOf(item);
    if (!surname) continue;
    const own = new Set(
      [item.entry.name, ...item.entry.aliases, ...item.entry.originalScriptNames].flatMap(plainTokens),
    );
    const given = pickOne(random, givenNames);
    if (plainTokens(given).some((token) => own.has(token))) continue;
    if (add(`${given} ${surname}`, 'same-surname-other-given', item.entityKey, item)) taken += 1;
  }
}

/** OFAC writes the family name before the comma; the UN's last name word is the family's. */
function latinSurname(item: Listed): string | null {
  const { name } = item.entry;
  const family = name.includes(',') ? name.slice(0, name.indexOf(',')).trim() : words(name).at(-1);
  if (!family || family.length < 3 || scriptOf(family) !== 'latin' || /\d/u.test(family)) return null;
  return family.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (letter) => letter.toUpperCase());
}

function arabicSurname(item: Listed): string | null {
  const arabic = item.entry.originalScriptNames.find((name) => scriptOf(name) === 'arabic');
  const parts = arabic?.split(/\s+/u).filter((part) => part.length > 0) ?? [];
  return parts.length >= 2 ? (parts.at(-1) as string) : null;
}
