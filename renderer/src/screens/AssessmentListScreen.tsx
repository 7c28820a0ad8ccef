import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  applyListQuery,
  DEFAULT_QUERY,
  inScope,
  isFiltered,
  type ListQuery,
} from '../assessmentList/listQuery';
import { ListFilters } from '../assessmentList/ListFilters';
import { AssessmentTable } from '../components/AssessmentTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { NewAssessmentDialog } from '../components/NewAssessmentDialog';
import { errorText } from '../errors/errorText';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useLanguage } from '../i18n/useLanguage';

interface AssessmentListScreenProps {
  onOpen: (id: string) => void;
  onOpenEvidence: (id: string) => void;
  onDecide?: (id: string) => void;
  onScreen?: (id: string) => void;
}

export function AssessmentListScreen({
  onOpen,
  onOpenEvidence,
  onDecide,
  onScreen,
}: AssessmentListScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const state = useCoreQuery((client) => client.invoke('assessment.list', {}), []);
  const [creating, setCreating] = useState(false);
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);

  const all = useMemo(() => (state.kind === 'loaded' ? state.data : []), [state]);
  const scope = useMemo(() => inScope(all, query), [all, query]);
  const shown = useMemo(() => applyListQuery(all, query, language), [all, query, language]);
  const count = state.kind === 'loaded' ? scope.length : null;
  return (
    <section aria-labelledby="assessment-list-title">
      <div className="page-heading">
        <h1 id="assessment-list-title" ref={headingRef} tabIndex={-1}>
          {t('assessmentList.title')}
        </h1>
        {count !== null && <p className="page-heading__count">{t('assessmentList.count', { count })}</p>}
        <div className="page-heading__actions">
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('assessmentList.new')}
          </button>
        </div>
      </div>
      <div data-testid="assessment-list" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
        {state.kind === 'failed' && (
          <div className="stack">
            <ErrorAlert message={errorText(t, state.error)} />
            <button type="button" className="button button--secondary" onClick={state.reload}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {state.kind === 'loaded' &&
          (all.length === 0 ? (
            <p className="empty-state">{t('assessmentList.empty')}</p>
          ) : (
            <>
              <ListFilters items={all} query={query} onChange={setQuery} />
              <p className="list-summary muted" role="status" data-testid="list-summary">
                {isFiltered(query)
                  ? t('assessmentList.filters.showing', { shown: shown.length, total: scope.length })
                  : ''}
              </p>
              {shown.length === 0 ? (
                <p className="empty-state">{t('assessmentList.filters.noMatch')}</p>
              ) : (
                <AssessmentTable
                  assessments={shown}
                  sort={query.sort}
                  onSort={(sort) => setQuery((current) => ({ ...current, sort }))}
                  onOpen={onOpen}
                  onOpenEvidence={onOpenEvidence}
                  onDecide={onDecide}
                  onScreen={onScreen}
                />
              )}
            </>
          ))}
      </div>
      {creating && (
        <NewAssessmentDialog onClose={() => setCreating(false)} onCreated={(summary) => onOpen(summary.id)} />
      )}
    </section>
  );
}
