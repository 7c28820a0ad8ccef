import type { IdentifiedParty, UnidentifiedParty } from '../../../../assessments/questionnaire/answers';
import type { AnswerValue } from '../../autosave/useAnswerQueue';

export interface IdentifierDraft {
  type: string;
  value: string;
}

/** An identified party as the editor holds it: every version 1 field present, the others only when set. */
export type IdentifiedDraft = IdentifiedParty & {
  name: string;
  role: string;
  address: string;
  aliases: string[];
  identifiers: IdentifierDraft[];
};
export type PartyDraft = IdentifiedDraft | UnidentifiedParty;

export const EMPTY_PARTY: IdentifiedDraft = { name: '', aliases: [], address: '', identifiers: [], role: '' };

export function isUnidentifiedDraft(party: PartyDraft): party is UnidentifiedParty {
  return party.notIdentified === true;
}

type JsonObject = Record<string, AnswerValue>;

const isObject = (item: AnswerValue | undefined): item is JsonObject =>
  !!item && typeof item === 'object' && !Array.isArray(item);
const textOf = (item: JsonObject, key: string): string => {
  const found = item[key];
  return typeof found === 'string' ? found : '';
};

/** The parties in a stored or drafted value, whatever its shape (one party or a list). */
export function partiesOf(value: AnswerValue | undefined): PartyDraft[] {
  const list = Array.isArray(value) ? value : isObject(value) ? [value] : [];
  return list.filter(isObject).map(partyOf);
}

function partyOf(item: JsonObject): PartyDraft {
  if (item.notIdentified === true)
    return {
      notIdentified: true,
      role: textOf(item, 'role'),
      ...(typeof item.reason === 'string' ? { reason: item.reason } : {}),
    };
  return {
    name: textOf(item, 'name'),
    role: textOf(item, 'role'),
    address: textOf(item, 'address'),
    aliases: Array.isArray(item.aliases)
      ? item.aliases.filter((a): a is string => typeof a === 'string')
      : [],
    identifiers: Array.isArray(item.identifiers)
      ? item.identifiers.filter(isObject).map((i) => ({ type: textOf(i, 'type'), value: textOf(i, 'value') }))
      : [],
    ...(typeof item.birthDate === 'string' ? { birthDate: item.birthDate } : {}),
    ...(typeof item.nationality === 'string' ? { nationality: item.nationality } : {}),
  };
}

/** Sets an optional text field, or leaves it out when empty: an empty birth date is no birth date. */
export function withOptional<T extends object, K extends string>(draft: T, key: K, text: string): T {
  const next = { ...draft } as Record<string, unknown>;
  if (text === '') delete next[key];
  else next[key] = text;
  return next as T;
}
