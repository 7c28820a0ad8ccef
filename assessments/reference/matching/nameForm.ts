import anyAscii from 'any-ascii';

/** A name prepared for comparison: every form a query or a listed name is compared in. */
export interface NameForm {
  /** The name as written in the source or the query. */
  original: string;
  /** Latin, lower-case tokens without honorifics, particles or legal-form words. */
  tokens: string[];
  /** The tokens joined without spaces, in name order ("SURNAME, Given" turned round). */
  compact: string;
  /** Consonant skeletons of the tokens: how a name written in Arabic script (no short vowels) compares. */
  skeletons: string[];
  skeletonCompact: string;
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
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [surname, given] = parts.map((part) => part.trim());
  return surname && given ? `${given} ${surname}` : name;
}

export function nameForm(original: string): NameForm {
  const abjad = ABJAD.test(original);
  const transliterated = NON_LATIN.test(original);
  let text = turnSurnameFirst(original);
  if (abjad) {
    // The article is written joined to the word ("الحوثي"); Latin spellings separate it ("al-Huthi").
    text = text.replace(/عبدال/gu, 'عبد ال').replace(/(^|[\s\u200c(])ال(?=\p{Script=Arabic}{2})/gu, '$1al ');
  }
  // Ideographic names transliterate syllable by syllable; keep the syllables apart.
  text = text.replace(IDEOGRAPHIC, (char) => ` ${anyAscii(char)} `);
  const ascii = anyAscii(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/['`’‘ʻʼ]/gu, '')
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
  const all = ascii.split(' ').filter((token) => token.length > 0);
  const significant = all.filter((token) => !HONORIFICS.has(token));
  const tokens = significant.filter((token) => !PARTICLES.has(token) && !LEGAL_FORMS.has(token));
  const kept = tokens.length > 0 ? tokens : significant;
  const skeletons = kept.map(skeleton).filter((value) => value.length > 0);
  return {
    original,
    tokens: kept,
    compact: kept.join(''),
    skeletons,
    skeletonCompact: skeleton(significant.join('')),
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
