import type { ListEntry } from '../types';
import type { NameForm } from './nameForm';

/**
 * Keys under which records of different lists are the same person or organisation: the same full
 * name (two words or more, in any order, equivalent given-name spellings made one) and type, and
 * for a person also a year of birth; or the same identifier. Lists spell and alias one person
 * differently, so a query may match one list's record under a name the other list does not give.
 */
export function recordLinkKeys(
  entry: ListEntry,
  forms: readonly NameForm[],
  identifierKeys: readonly string[],
): string[] {
  const keys = new Set<string>(identifierKeys.map((key) => `id:${key}`));
  if (entry.type !== 'individual' && entry.type !== 'entity') return [...keys];
  const years = [...new Set(entry.birthDates.map((date) => date.slice(0, 4)))];
  if (entry.type === 'individual' && years.length === 0) return [...keys];
  for (const form of forms) {
    if (form.tokens.length < 2) continue;
    const name = form.tokens
      .map((token, index) => form.groups[index] ?? token)
      .sort()
      .join(' ');
    if (entry.type === 'entity') keys.add(`e:${name}`);
    else for (const year of years) keys.add(`i:${name}:${year}`);
  }
  return [...keys];
}
