import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import {
  DEFAULT_QUERY,
  destinationsIn,
  DISPLAY_STATUSES,
  isFiltered,
  TIERS,
  type DisplayStatus,
  type ListItem,
  type ListQuery,
  type Tier,
} from './listQuery';

interface ListFiltersProps {
  items: readonly ListItem[];
  query: ListQuery;
  onChange: (query: ListQuery) => void;
}

/** Search and filters; every change applies at once, so there is no submit button to find. */
export function ListFilters({ items, query, onChange }: ListFiltersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const set = (patch: Partial<ListQuery>) => onChange({ ...query, ...patch });
  return (
    <search className="list-filters" aria-label={t('assessmentList.filters.label')}>
      <div className="list-filters__field list-filters__field--search">
        <label htmlFor={`${id}-search`} className="field__label">
          {t('assessmentList.filters.search')}
        </label>
        <input
          id={`${id}-search`}
          className="input"
          type="search"
          dir="auto"
          autoComplete="off"
          placeholder={t('assessmentList.filters.searchHint')}
          aria-describedby={`${id}-search-hint`}
          value={query.search}
          onChange={(event) => set({ search: event.target.value })}
        />
        <span id={`${id}-search-hint`} className="visually-hidden">
          {t('assessmentList.filters.searchHint')}
        </span>
      </div>
      <div className="list-filters__field">
        <label htmlFor={`${id}-status`} className="field__label">
          {t('assessmentList.filters.status')}
        </label>
        <select
          id={`${id}-status`}
          className="select"
          value={query.status}
          onChange={(event) => set({ status: event.target.value as DisplayStatus | '' })}
        >
          <option value="">{t('assessmentList.filters.all')}</option>
          {DISPLAY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`assessmentStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="list-filters__field">
        <label htmlFor={`${id}-destination`} className="field__label">
          {t('assessmentList.filters.destination')}
        </label>
        <select
          id={`${id}-destination`}
          className="select"
          value={query.destination}
          onChange={(event) => set({ destination: event.target.value })}
        >
          <option value="">{t('assessmentList.filters.all')}</option>
          {destinationsIn(items, language).map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="list-filters__field">
        <label htmlFor={`${id}-tier`} className="field__label">
          {t('assessmentList.filters.tier')}
        </label>
        <select
          id={`${id}-tier`}
          className="select"
          value={query.tier}
          onChange={(event) => set({ tier: event.target.value as Tier | '' })}
        >
          <option value="">{t('assessmentList.filters.all')}</option>
          {TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {t(`tier.${tier}`)}
            </option>
          ))}
        </select>
      </div>
      {items.some((item) => item.archivedAt !== null) && (
        <div className="list-filters__field list-filters__field--check">
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="show-archived"
              checked={query.showArchived}
              onChange={(event) => set({ showArchived: event.target.checked })}
            />
            {t('assessmentPlace.list.showArchived')}
          </label>
        </div>
      )}
      {isFiltered(query) && (
        <button
          type="button"
          className="button button--secondary list-filters__clear"
          onClick={() => onChange({ ...DEFAULT_QUERY, showArchived: query.showArchived, sort: query.sort })}
        >
          {t('assessmentList.filters.clear')}
        </button>
      )}
    </search>
  );
}
