import { LEGAL_FORMS, TRANSLITERATION_GROUPS, TRANSLITERATION_RULES } from './nameTables';

// How a listed name is disguised, from the name's own structure and the evaluation set's tables.
// Each function returns null when the name offers nothing to vary, so a variant always differs.

// The same seeded generator the scoring property tests replay; it is test support, not matcher code.
import { pick as pickOne, type Random } from '../../assessments/scoring/testing/prng';
export { pick as pickOne, seededRandom, type Random } from '../../assessments/scoring/testing/prng';

/** Casefolded, without diacritics or punctuation, tokens sorted: two names are "the same" here. */
export function plainKey(name: string): string {
  return plainTokens(name).sort().join(' ');
}

export function plainTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** "SURNAME, Given Names" (OFAC's order) as "Given Names SURNAME"; other names as they are. */
export function naturalOrder(name: string): string {
  const comma = name.indexOf(',');
  if (comma < 0) return name.replace(/\s+/gu, ' ').trim();
  return `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`.replace(/\s+/gu, ' ').trim();
}

export function words(name: string): string[] {
  return naturalOrder(name)
    .split(' ')
    .filter((word) => word.length > 0);
}

/**
 * The other common order: OFAC's "SURNAME, Given" written given names first, and a name written
 * given names first (the UN's order) with the family name moved to the front.
 */
export function swapOrder(name: string): string | null {
  if (name.includes(',')) return naturalOrder(name);
  const parts = words(name);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1] as string;
  return [last, ...parts.slice(0, -1)].join(' ');
}

/** One inner word of three or more removed (a middle or father's name). */
export function dropMiddle(name: string, random: Random): string | null {
  const parts = words(name);
  if (parts.length < 3) return null;
  const at = 1 + Math.floor(random() * (parts.length - 2));
  return parts.filter((_, index) => index !== at).join(' ');
}

/**
 * One word respelt by another transliteration system: a whole-name equivalent, or for a person's
 * name a spelling rule (an organisation's ordinary words are not transliterated).
 */
export function transliterate(name: string, random: Random, person: boolean): string | null {
  const parts = words(name);
  const options: string[] = [];
  parts.forEach((part, index) => {
    const lower = part.toLowerCase();
    const group = TRANSLITERATION_GROUPS.find((row) => row.includes(lower));
    for (const other of group ?? [])
      if (other !== lower) options.push(replaceAt(parts, index, matchCase(part, other)));
    for (const [from, to] of person ? TRANSLITERATION_RULES : []) {
      const at = lower.indexOf(from, 1);
      if (at > 0)
        options.push(
          replaceAt(
            parts,
            index,
            matchCase(part, `${lower.slice(0, at)}${to}${lower.slice(at + from.length)}`),
          ),
        );
    }
  });
  return options.length > 0 ? pickOne(random, options) : null;
}

/** One edit (substitution, deletion, insertion or transposition) inside a word of five letters or more. */
export function typo(name: string, random: Random): string | null {
  const parts = words(name);
  const long = parts.map((part, index) => ({ part, index })).filter(({ part }) => /^\p{L}{5,}$/u.test(part));
  if (long.length === 0) return null;
  const { part, index } = pickOne(random, long);
  const letters = [...part];
  const at = 1 + Math.floor(random() * (letters.length - 2));
  const alphabet = part === part.toUpperCase() ? 'AEIOUNRSTLMK' : 'aeiounrstlmk';
  const letter = pickOne(
    random,
    [...alphabet].filter((item) => item !== letters[at]),
  );
  switch (Math.floor(random() * 4)) {
    case 0:
      letters[at] = letter;
      break;
    case 1:
      letters.splice(at, 1);
      break;
    case 2:
      letters.splice(at, 0, letter);
      break;
    default: {
      const next = letters[at + 1] as string;
      if (next === letters[at]) letters[at] = letter;
      else [letters[at], letters[at + 1]] = [next, letters[at] as string];
    }
  }
  return replaceAt(parts, index, letters.join(''));
}

/** The organisation's legal form written another way (LLC → Limited Liability Company). */
export function changeLegalForm(name: string, random: Random): string | null {
  const text = naturalOrder(name);
  const lower = text.toLowerCase();
  const found: { start: number; end: number; form: string; row: readonly string[] }[] = [];
  for (const row of LEGAL_FORMS)
    for (const form of row) {
      const match = new RegExp(`(^|[\\s,])${escape(form)}(?=$|[\\s,])`, 'u').exec(lower);
      if (!match) continue;
      const start = match.index + (match[1] ?? '').length;
      found.push({ start, end: start + form.length, form, row });
    }
  // "Limited" inside "Limited Liability Company" is part of that form, not a form of its own.
  const whole = found.filter(
    (item) =>
      !found.some(
        (other) =>
          other !== item &&
          other.start <= item.start &&
          other.end >= item.end &&
          other.end - other.start > item.end - item.start,
      ),
  );
  const options = whole.flatMap(({ start, end, form, row }) =>
    row
      .filter((other) => plainKey(other) !== plainKey(form))
      .map((other) => `${text.slice(0, start)}${matchCase(text.slice(start, end), other)}${text.slice(end)}`),
  );
  return options.length > 0 ? pickOne(random, options) : null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function replaceAt(parts: readonly string[], index: number, value: string): string {
  return parts.map((part, at) => (at === index ? value : part)).join(' ');
}

/** `value` in the case of `like`: all capitals, capitalised or lower case. */
function matchCase(like: string, value: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return value.toUpperCase();
  if (like[0] === like[0]?.toUpperCase())
    return value.replace(/(^|\s)\p{L}/gu, (letter) => letter.toUpperCase());
  return value;
}
