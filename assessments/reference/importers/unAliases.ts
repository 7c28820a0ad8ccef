import { clean, hasNonLatin } from '../text';

/** Notes the UN writes inside an alias: `born in 1963`, `born on 5 May 1970`. */
const BORN = /,?\s*\bborn\s+(?:in|on|circa|about)\b[^;()]*/giu;

/** `(original script: Абу Мухаммад)`: the name in its script. */
const ORIGINAL_SCRIPT = /^original script:\s*/iu;

/**
 * One UN `ALIAS_NAME` can hold several names (`Abdul Rehman; Abd Ur-Rehman`), the same name in
 * another script in brackets (`Jin Tiesan (金铁三)`, `حسن غول (Hassan Ghul; Hassan Gul)`) and notes
 * (`born in 1963`, `(birth name)`, `(previously listed as)`). Returns each name on its own, notes
 * removed; a bracketed single Latin word (`Butayev (Butaev)`, `(Sheikh)`) is a spelling or title
 * note and is dropped.
 */
export function splitUnAlias(raw: string): string[] {
  const names: string[] = [];
  const main = clean(raw)
    .replace(BORN, '')
    .replace(/\(([^()]*)\)/gu, (_match, inner: string) => {
      const content = clean(inner.replace(BORN, ''));
      if (ORIGINAL_SCRIPT.test(content)) names.push(...splitList(content.replace(ORIGINAL_SCRIPT, '')));
      else if (hasNonLatin(content) || /\s/u.test(content)) {
        if (!isNote(content)) names.push(...splitList(content));
      }
      return ' ';
    });
  return [...splitList(main), ...names];
}

function splitList(text: string): string[] {
  return text
    .split(';')
    .map((part) => clean(part).replace(/^[,\s]+|[,\s]+$/gu, ''))
    .filter((part) => part.length > 0);
}

/** `birth name`, `combat name`, `previously listed as`: lower-case Latin words carry no name. */
function isNote(text: string): boolean {
  return !hasNonLatin(text) && !/\p{Lu}/u.test(text);
}
