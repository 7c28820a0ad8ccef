import * as z from 'zod';
import { COUNTRY_CODES } from '../shared/countries';

/** The answer a user gives to "I do not know"; scored pessimistically and listed as a data gap. */
export const UNKNOWN = 'unknown';

/**
 * Identifier types the editor offers. Answers written before version 2 carry free-text types
 * ("trade licence"); any non-empty type is still accepted, so a stored answer never turns invalid.
 */
export const IDENTIFIER_TYPES = ['passport', 'national-id', 'company-registration', 'imo', 'other'] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

/**
 * Every field is checked, none is rewritten: no trimming, no defaults. The stored value is what
 * the user entered, its canonical JSON is hashed and signed, so parsing an answer written by any
 * earlier version must give back exactly the same value.
 */
const filled = (message: string) =>
  z.string({ error: message }).refine((text) => text.trim().length > 0, { error: message });

const text = (field: string) => z.string({ error: `expected the ${field} as text` });

const identifierSchema = z
  .object({
    type: filled(`choose the identifier type (${IDENTIFIER_TYPES.join(', ')})`),
    value: filled('enter the identifier (number or code)'),
  })
  .strict();

const birthDateSchema = z
  .string({ error: 'expected the birth date as a year (YYYY) or a date (YYYY-MM-DD)' })
  .refine(isBirthDate, { error: 'expected the birth date as a year (YYYY) or a real date (YYYY-MM-DD)' });

const nationalitySchema = z
  .string({ error: 'expected the nationality as an ISO 3166-1 alpha-2 country code such as "EG"' })
  .refine((code) => (COUNTRY_CODES as readonly string[]).includes(code), {
    error: 'expected the nationality as an ISO 3166-1 alpha-2 country code in capitals, such as "EG"',
  });

/** A party whose name is known. Only `name` is required (as in version 1). */
export const identifiedPartySchema = z
  .object({
    /** Never present on an identified party; declared so `notIdentified` can tell the two apart. */
    notIdentified: z.undefined().optional(),
    name: filled('enter the name'),
    aliases: z
      .array(filled('an alias is empty'), { error: 'expected the aliases as a list of names' })
      .optional(),
    address: text('address').optional(),
    identifiers: z
      .array(identifierSchema, { error: 'expected the identifiers as a list of { type, value }' })
      .optional(),
    role: text('role').optional(),
    /** `YYYY` when only the year is known, else `YYYY-MM-DD`. */
    birthDate: birthDateSchema.optional(),
    /** ISO 3166-1 alpha-2, upper case. */
    nationality: nationalitySchema.optional(),
  })
  .strict();

/** A party the assessor knows exists (a role in the transaction) but cannot name. */
export const unidentifiedPartySchema = z
  .object({
    notIdentified: z.literal(true),
    role: filled('give the role of the party that cannot be identified'),
    reason: text('reason').optional(),
  })
  .strict();

/** One party of an entity answer: identified (version 1 and 2) or not identified (version 2). */
export const entitySchema = z.discriminatedUnion(
  'notIdentified',
  [identifiedPartySchema, unidentifiedPartySchema],
  {
    error: (issue) =>
      issue.code === 'invalid_union' && issue.path?.[0] === 'notIdentified'
        ? 'notIdentified must be true (party not identified) or left out'
        : 'expected a party: { name, … } or { notIdentified: true, role }',
  },
);
export type IdentifiedParty = z.infer<typeof identifiedPartySchema>;
export type UnidentifiedParty = z.infer<typeof unidentifiedPartySchema>;
export type Entity = z.infer<typeof entitySchema>;

export function isUnidentifiedParty(party: Entity): party is UnidentifiedParty {
  return party.notIdentified === true;
}

/** A year `YYYY`, or a calendar date `YYYY-MM-DD` that exists (no 2023-02-30). */
export function isBirthDate(text: string): boolean {
  if (/^\d{4}$/.test(text)) return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** One stored answer: the typed value (see docs/answers-format.md) and an optional free-text note. */
export const answerEntrySchema = z
  .object({
    value: z.json(),
    note: z.string().max(20_000).optional(),
  })
  .strict();
export type AnswerEntry = z.infer<typeof answerEntrySchema>;

export type Answers = Readonly<Record<string, AnswerEntry | undefined>>;
