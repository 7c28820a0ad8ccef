import anyAscii from 'any-ascii';
import { abjadUnits, ALIF_MARK, ALIFS, latinUnits, soundHead } from './abjadSpelling';
import { LEGAL_FORM_PHRASES, nameGroup, respelt } from './nameEquivalents';
import { oneEditApart } from './oneEditApart';

/** A name prepared for comparison: every form a query or a listed name is compared in. */
export interface NameForm {
  /** The name as written in the source or the query. */
  original: string;
  /** Latin, lower-case tokens without honorifics, particles or legal-form words, respelt (see nameEquivalents). */
  tokens: string[];
  /** Per token: the spelling of its group of equivalent given names (Mohamed → muhammad), or null. */
  groups: (string | null)[];
  /** Per token: part of the family name, as "SURNAME, Given" tells; false when unknown. */
  family: boolean[];
  /** Per token, for a name in Arabic script: its written sounds (see abjadSpelling). */
  abjadUnits: string[] | null;
  /** Per token, for a Latin name: its sounds as an Arabic spelling would be compared (see abjadSpelling). */
  latinUnits: string[] | null;
  /**
   * Per token of a name in Arabic script or in Latin letters: the first two consonants of its
   * sounds, which a word and its spelling in the other script must share; and the same of the
   * whole name written together.
   */
  soundHeads: string[] | null;
  joinedSoundHead: string | null;
  /** The tokens joined without spaces, in name order ("SURNAME, Given" turned round). */
  compact: string;
  /** Per token: its consonants (see skeleton), how Latin spellings differing in vowels compare. */
  skeletons: string[];
  /** Written in an abjad (Arabic, Persian, Hebrew): only consonants are reliable. */
  abjad: boolean;
  /** The original was not in Latin script and was transliterated. */
  transliterated: boolean;
}

const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'sheikh',
  'shaikh',
  'sheik',
  'shaykh',
  'haji',
  'hajji',
  'hadji',
  'mullah',
  'mulla',
  'maulvi',
  'maulavi',
  'mawlawi',
  'qari',
  'kari',
  'imam',
  'general',
  'gen',
  'colonel',
  'col',
  'major',
  'maj',
  'captain',
  'capt',
  'lieutenant',
  'lt',
  'brigadier',
  'admiral',
  'his',
  'her',
  'excellency',
  'hon',
  'honourable',
  'honorable',
  'president',
  'minister',
]);

/** Articles and patronymic links that many spellings drop or attach ("al-Huthi", "bin Laden"). */
const PARTICLES = new Set([
  'al',
  'el',
  'ul',
  'ad',
  'ud',
  'as',
  'ash',
  'at',
  'az',
  'bin',
  'ibn',
  'bint',
  'ben',
  'b',
]);

/** Legal forms say nothing about which organisation is meant. */
const LEGAL_FORMS = new Set([
  'ltd',
  'limited',
  'llc',
  'inc',
  'incorporated',
  'co',
  'corp',
  'corporation',
  'company',
  'sa',
  'sas',
  'sarl',
  'gmbh',
  'ag',
  'plc',
  'jsc',
  'ojsc',
  'pjsc',
  'cjsc',
  'llp',
  'lp',
  'bv',
  'nv',
  'srl',
  'spa',
  'fze',
  'fzco',
  'fzc',
  'pte',
  'pty',
  'sdn',
  'bhd',
  'cv',
  'rl',
  'sapi',
  'sab',
  'ltda',
  'limitada',
  'cia',
  'sl',
  'ooo',
  'zao',
  'oao',
  'pao',
  'ao',
  'tov',
  'kft',
  'sro',
  'doo',
  'oy',
  'kg',
  'ohg',
  'aktiengesellschaft',
  'sae',
  'saic',
  'wll',
  'fzllc',
  'the',
  'of',
  'and',
  'for',
  'de',
  'la',
  'le',
  'des',
  'du',
]);

const ABJAD = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}]/u;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** "SURNAME, Given" → "Given SURNAME" when there is exactly one comma. */
export function turnSurnameFirst(name: string): string {
  const parts = splitSurname(name);
  return parts ? `${parts.given} ${parts.surname}` : name;
}

function splitSurname(name: string): { surname: string; given: string } | null {
  const parts = name.split(',');
  if (parts.length !== 2) return null;
  const [surname, given] = parts.map((part) => part.trim());
  return surname && given ? { surname, given } : null;
}

/** "S.A. de C.V.", "L.L.C.": dotted abbreviations are one word, not one word a letter. */
const DOTTED = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}\p{N}]))?/gu;

/**
 * "Abdulkhaliq", "Abdelaziz", "Abdurrahman": Latin spellings often join "Abd" (servant of) to the
 * name that follows, which Arabic script and other spellings write apart ("Abd al-Khaliq").
 */
const JOINED_ABD = /^abd(?:oul|ul|el|al|u|i)?([a-z]{4,})$/u;

