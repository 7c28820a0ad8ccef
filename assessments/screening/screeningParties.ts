import type { z } from 'zod';
import { entitySchema, isUnidentifiedParty } from '../questionnaire/answers';
import type { screenedPartySchema, unidentifiedScreeningPartySchema } from './schemas';

export type ScreenedParty = z.output<typeof screenedPartySchema>;
export type UnidentifiedScreeningParty = z.output<typeof unidentifiedScreeningPartySchema>;

/** How a run stores a party it could not screen, beside the screened ones in `parties_json`. */
export type StoredUnidentifiedParty = UnidentifiedScreeningParty & { notIdentified: true };
export type StoredParty = ScreenedParty | StoredUnidentifiedParty;

export interface PartyAnswer {
  questionId: string;
  valueJson: string;
}

/**
 * The parties entered in entity answers, in answer order, after the assessment's end user. An
 * identified party is screened under its name and aliases (trimmed, as version 1 parsed them) and
 * carries its birth date, nationality and identifiers along. A party not identified has no name to
 * screen: it is kept apart, so the run can say which roles went unscreened. A party named
 * "unknown" (how version 1 said "not identified") is skipped, as it always was; a repeated name is
 * screened once, with the details any of its entries give (the end user named on the assessment is
 * usually entered again, with its numbers, in a party answer).
 */
export function partiesToScreen(
  endUserName: string | null,
  answers: readonly PartyAnswer[],
): { screened: ScreenedParty[]; notIdentified: UnidentifiedScreeningParty[] } {
  const screened = new Map<string, ScreenedParty>();
  const notIdentified: UnidentifiedScreeningParty[] = [];
  const add = (party: ScreenedParty) => {
    const key = party.name.trim().toLowerCase();
    if (!key || key === 'unknown') return;
    const before = screened.get(key);
    screened.set(key, before ? withDetails(before, party) : party);
  };
  if (endUserName) add({ name: endUserName, aliases: [], role: 'end user', source: 'assessment' });
  for (const answer of answers) {
    const value = JSON.parse(answer.valueJson) as unknown;
    for (const item of Array.isArray(value) ? value : [value]) {
      const parsed = entitySchema.safeParse(item);
      if (!parsed.success) continue;
      const party = parsed.data;
      if (isUnidentifiedParty(party)) {
        notIdentified.push({
          role: party.role.trim(),
          ...(party.reason?.trim() ? { reason: party.reason.trim() } : {}),
          source: answer.questionId,
        });
        continue;
      }
      add({
        name: party.name.trim(),
        aliases: (party.aliases ?? []).map((alias) => alias.trim()),
        role: (party.role ?? '').trim(),
        source: answer.questionId,
        ...(party.birthDate ? { birthDate: party.birthDate } : {}),
        ...(party.nationality ? { nationality: party.nationality } : {}),
        ...(party.identifiers?.length
          ? {
              identifiers: party.identifiers.map(({ type, value: id }) => ({
                type: type.trim(),
                value: id.trim(),
              })),
            }
          : {}),
      });
    }
  }
  return { screened: [...screened.values()], notIdentified };
}

/** The first entry of a party, with the birth date, nationality and identifiers it lacked. */
function withDetails(first: ScreenedParty, later: ScreenedParty): ScreenedParty {
  const aliases = [...new Set([...first.aliases, ...later.aliases])];
  const birthDate = first.birthDate ?? later.birthDate;
  const nationality = first.nationality ?? later.nationality;
  const identifiers = [...(first.identifiers ?? [])];
  for (const id of later.identifiers ?? [])
    if (!identifiers.some((known) => known.type === id.type && known.value === id.value))
      identifiers.push(id);
  return {
    ...first,
    aliases,
    ...(birthDate ? { birthDate } : {}),
    ...(nationality ? { nationality } : {}),
    ...(identifiers.length > 0 ? { identifiers } : {}),
  };
}

/** What a run stores: the screened parties, then those not identified, marked as such. */
export function storedParties(parties: ReturnType<typeof partiesToScreen>): StoredParty[] {
  return [
    ...parties.screened,
    ...parties.notIdentified.map((party): StoredUnidentifiedParty => ({ notIdentified: true, ...party })),
  ];
}

/** Reads `parties_json` of any release: runs before answers version 2 hold screened parties only. */
export function readStoredParties(json: string): {
  screened: ScreenedParty[];
  notIdentified: UnidentifiedScreeningParty[];
} {
  const stored = JSON.parse(json) as StoredParty[];
  const screened: ScreenedParty[] = [];
  const notIdentified: UnidentifiedScreeningParty[] = [];
  for (const party of stored) {
    if ('notIdentified' in party && party.notIdentified === true)
      notIdentified.push({
        role: party.role,
        ...(party.reason !== undefined ? { reason: party.reason } : {}),
        source: party.source,
      });
    else screened.push(party as ScreenedParty);
  }
  return { screened, notIdentified };
}
