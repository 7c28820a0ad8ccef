import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useLanguage } from '../i18n/useLanguage';
import { RiskPanel } from '../risk/RiskPanel';
import { draftFromDecision, emptyDraft } from './decisionDraft';
import { DecisionForm } from './DecisionForm';
import { RecordedDecision } from './RecordedDecision';
import { ReportExportPanel } from './ReportExportPanel';

type Decision = OperationOutput<'decision.record'>;

interface Loaded {
  assessment: OperationOutput<'assessment.get'>['assessment'];
  evaluation: OperationOutput<'assessment.evaluate'>;
  template: OperationOutput<'template.get'>;
  decision: Decision | null;
}

type LoadState = { kind: 'loading' } | { kind: 'loaded'; data: Loaded } | { kind: 'failed'; error: unknown };

interface DecisionScreenProps {
  assessmentId: string;
  onBack: () => void;
  /** Where a question cited by the risk panel is opened; without it the citations only inform. */
  onSelectQuestion?: (questionId: string) => void;
  /** Opens the signing identities, offered when the report is about to be signed. */
  onOpenIdentities?: () => void;
}

/**
 * The assessor's decision on one assessment: the computed risk beside a form for the final
 * recommendation, conditions and rationale, or the decision on record and whether it is stale.
 */
export function DecisionScreen({
  assessmentId,
  onBack,
  onSelectQuestion,
  onOpenIdentities,
}: DecisionScreenProps) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const recordedRef = useRef<HTMLHeadingElement>(null);
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [deciding, setDeciding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async (): Promise<Loaded> => {
    const [detail, evaluation, decision] = await Promise.all([
      client.invoke('assessment.get', { id: assessmentId }),
      client.invoke('assessment.evaluate', { id: assessmentId }),
      client.invoke('decision.get', { assessmentId }),
    ]);
    const template = await client.invoke('template.get', evaluation.result.template);
    return { assessment: detail.assessment, evaluation, template, decision };
  }, [client, assessmentId]);

  useEffect(() => {
    let current = true;
    load().then(
      (data) => {
        if (current) setState({ kind: 'loaded', data });
      },
      (error: unknown) => {
        if (current) setState({ kind: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [load]);

  const recorded = async (decision: Decision) => {
    setDeciding(false);
    setNotice(t('decision.recordedNotice'));
    try {
      const data = await load();
      setState({ kind: 'loaded', data: { ...data, decision } });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  // After recording, focus moves to the decision now on record, announced by its heading.
  useEffect(() => {
    if (notice) recordedRef.current?.focus();
  }, [notice, state]);

  const data = state.kind === 'loaded' ? state.data : null;
  const showForm = data !== null && (data.decision === null || deciding);
  return (
    <div className="stack decision-screen">
      <nav className="breadcrumb">
        <button type="button" className="link-button" onClick={onBack}>
          <span aria-hidden="true" className="back-arrow" />
          {t('decision.back')}
        </button>
      </nav>
      <div className="page-heading">
        <h1 id="decision-title" ref={headingRef} tabIndex={-1}>
          {t('decision.title')}
          {data && (
            <>
              <span className="page-heading__separator" aria-hidden="true">
                {' · '}
              </span>
              <bdi className="page-heading__subject">{data.assessment.title}</bdi>
            </>
          )}
        </h1>
      </div>
      {state.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {state.kind === 'failed' && <ErrorAlert message={errorText(t, state.error)} />}
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
                  onRecorded={(decision) => void recorded(decision)}
                  onCancel={data.decision ? () => setDeciding(false) : undefined}
                />
              </section>
            )}
            {!deciding && (
              <ReportExportPanel
                assessmentId={assessmentId}
                decision={data.decision}
                onOpenIdentities={onOpenIdentities}
              />
            )}
          </div>
          <aside className="decision-layout__aside">
            <RiskPanel
              evaluation={data.evaluation}
              template={data.template}
              locale={language}
              onSelectQuestion={onSelectQuestion ?? (() => undefined)}
            />
          </aside>
        </div>
      )}
    </div>
  );
}
