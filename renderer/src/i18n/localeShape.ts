/** The plural categories CLDR can require of a language (`Intl.PluralRules#resolvedOptions`). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

type PluralBase<K> = K extends `${infer Base}_${PluralCategory}` ? Base : never;
type PlainKey<K> = K extends `${string}_${PluralCategory}` ? never : K;

/**
 * The shape every translation must have, derived from the source locale: the same nested keys,
 * strings everywhere, and for each plural key an `_other` form plus whichever other categories the
 * language needs. The locale parity test checks the exact categories against CLDR at run time.
 */
export type LocaleMessages<T> = {
  [K in keyof T as PlainKey<K>]: T[K] extends string ? string : LocaleMessages<T[K]>;
} & {
  [K in keyof T as `${PluralBase<K> & string}_other`]: string;
} & {
  [K in keyof T as `${PluralBase<K> & string}_${Exclude<PluralCategory, 'other'>}`]?: string;
};
