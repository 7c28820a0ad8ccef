/**
 * Spellings that name the same given name, each group written as its first member. Romanisation
 * systems and languages differ (Russian, Ukrainian and Belarusian forms of one name; Arabic names
 * in English, French and Turkish spelling), and string similarity alone rates some of them far
 * apart (Nikolai/Mykola) or leaves them just under a threshold (Muhammad/Mohamed).
 */
const GROUPS: readonly (readonly string[])[] = [
  [
    'muhammad',
    'mohammad',
    'mohammed',
    'muhammed',
    'mohamed',
    'mohamad',
    'muhamad',
    'muhamed',
    'mohamud',
    'mahomed',
    'mehmet',
    'mehmed',
    'mokhammad',
    'mukhammad',
    'magomed',
    'mohd',
    'md',
  ],
  ['ahmad', 'ahmed', 'ahmet', 'akhmed', 'akhmad'],
  ['abdullah', 'abdallah', 'abdulla', 'abdula', 'abdollah'],
  ['husayn', 'hussein', 'husein', 'hussain', 'husain', 'hosein', 'hossein', 'hussayn', 'huseyin'],
  ['hasan', 'hassan', 'hasen'],
  ['umar', 'omar', 'omer', 'umer'],
  ['usama', 'osama', 'usamah', 'osamah'],
  ['yusuf', 'yousef', 'youssef', 'yousif', 'yusif', 'yussuf', 'yousuf', 'usuf', 'jusuf'],
  ['ibrahim', 'ebrahim', 'ibraheem', 'ibragim'],
  ['mustafa', 'mostafa', 'moustafa', 'mustapha', 'moustapha'],
  ['khalid', 'khaled', 'halid'],
  ['said', 'saeed', 'saiid', 'sayid'],
  ['sayyid', 'sayed', 'sayyed', 'seyed', 'seyyed'],
  ['abdul', 'abdel', 'abdal', 'abdoul', 'abdu'],
  ['uthman', 'othman', 'osman', 'usman', 'outhman'],
  ['ali', 'aly'],
  ['nikolai', 'nikolay', 'mykola', 'mikola', 'nicolai', 'nikola', 'mikalai'],
  ['viktor', 'viktar', 'victor', 'wiktor'],
  ['yuri', 'yuriy', 'yury', 'iurii', 'iuri', 'yurii', 'jurij', 'yurij', 'yurievich'],
  ['aleksandr', 'alexander', 'alexandr', 'oleksandr', 'aliaksandr', 'aleksander', 'aleksandar'],
  ['sergei', 'sergey', 'serhiy', 'serhii', 'siarhei', 'sergiy', 'serguei'],
  ['dmitri', 'dmitry', 'dmitriy', 'dmytro', 'dzmitry', 'dmitrii'],
  ['vladimir', 'volodymyr', 'uladzimir', 'wladimir'],
  ['mikhail', 'mykhailo', 'mikhal', 'michail', 'mykhaylo'],
  ['andrei', 'andrey', 'andriy', 'andrii', 'andrej', 'andrzej'],
  ['yevgeny', 'evgeny', 'evgeniy', 'yevgeniy', 'yevhen', 'evgeni', 'yevgeni', 'eugene', 'jevgenij'],
  ['aleksei', 'alexei', 'alexey', 'aleksey', 'oleksiy', 'oleksii', 'aliaksei'],
  ['pavel', 'pavlo', 'paval'],
  ['grigory', 'grigori', 'hryhoriy', 'hryhorii', 'ryhor'],
  ['anatoly', 'anatoliy', 'anatolii', 'anatol'],
  ['vitaly', 'vitaliy', 'vitalii', 'vital'],
  ['valery', 'valeriy', 'valerii', 'valeri'],
  ['georgy', 'georgiy', 'heorhiy', 'georgii'],
  ['ilya', 'illia', 'ilia', 'ilja'],
  ['olga', 'olha', 'volha'],
  ['natalia', 'natalya', 'nataliya', 'natallia'],
  ['tatiana', 'tatyana', 'tetiana', 'tatsiana'],
  ['yelena', 'elena', 'olena', 'alena', 'alyona'],
  ['kim', 'gim'],
  ['jong', 'chong'],
  ['park', 'pak', 'bak'],
  ['lee', 'ri', 'rhee', 'yi'],
  ['choe', 'choi', 'chwe'],
];

const CANONICAL = new Map<string, string>(
  GROUPS.flatMap((group) => group.map((name): [string, string] => [name, group[0] as string])),
);

/**
 * A token as its commonest spelling families write it: `dj` as `j` (Djamel/Jamal), `ou` and `oo`
 * as `u` (Youssouf/Yusuf), `ee` as `i` (Aseel/Asil).
 */
export function respelt(token: string): string {
  return token.replace(/dj/gu, 'j').replace(/ou|oo/gu, 'u').replace(/ee/gu, 'i');
}

/** The group's spelling of a known given name (after respelling), or null. */
export function nameGroup(token: string): string | null {
  return CANONICAL.get(token) ?? CANONICAL.get(respelt(token)) ?? null;
}

/**
 * Legal forms written out, removed as whole phrases (longest first): they say what kind of company
 * it is, not which one. Abbreviations ("LLC", "OOO", "S.A.") are single words in nameForm's list.
 */
export const LEGAL_FORM_PHRASES: readonly (readonly string[])[] = [
  'closed joint stock company',
  'open joint stock company',
  'public joint stock company',
  'joint stock company',
  'limited liability company',
  'limited liability partnership',
  'limited liability',
  'public limited company',
  'private limited company',
  'obshchestvo s ogranichennoy otvetstvennostyu',
  'obshchestvo s ogranichennoi otvetstvennostiu',
  'obshchestvo s ogranichennoy otvetstvennostiu',
  'zakrytoe aktsionernoe obshchestvo',
  'otkrytoe aktsionernoe obshchestvo',
  'publichnoe aktsionernoe obshchestvo',
  'aktsionernoe obshchestvo',
  'tovarystvo z obmezhenoyu vidpovidalnistyu',
  'sociedad anonima de capital variable',
  'sociedad de responsabilidad limitada',
  'sociedad anonima',
  'sociedade anonima',
  'societe anonyme',
  'societe a responsabilite limitee',
  'societa a responsabilita limitata',
  'societa per azioni',
  'gesellschaft mit beschrankter haftung',
  'free zone establishment',
  'free zone company',
  'free zone enterprise',
  'de capital variable',
  'sdn bhd',
].map((phrase) => phrase.split(' '));
