import * as z from 'zod';

export const SCREENING_KINDS = ['un', 'ofac', 'uk', 'opensanctions'] as const;
export const INDICATOR_KINDS = ['freedomhouse', 'rsf', 'csv'] as const;
export const DATASET_KINDS = [...SCREENING_KINDS, ...INDICATOR_KINDS] as const;

export const datasetKindSchema = z.enum(DATASET_KINDS);
export type DatasetKind = z.output<typeof datasetKindSchema>;

export const ENTRY_TYPES = ['individual', 'entity', 'vessel', 'aircraft', 'unknown'] as const;
export const entryTypeSchema = z.enum(ENTRY_TYPES);
export type EntryType = z.output<typeof entryTypeSchema>;

/** One listed person, organisation, vessel or aircraft, as the source describes it. */
export const listEntrySchema = z.object({
  /** The record's identifier in the source (OFAC ent_num, UN reference number, UK Group ID, QID). */
  sourceId: z.string().min(1),
  type: entryTypeSchema,
  /** The primary name, in the source's Latin spelling. */
  name: z.string().min(1),
  /** Names in their original script (Arabic, Cyrillic, CJK…), when the source gives them. */
  originalScriptNames: z.array(z.string()),
  aliases: z.array(z.string()),
  /**
   * Aliases (or original-script names) the source itself marks as weak or low quality (UN "Low",
   * OFAC "Low quality a.k.a."): screening matches them only when written exactly.
   */
  weakAliases: z.array(z.string()).optional(),
  programmes: z.array(z.string()),
  identifiers: z.array(z.string()),
  /** ISO dates (`1948-12-10`), years (`1948`) or ranges (`1960/1965`). */
  birthDates: z.array(z.string()),
  birthPlaces: z.array(z.string()),
  nationalities: z.array(z.string()),
  /** Where the record can be looked up at the source. */
  sourceUrl: z.string().nullable(),
  /** Addresses, when the source lists them (OFAC add.csv). */
  addresses: z.array(z.string()).optional(),
});
export type ListEntry = z.output<typeof listEntrySchema>;

/** One value of one indicator for one country and year. */
export interface IndicatorValue {
  /** ISO 3166-1 alpha-2, or null when the source's country name could not be resolved. */
  countryCode: string | null;
  countryName: string;
  indicator: string;
  year: number;
  value: number | null;
  text: string | null;
}

export interface ParsedDataset {
  kind: DatasetKind;
  sourceName: string;
  /** Publication date or edition of the source (ISO date or year), when the file states it. */
  vintage: string | null;
  /** Records read from the file (rows, elements or targets, as the source counts them). */
  records: number;
  entries: ListEntry[];
  indicators: IndicatorValue[];
  /** Country names or codes of the file that match no ISO 3166-1 code (kept with a null code). */
  unresolvedCountries: string[];
}

export function emptyEntry(sourceId: string, type: EntryType, name: string): ListEntry {
  return {
    sourceId,
    type,
    name,
    originalScriptNames: [],
    aliases: [],
    programmes: [],
    identifiers: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    sourceUrl: null,
  };
}
