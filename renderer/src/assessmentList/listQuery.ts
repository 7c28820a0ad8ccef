import type { OperationOutput } from '../../../assessments/api/contract';
import { countryName } from '../format/countries';

export type ListItem = OperationOutput<'assessment.list'>[number];
export type Tier = NonNullable<ListItem['tier']>;

/** What a badge shows: the stored status, except that a decision outrun by later answers is stale. */
export const DISPLAY_STATUSES = ['draft', 'in_review', 'decided', 'stale', 'signed'] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

export const TIERS = ['Low', 'Medium', 'High', 'Unacceptable'] as const satisfies readonly Tier[];

export const SORT_KEYS = ['title', 'destination', 'endUser', 'tier', 'status', 'updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface ListQuery {
  search: string;
  status: DisplayStatus | '';
  destination: string;
  tier: Tier | '';
  /** Archived assessments are left out unless asked for. */
  showArchived: boolean;
  sort: { key: SortKey; direction: SortDirection };
}

export const DEFAULT_QUERY: ListQuery = {
  search: '',
  status: '',
  destination: '',
  tier: '',
  showArchived: false,
  sort: { key: 'updated', direction: 'descending' },
};

export function displayStatus(item: ListItem): DisplayStatus {
  if (item.decision?.stale && item.status !== 'signed') return 'stale';
  return item.status;
}

/** Case- and accent-insensitive form for matching ("Égypte" finds "egypte"; Arabic marks are ignored). */
export function foldForSearch(text: string, language: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(language);
}

function matchesSearch(item: ListItem, words: readonly string[], language: string): boolean {
  const haystack = foldForSearch(
    [
      item.title,
      item.endUserName ?? '',
      item.destinationCountry ?? '',
      item.destinationCountry ? countryName(item.destinationCountry, language) : '',
    ].join('\n'),
    language,
  );
  return words.every((word) => haystack.includes(word));
}

function compareBy(key: SortKey, language: string): (a: ListItem, b: ListItem) => number {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const text = (value: string | null) => value ?? '';
  switch (key) {
    case 'title':
      return (a, b) => collator.compare(a.title, b.title);
    case 'destination':
      return (a, b) =>
        collator.compare(
          a.destinationCountry ? countryName(a.destinationCountry, language) : '',
          b.destinationCountry ? countryName(b.destinationCountry, language) : '',
        );
    case 'endUser':
      return (a, b) => collator.compare(text(a.endUserName), text(b.endUserName));
    case 'tier':
      return (a, b) => (a.tier ? TIERS.indexOf(a.tier) : -1) - (b.tier ? TIERS.indexOf(b.tier) : -1);
    case 'status':
      return (a, b) =>
        DISPLAY_STATUSES.indexOf(displayStatus(a)) - DISPLAY_STATUSES.indexOf(displayStatus(b));
    case 'updated':
      return (a, b) => a.updatedAt.localeCompare(b.updatedAt);
  }
}

/** The rows to show: filtered by every criterion, then sorted (ties keep the newest first). */
export function applyListQuery(items: readonly ListItem[], query: ListQuery, language: string): ListItem[] {
  const words = foldForSearch(query.search, language).split(/\s+/).filter(Boolean);
  const compare = compareBy(query.sort.key, language);
  const sign = query.sort.direction === 'ascending' ? 1 : -1;
  return items
    .filter(
      (item) =>
        (query.showArchived || item.archivedAt === null) &&
        (query.status === '' || displayStatus(item) === query.status) &&
        (query.destination === '' || item.destinationCountry === query.destination) &&
        (query.tier === '' || item.tier === query.tier) &&
        matchesSearch(item, words, language),
    )
    .sort((a, b) => sign * compare(a, b) || b.updatedAt.localeCompare(a.updatedAt));
}

/** The assessments the list is about: archived ones only when they are shown. */
export function inScope(items: readonly ListItem[], query: ListQuery): ListItem[] {
  return items.filter((item) => query.showArchived || item.archivedAt === null);
}

export function isFiltered(query: ListQuery): boolean {
  return query.search.trim() !== '' || query.status !== '' || query.destination !== '' || query.tier !== '';
}

/** Destination countries that occur in the list, for the destination filter, sorted by name. */
export function destinationsIn(
  items: readonly ListItem[],
  language: string,
): { code: string; name: string }[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const codes = [...new Set(items.map((item) => item.destinationCountry).filter((code) => code !== null))];
  return codes
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
