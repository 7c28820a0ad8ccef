import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import type { AnswerRegistry } from '../autosave/useAnswerQueue';
import { useClient } from '../client/ClientContext';
import { AssessmentOverview } from '../components/AssessmentOverview';
import { ErrorAlert } from '../components/ErrorAlert';
import { QuestionA5 } from '../components/QuestionA5';
import { errorText } from '../errors/errorText';

type Detail = OperationOutput<'assessment.get'>;
type DetailState =
  { kind: 'loading' } | { kind: 'loaded'; detail: Detail } | { kind: 'failed'; error: unknown };

interface AssessmentScreenProps {
  assessmentId: string;
  registry: AnswerRegistry;
  onBack: () => void;
}

export function AssessmentScreen({ assessmentId, registry, onBack }: AssessmentScreenProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [state, setState] = useState<DetailState>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    client.invoke('assessment.get', { id: assessmentId }).then(
      (detail) => {
        if (current) setState({ kind: 'loaded', detail });
      },
      (error: unknown) => {
        if (current) setState({ kind: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [client, assessmentId]);

  return (
    <div className="stack">
      <nav className="breadcrumb">
        <button type="button" className="link-button" onClick={onBack}>
          <span aria-hidden="true" className="back-arrow" />
          {t('assessment.back')}
        </button>
      </nav>
      {state.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {state.kind === 'failed' && <ErrorAlert message={errorText(t, state.error)} />}
      {state.kind === 'loaded' && (
        <>
          <AssessmentOverview assessment={state.detail.assessment} />
          <section className="panel" aria-labelledby="questions-title">
            <h2 id="questions-title">{t('assessment.questions')}</h2>
            <QuestionA5 assessmentId={assessmentId} answers={state.detail.answers} registry={registry} />
          </section>
        </>
      )}
    </div>
  );
}
