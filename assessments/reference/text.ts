/** Collapses runs of whitespace (including newlines inside fields) and trims. */
export function clean(text: string | undefined | null): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim();
}

export function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

export function hasNonLatin(text: string): boolean {
  return NON_LATIN.test(text);
}
