import type { Literal } from './expression/ast';
import type { Value } from './expression/evaluate';
import { UNKNOWN, type AnswerEntry } from './answers';
import type { Question } from './templateSchema';

/** How an answer reads inside expressions: option ids, arrays of ids or party names, numbers, or 'unknown'. */
export function expressionValue(question: Question, entry: AnswerEntry | undefined): Value {
  if (!entry) return null;
  const value = entry.value;
  if (value === UNKNOWN) return UNKNOWN;
  switch (question.type) {
    case 'multi':
      return Array.isArray(value) ? (value.filter((v) => typeof v === 'string') as Literal[]) : null;
    case 'scale':
      return typeof value === 'number' ? value : null;
    case 'entity': {
      const entities = Array.isArray(value) ? value : [value];
      const names = entities.map(partyName).filter((name): name is string => typeof name === 'string');
      return names.length > 0 ? names : null;
    }
    default:
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : null;
  }
}

/**
 * A party reads as its name. A party not identified (`notIdentified: true`, answers version 2)
 * reads as 'unknown', the name version 1 asked assessors to type, so rules written for it (1.0.0's
 * `E1 includes ['unknown', …]`) keep firing when the assessor uses the explicit state instead.
 */
function partyName(entity: unknown): string | null {
  if (!entity || typeof entity !== 'object' || Array.isArray(entity)) return null;
  const party = entity as { notIdentified?: unknown; name?: unknown };
  if (party.notIdentified === true) return UNKNOWN;
  return typeof party.name === 'string' ? party.name : null;
}

/** An answer that says something: not empty text, not an empty selection. */
export function isAnswered(question: Question, entry: AnswerEntry | undefined): boolean {
  const value = expressionValue(question, entry);
  if (value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
