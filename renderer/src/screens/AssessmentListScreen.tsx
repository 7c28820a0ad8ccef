import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { AssessmentTable } from '../components/AssessmentTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { NewAssessmentDialog } from '../components/NewAssessmentDialog';
import { errorText } from '../errors/errorText';
import { useFocusOnMount } from '../hooks/useFocusOnMount';

type Summary = OperationOutput<'assessment.list'>[number];
type ListState =
  { kind: 'loading' } | { kind: 'loaded'; assessments: Summary[] } | { kind: 'failed'; error: unknown };

interface AssessmentListScreenProps {
  onOpen: (id: string) => void;
  onDecide?: (id: string) => void;
  onScreen?: (id: string) => void;
}

function newestFirst(a: Summary, b: Summary): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}

export function AssessmentListScreen({ onOpen, onDecide, onScreen }: AssessmentListScreenProps) {
  const { t } = useTranslation();
  const client = useClient();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    let current = true;
    client.invoke('assessment.list', {}).then(
      (assessments) => {
        if (current) setState({ kind: 'loaded', assessments: [...assessments].sort(newestFirst) });
      },
      (error: unknown) => {
        if (current) setState({ kind: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [client, attempt]);

  const count = state.kind === 'loaded' ? state.assessments.length : null;
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
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setState({ kind: 'loading' });
                setAttempt((n) => n + 1);
              }}
            >
              {t('common.retry')}
            </button>
          </div>
        )}
        {state.kind === 'loaded' &&
          (state.assessments.length === 0 ? (
            <p className="empty-state">{t('assessmentList.empty')}</p>
          ) : (
            <AssessmentTable
              assessments={state.assessments}
              onOpen={onOpen}
              onDecide={onDecide}
              onScreen={onScreen}
            />
          ))}
      </div>
      {creating && (
        <NewAssessmentDialog onClose={() => setCreating(false)} onCreated={(summary) => onOpen(summary.id)} />
      )}
    </section>
  );
}