function splitAbd(word: string): string[] {
  const match = JOINED_ABD.exec(word);
  if (!match || nameGroup(word)) return [word];
  return ['abd', (match[1] as string).replace(/^(.)\1/u, '$1')];
}

function asciiWords(text: string): string[] {
  const ascii = anyAscii(text.replace(DOTTED, (match) => match.replaceAll('.', '')).normalize('NFKC'))
    .toLowerCase()
    .replace(/['`’‘ʻʼ]/gu, '')
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
  return ascii.split(' ').filter((token) => token.length > 0);
}

/** Long legal-form words, recognised with one typo ("Compnay", "Liimted"). */
const LONG_LEGAL_WORDS = [
  ...new Set([...LEGAL_FORMS, ...LEGAL_FORM_PHRASES.flat()].filter((word) => word.length >= 6)),
];

function legalWordMeant(word: string): string {
  if (word.length < 6 || LEGAL_FORMS.has(word)) return word;
  return LONG_LEGAL_WORDS.find((legal) => oneEditApart(word, legal)) ?? word;
}

/** Removes every legal-form phrase ("obshchestvo s ogranichennoy otvetstvennostyu") from the words. */
function withoutLegalPhrases(words: string[], family: boolean[]): void {
  for (const phrase of LEGAL_FORM_PHRASES)
    for (let start = words.indexOf(phrase[0] as string); start >= 0;) {
      if (phrase.every((word, offset) => words[start + offset] === word)) {
        words.splice(start, phrase.length);
        family.splice(start, phrase.length);
      } else start += 1;
      start = words.indexOf(phrase[0] as string, start);
    }
}

export function nameForm(original: string): NameForm {
  const abjad = ABJAD.test(original);
  const transliterated = NON_LATIN.test(original);
  const parts = splitSurname(original);
  const pieces = parts ? [parts.given, parts.surname] : [original];
  const words: string[] = [];
  const family: boolean[] = [];
  pieces.forEach((piece, index) => {
    let text = piece;
    if (abjad) {
      // The article is written joined to the word ("الحوثي"); Latin spellings separate it ("al-Huthi").
      text = text
        .replace(/عبدال/gu, 'عبد ال')
        .replace(/(^|[\s\u200c(])ال(?=\p{Script=Arabic}{2})/gu, '$1al ')
        .replace(ALIFS, ALIF_MARK);
    }
    // Ideographic names transliterate syllable by syllable; keep the syllables apart.
    text = text.replace(IDEOGRAPHIC, (char) => ` ${anyAscii(char)} `);
    for (const word of asciiWords(text))
      for (const part of abjad ? [word] : splitAbd(word)) {
        words.push(part);
        family.push(index === 1);
      }
  });
  // Alifs are marked for the written sounds only; every other form reads as any-ascii writes it.
  const plain = (word: string) => (abjad ? word.replaceAll(ALIF_MARK, '') : word);
  const significantAt = words.flatMap((word, index) =>
    plain(word).length > 0 && !HONORIFICS.has(plain(word)) ? [index] : [],
  );
  const keptWords = significantAt.map((index) =>
    abjad ? (words[index] as string) : legalWordMeant(words[index] as string),
  );
  const keptFamily = significantAt.map((index) => family[index] as boolean);
  withoutLegalPhrases(keptWords, keptFamily);
  const isName = (word: string) => !PARTICLES.has(plain(word)) && !LEGAL_FORMS.has(plain(word));
  let chosen = keptWords.flatMap((word, index) => (isName(word) ? [index] : []));
  if (chosen.length === 0) chosen = keptWords.map((_, index) => index);
  const raw = chosen.map((index) => keptWords[index] as string);
  const tokens = raw.map((word) => respelt(plain(word)));
  const skeletons = tokens.map(skeleton);
  const units = abjad ? raw.map(abjadUnits) : transliterated ? null : raw.map(latinUnits);
  return {
    original,
    tokens,
    groups: raw.map((word) => nameGroup(plain(word))),
    family: chosen.map((index) => keptFamily[index] as boolean),
    abjadUnits: abjad ? units : null,
    latinUnits: abjad ? null : units,
    soundHeads: units ? units.map(soundHead) : null,
    joinedSoundHead: units ? soundHead(units.join('')) : null,
    compact: tokens.join(''),
    skeletons,
    abjad,
    transliterated,
  };
}

/**
 * The consonants of a token, as Arabic script writes them: vowels and the long-vowel letters
 * y/w dropped, q and c as k, a final h (ta marbuta) dropped, doubled letters once.
 */
export function skeleton(token: string): string {
  const consonants = token
    .replace(/ph/gu, 'f')
    .replace(/[qc]/gu, 'k')
    .replace(/[aeiouyw0-9]/gu, '');
  const single = consonants.replace(/(.)\1+/gu, '$1');
  return single.length > 1 ? single.replace(/h$/u, '') : single;
}
