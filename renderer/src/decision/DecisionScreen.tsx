import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { useLanguage } from '../i18n/useLanguage';
import { RiskPanel } from '../risk/RiskPanel';
import { draftFromDecision, emptyDraft } from './decisionDraft';
import { DecisionForm } from './DecisionForm';
import { RecordedDecision } from './RecordedDecision';

type Decision = OperationOutput<'decision.record'>;

interface DecisionScreenProps {
  assessmentId: string;
  /** Where a question cited by the risk panel is opened; without it the citations only inform. */
  onSelectQuestion?: (questionId: string) => void;
  /** Told once a decision is recorded, so what shows the assessment's status can refresh. */
  onRecorded?: () => void;
}

/**
 * The assessor's decision on one assessment, as a tab of its place: the computed risk beside a
 * form for the final recommendation, conditions and rationale, or the decision on record and
 * whether it is stale.
 */
export function DecisionScreen({ assessmentId, onSelectQuestion, onRecorded }: DecisionScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const recordedRef = useRef<HTMLHeadingElement>(null);
  const [deciding, setDeciding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The decision just recorded, shown at once while the rest reloads around it.
  const [justRecorded, setJustRecorded] = useState<Decision | null>(null);
  const query = useCoreQuery(
    async (client) => {
      const [evaluation, decision] = await Promise.all([
        client.invoke('assessment.evaluate', { id: assessmentId }),
        client.invoke('decision.get', { assessmentId }),
      ]);
      const template = await client.invoke('template.get', evaluation.result.template);
      return { evaluation, template, decision };
    },
    [assessmentId],
  );

  const recorded = (decision: Decision) => {
    setDeciding(false);
    setJustRecorded(decision);
    setNotice(t('decision.recordedNotice'));
    query.reload();
    onRecorded?.();
  };

  // After recording, focus moves to the decision now on record, announced by its heading.
  useEffect(() => {
    if (notice) recordedRef.current?.focus();
  }, [notice, query.kind]);

  const loaded = query.kind === 'loaded' ? query.data : null;
  const data = loaded && { ...loaded, decision: justRecorded ?? loaded.decision };
  const showForm = data !== null && (data.decision === null || deciding);
  return (
    <div className="stack decision-screen">
      <h2 id="decision-title" className="visually-hidden">
        {t('decision.title')}
      </h2>
      {query.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {query.kind === 'failed' && <ErrorAlert message={errorText(t, query.error)} />}
      {data && (
        <div className="decision-layout">
          <div className="decision-layout__main">
            {notice && !showForm && (
              <p className="notice notice--success" role="status">
                {notice}
              </p>
            )}
            {data.decision && !deciding && (
              <RecordedDecision
                decision={data.decision}
                headingRef={recordedRef}
                onDecideAgain={() => {
                  setNotice(null);
                  setJustRecorded(null);
                  setDeciding(true);
                }}
              />
            )}
            {showForm && (
              <section className="panel" aria-labelledby="decision-form-title">
                <h2 id="decision-form-title">{t('decision.formTitle')}</h2>
                <DecisionForm
                  assessmentId={assessmentId}
                  evaluation={data.evaluation}
                  initialDraft={data.decision ? draftFromDecision(t, data.decision) : emptyDraft()}
                  onRecorded={recorded}
                  onCancel={data.decision ? () => setDeciding(false) : undefined}
                />
              </section>
            )}
          </div>
          <aside className="decision-layout__aside">
            <RiskPanel
              evaluation={data.evaluation}
              template={data.template}
              locale={language}
              onSelectQuestion={onSelectQuestion ?? (() => undefined)}
              assessmentId={assessmentId}
            />
          </aside>
        </div>
      )}
    </div>
  );
}
