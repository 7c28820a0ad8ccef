import { fileURLToPath } from 'node:url';
import * as z from 'zod';

/** The public lists beside the repository (`../shared/data`), from this folder or its bundle in dist/. */
export const DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/**
 * The frozen set, found from this folder or from a bundle two levels under the repository (dist/…).
 * Changing how it is built means a new version file, never a rewrite of this one. JSON Lines: one
 * record a line, so a change to the set reads as a change to its records.
 */
export const EVALUATION_SET_FILE = fileURLToPath(
  new URL('../../test/screening-eval/evaluation-set.v1.jsonl', import.meta.url),
);

export const EVALUATION_SEED = 20261207;

/** Share of entities (by hash of their key) whose queries may be used to tune the matcher. */
export const TUNE_PERCENT = 30;

export const SOURCE_FILES = {
  ofac: 'ofac_sdn_2024-05-03.csv',
  un: 'un_sc_consolidated_2022-09-15.xml',
  uk: 'uk_hmt_conlist_2018-04-13.csv',
  opensanctions: 'opensanctions_wd_persons_2024-03-09.targets.simple.csv',
} as const;

export type TargetList = 'ofac' | 'un';
export type Split = 'tune' | 'holdout';
export type Script = 'latin' | 'arabic' | 'cyrillic' | 'cjk' | 'other';

export const VARIANT_TYPES = [
  'cross-list-alias',
  'original-script',
  'word-order-swap',
  'dropped-middle-name',
  'transliteration',
  'typo',
  'legal-form',
] as const;
export type VariantType = (typeof VARIANT_TYPES)[number];

export const NEGATIVE_KINDS = ['same-surname-other-given', 'common-name', 'common-company'] as const;
export type NegativeKind = (typeof NEGATIVE_KINDS)[number];

export interface ListRef {
  list: TargetList;
  id: string;
}

export interface Positive {
  query: string;
  /** The record that must be among the hits. */
  target: ListRef;
  /** Records of the same person or organisation on the other list: a correct top hit too. */
  sameEntity: ListRef[];
  variant: VariantType;
  entityType: 'individual' | 'entity';
  script: Script;
  split: Split;
}

export interface Negative {
  query: string;
  kind: NegativeKind;
  script: Script;
  split: Split;
  /** The listed person whose family name the query borrows. */
  basedOn: ListRef | null;
}

export interface EvaluationSet {
  version: 1;
  seed: number;
  tunePercent: number;
  sources: { list: string; file: string; sha256: string }[];
  positives: Positive[];
  negatives: Negative[];
}

export function scriptOf(name: string): Script {
  if (/\p{Script=Arabic}/u.test(name)) return 'arabic';
  if (/\p{Script=Cyrillic}/u.test(name)) return 'cyrillic';
  if (/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name)) return 'cjk';
  if (/\p{Script=Latin}/u.test(name)) return 'latin';
  return 'other';
}

/** FNV-1a of the entity's key: the split never depends on the order the set was built in. */
export function splitOf(entityKey: string): Split {
  let hash = 0x811c9dc5;
  for (const char of entityKey) {
    hash ^= char.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100 < TUNE_PERCENT ? 'tune' : 'holdout';
}

export function serialiseEvaluationSet(set: EvaluationSet): string {
  const { positives, negatives, ...head } = set;
  return [
    JSON.stringify(head),
    ...positives.map((item) => JSON.stringify({ case: 'positive', ...item })),
    ...negatives.map((item) => JSON.stringify({ case: 'negative', ...item })),
    '',
  ].join('\n');
}

const listRefSchema = z.strictObject({ list: z.enum(['ofac', 'un']), id: z.string().min(1) });
const splitSchema = z.enum(['tune', 'holdout']);
const scriptSchema = z.enum(['latin', 'arabic', 'cyrillic', 'cjk', 'other']);
const headSchema = z.strictObject({
  version: z.literal(1),
  seed: z.number().int(),
  tunePercent: z.number().int().min(1).max(99),
  sources: z.array(
    z.strictObject({ list: z.string(), file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/u) }),
  ),
});
const lineSchema = z.discriminatedUnion('case', [
  z.strictObject({
    case: z.literal('positive'),
    query: z.string().min(1),
    target: listRefSchema,
    sameEntity: z.array(listRefSchema),
    variant: z.enum(VARIANT_TYPES),
    entityType: z.enum(['individual', 'entity']),
    script: scriptSchema,
    split: splitSchema,
  }),
  z.strictObject({
    case: z.literal('negative'),
    query: z.string().min(1),
    kind: z.enum(NEGATIVE_KINDS),
    script: scriptSchema,
    split: splitSchema,
    basedOn: listRefSchema.nullable(),
  }),
]);

/** Reads the set's text, checking every line's shape. */
export function parseEvaluationSet(text: string): EvaluationSet {
  const [head = '', ...rest] = text.split('\n').filter((line) => line.length > 0);
  const set: EvaluationSet = { ...headSchema.parse(JSON.parse(head)), positives: [], negatives: [] };
  for (const line of rest) {
    const { case: kind, ...item } = lineSchema.parse(JSON.parse(line));
    if (kind === 'positive') set.positives.push(item as Positive);
    else set.negatives.push(item as Negative);
  }
  return set;
}
