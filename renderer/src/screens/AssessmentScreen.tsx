import { useEffect, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import type { AnswerRegistry } from '../autosave/useAnswerQueue';
import { useClient } from '../client/ClientContext';
import { AssessmentOverview } from '../components/AssessmentOverview';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { useLanguage } from '../i18n/useLanguage';
import { RiskPanel } from '../risk/RiskPanel';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { UpgradeDialog } from '../upgrade/UpgradeDialog';
import { newestVersion } from '../upgrade/newestVersion';
import { Wizard, type WizardHandle, type WizardSideContext } from '../wizard/Wizard';

type Detail = OperationOutput<'assessment.get'>;
type Bundle = OperationOutput<'template.get'>;
type DetailState =
  | { kind: 'loading' }
  | { kind: 'loaded'; detail: Detail; bundle: Bundle | null; newerVersion: string | null }
  | { kind: 'failed'; error: unknown };

interface AssessmentScreenProps {
  assessmentId: string;
  registry: AnswerRegistry;
  onBack: () => void;
  /** Mounted in the column beside the questionnaire (risk, evidence). */
  side?: ReactNode | ((context: WizardSideContext) => ReactNode);
  onCurrentQuestionChange?: (questionId: string) => void;
  wizardRef?: Ref<WizardHandle>;
  /** A question to show first (e.g. a red flag's question, chosen on the decision screen). */
  initialQuestionId?: string;
  onDecide?: () => void;
  /** Opens another assessment (an earlier or newer version of this one). */
  onOpenAssessment?: (id: string) => void;
}

export function AssessmentScreen({
  assessmentId,
  registry,
  onBack,
  side,
  onCurrentQuestionChange,
  wizardRef,
  initialQuestionId,
  onDecide,
  onOpenAssessment,
}: AssessmentScreenProps) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const [state, setState] = useState<DetailState>({ kind: 'loading' });
  const [upgrading, setUpgrading] = useState(false);
  const wizard = useRef<WizardHandle | null>(null);
  useImperativeHandle(wizardRef, () => ({ focusQuestion: (id) => wizard.current?.focusQuestion(id) }), []);

  useEffect(() => {
    if (state.kind === 'loaded' && initialQuestionId) wizard.current?.focusQuestion(initialQuestionId);
  }, [state.kind, initialQuestionId]);

  useEffect(() => {
    let current = true;
    const load = async () => {
      const detail = await client.invoke('assessment.get', { id: assessmentId });
      const pinned = detail.assessment.template;
      const bundle = pinned
        ? await client.invoke('template.get', { id: pinned.id, version: pinned.version })
        : null;
      // Offered only while no newer version of this assessment exists: one line of versions.
      const newerVersion =
        pinned && !detail.versions.next
          ? newestVersion(await client.invoke('template.list', {}), pinned.id, pinned.version)
          : null;
      return { detail, bundle, newerVersion };
    };
    load().then(
      ({ detail, bundle, newerVersion }) => {
        if (current) setState({ kind: 'loaded', detail, bundle, newerVersion });
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
    <div className="stack assessment-screen">
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
          <AssessmentOverview
            assessment={state.detail.assessment}
            versions={state.detail.versions}
            newerVersion={state.newerVersion}
            onDecide={onDecide}
            onUpgrade={onOpenAssessment ? () => setUpgrading(true) : undefined}
            onOpenAssessment={onOpenAssessment}
          />
          {upgrading && onOpenAssessment && (
            <UpgradeDialog
              assessmentId={assessmentId}
              onClose={() => setUpgrading(false)}
              onUpgraded={onOpenAssessment}
            />
          )}
          {state.bundle ? (
            <Wizard
              assessmentId={assessmentId}
              bundle={state.bundle}
              stored={state.detail.answers}
              registry={registry}
              side={side ?? riskSide(assessmentId, state.bundle, language)}
              onCurrentQuestionChange={onCurrentQuestionChange}
              ref={wizard}
            />
          ) : (
            <p className="muted">{t('wizard.noTemplate')}</p>
          )}
        </>
      )}
    </div>
  );
}

/** Beside the questionnaire: the live risk (a flag or gap in it shows its question) and the evidence. */
function riskSide(assessmentId: string, bundle: Bundle, language: string) {
  return ({ evaluation, focusQuestion, currentQuestionId, refresh, evidenceVersion }: WizardSideContext) => (
    <>
      {evaluation && (
        <RiskPanel
          evaluation={evaluation}
          template={bundle}
          locale={language}
          onSelectQuestion={focusQuestion}
        />
      )}
      <EvidencePanel
        assessmentId={assessmentId}
        currentQuestionId={currentQuestionId}
        onChanged={refresh}
        refreshKey={evidenceVersion}
      />
    </>
  );
}
