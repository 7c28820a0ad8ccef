import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import type { AnswerRegistry } from '../autosave/useAnswerQueue';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { useLanguage } from '../i18n/useLanguage';
import { readLastQuestion, rememberLastQuestion } from '../navigation/lastQuestionStorage';
import { RiskPanel } from '../risk/RiskPanel';
import { Wizard, type WizardHandle, type WizardSideContext } from '../wizard/Wizard';
import { safeLocalStorage } from '../workspace/idleLockSetting';

type Bundle = OperationOutput<'template.get'>;

interface AssessmentScreenProps {
  assessmentId: string;
  registry: AnswerRegistry;
  /** Mounted in the column beside the questionnaire; the live risk by default. */
  side?: ReactNode | ((context: WizardSideContext) => ReactNode);
  onCurrentQuestionChange?: (questionId: string) => void;
  wizardRef?: Ref<WizardHandle>;
  /** A question to show first (e.g. a red flag's question, chosen on the decision tab). */
  initialQuestionId?: string;
  /** Offered on the last question, leading on to the decision. */
  onReviewAndDecide?: () => void;
}

/**
 * The questionnaire of one assessment, reopening where the assessor left it: the question last
 * shown in this window, or else the first one still to answer.
 */
export function AssessmentScreen({
  assessmentId,
  registry,
  side,
  onCurrentQuestionChange,
  wizardRef,
  initialQuestionId,
  onReviewAndDecide,
}: AssessmentScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const wizard = useRef<WizardHandle | null>(null);
  useImperativeHandle(wizardRef, () => ({ focusQuestion: (id) => wizard.current?.focusQuestion(id) }), []);
  const [resumeAt] = useState(
    () => initialQuestionId ?? readLastQuestion(safeLocalStorage(window), assessmentId),
  );
  const query = useCoreQuery(
    async (client) => {
      const detail = await client.invoke('assessment.get', { id: assessmentId });
      const pinned = detail.assessment.template;
      const bundle = pinned
        ? await client.invoke('template.get', { id: pinned.id, version: pinned.version })
        : null;
      return { detail, bundle };
    },
    [assessmentId],
  );

  useEffect(() => {
    if (query.kind === 'loaded' && initialQuestionId) wizard.current?.focusQuestion(initialQuestionId);
  }, [query.kind, initialQuestionId]);

  const currentChanged = useCallback(
    (questionId: string) => {
      rememberLastQuestion(safeLocalStorage(window), assessmentId, questionId);
      onCurrentQuestionChange?.(questionId);
    },
    [assessmentId, onCurrentQuestionChange],
  );

  if (query.kind === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (query.kind === 'failed') return <ErrorAlert message={errorText(t, query.error)} />;
  const { detail, bundle } = query.data;
  if (!bundle) return <p className="muted">{t('wizard.noTemplate')}</p>;
  return (
    <Wizard
      assessmentId={assessmentId}
      bundle={bundle}
      stored={detail.answers}
      registry={registry}
      side={side ?? riskSide(assessmentId, bundle, language)}
      onCurrentQuestionChange={currentChanged}
      resumeAt={resumeAt}
      onReviewAndDecide={onReviewAndDecide}
      ref={wizard}
    />
  );
}

/** Beside the questionnaire: the live risk; a flag or gap in it shows its question. */
function riskSide(assessmentId: string, bundle: Bundle, language: string) {
  return ({ evaluation, focusQuestion }: WizardSideContext) =>
    evaluation && (
      <RiskPanel
        evaluation={evaluation}
        template={bundle}
        locale={language}
        onSelectQuestion={focusQuestion}
        assessmentId={assessmentId}
        layout="column"
      />
    );
}
