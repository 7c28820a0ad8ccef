import { describe, expect, it } from 'vitest';
import {
  applyListQuery,
  DEFAULT_QUERY,
  destinationsIn,
  displayStatus,
  inScope,
  type ListItem,
  type ListQuery,
} from './listQuery';

function item(overrides: Partial<ListItem> & { id: string }): ListItem {
  return {
    title: 'Untitled',
    destinationCountry: null,
    endUserName: null,
    productDescription: null,
    status: 'draft',
    template: null,
    decision: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'Amira',
    updatedAt: '2026-01-01T00:00:00.000Z',
    archivedAt: null,
    tier: null,
    ...overrides,
  };
}

const ITEMS: ListItem[] = [
  item({
    id: 'a',
    title: 'IMSI catchers for the Ministry',
    destinationCountry: 'EG',
    endUserName: 'Ministry of Interior',
    tier: 'High',
    updatedAt: '2026-01-03T00:00:00.000Z',
  }),
  item({
    id: 'b',
    title: 'Safe-city cameras',
    destinationCountry: 'FR',
    endUserName: 'Préfecture de police',
    tier: 'Low',
    status: 'decided',
    decision: { finalRecommendation: 'approve', decidedAt: '2026-01-02T00:00:00.000Z', stale: true },
    updatedAt: '2026-01-04T00:00:00.000Z',
  }),
  item({
    id: 'c',
    title: 'Forensic extraction kits',
    destinationCountry: 'EG',
    endUserName: 'وزارة الداخلية',
    tier: 'Unacceptable',
    status: 'decided',
    decision: { finalRecommendation: 'deny', decidedAt: '2026-01-02T00:00:00.000Z', stale: false },
    updatedAt: '2026-01-02T00:00:00.000Z',
  }),
];

const ids = (query: Partial<ListQuery>, language = 'en') =>
  applyListQuery(ITEMS, { ...DEFAULT_QUERY, ...query }, language).map((row) => row.id);

describe('the assessment list query', () => {
  it('shows newest first by default', () => {
    expect(ids({})).toEqual(['b', 'a', 'c']);
  });

  it('searches title, end-user and destination (code and name in the reader’s language), ignoring case and accents', () => {
    expect(ids({ search: 'imsi' })).toEqual(['a']);
    expect(ids({ search: 'prefecture' })).toEqual(['b']);
    expect(ids({ search: 'egypt' })).toEqual(['a', 'c']);
    expect(ids({ search: 'مصر' }, 'ar')).toEqual(['a', 'c']);
    expect(ids({ search: 'الداخلية' })).toEqual(['c']);
    expect(ids({ search: 'ministry egypt' })).toEqual(['a']);
    expect(ids({ search: 'nothing like this' })).toEqual([]);
  });

  it('filters by displayed status, destination and tier, together', () => {
    expect(displayStatus(ITEMS[1] as ListItem)).toBe('stale');
    expect(ids({ status: 'stale' })).toEqual(['b']);
    expect(ids({ status: 'decided' })).toEqual(['c']);
    expect(ids({ destination: 'EG' })).toEqual(['a', 'c']);
    expect(ids({ destination: 'EG', tier: 'Unacceptable' })).toEqual(['c']);
  });

  it('sorts by any column in either direction; tiers by severity, not alphabetically', () => {
    expect(ids({ sort: { key: 'tier', direction: 'ascending' } })).toEqual(['b', 'a', 'c']);
    expect(ids({ sort: { key: 'tier', direction: 'descending' } })).toEqual(['c', 'a', 'b']);
    expect(ids({ sort: { key: 'title', direction: 'ascending' } })).toEqual(['c', 'a', 'b']);
    expect(ids({ sort: { key: 'destination', direction: 'ascending' } })).toEqual(['a', 'c', 'b']);
  });

  it('offers only the destinations present, by name', () => {
    expect(destinationsIn(ITEMS, 'en')).toEqual([
      { code: 'EG', name: 'Egypt' },
      { code: 'FR', name: 'France' },
    ]);
  });

  it('leaves archived assessments out unless they are asked for', () => {
    const archived = item({ id: 'z', title: 'Old', archivedAt: '2026-01-05T00:00:00.000Z' });
    const all = [...ITEMS, archived];
    expect(applyListQuery(all, DEFAULT_QUERY, 'en').map((row) => row.id)).not.toContain('z');
    expect(inScope(all, DEFAULT_QUERY)).toHaveLength(3);
    const shown = { ...DEFAULT_QUERY, showArchived: true };
    expect(applyListQuery(all, shown, 'en').map((row) => row.id)).toContain('z');
    expect(inScope(all, shown)).toHaveLength(4);
  });
});
