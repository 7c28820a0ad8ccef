import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { isAnswered } from '../../../assessments/questionnaire/answerValue';
import { compileTemplate } from '../../../assessments/questionnaire/compile';
import { computeProgress } from '../../../assessments/questionnaire/progress';
import { visibleQuestions } from '../../../assessments/questionnaire/visibility';
import {
  answerQueueKey,
  obtainAnswerQueue,
  queuedAnswer,
  type AnswerQueue,
  type AnswerRegistry,
} from '../autosave/useAnswerQueue';
import { useClient } from '../client/ClientContext';
import { useLanguage } from '../i18n/useLanguage';
import { acceptedAnswers, draftProblem, initialDrafts, toggleUnknown, type Draft } from './drafts';
import {
  isLastQuestion,
  nearestVisible,
  nextUnanswered,
  resumeQuestion,
  routeFor,
  stepQuestion,
  stepSection,
} from './navigation';
import { QuestionCard } from './QuestionCard';
import { SectionNav } from './SectionNav';
import { ShortcutsHelp } from './ShortcutsHelp';
import { commandFor, type WizardCommand } from './shortcuts';
import { StatusStrip } from './StatusStrip';
import { templateText } from '../../../assessments/questionnaire/templateText';
import { useEvaluation, type Evaluation } from './useEvaluation';
import { WizardSide } from './WizardSide';

type TemplateBundle = OperationOutput<'template.get'>;
type StoredAnswers = OperationOutput<'assessment.get'>['answers'];

/** What a panel in the side column may read and do. */
export interface WizardSideContext {
  currentQuestionId: string;
  evaluation: Evaluation | null;
  evidenceCounts: Readonly<Record<string, number>>;
  focusQuestion: (questionId: string) => void;
  /** Re-evaluates now, e.g. after evidence was linked (evidence can close gaps). */
  refresh: () => void;
  /** Counts the files attached on the question card, so an evidence list beside it can reload. */
  evidenceVersion: number;
}

export interface WizardHandle {
  /** Shows the question and puts focus in its answer (e.g. from a red flag in the risk panel). */
  focusQuestion: (questionId: string) => void;
}

export interface WizardProps {
  assessmentId: string;
  bundle: TemplateBundle;
  stored: StoredAnswers;
  registry: AnswerRegistry;
  side?: ReactNode | ((context: WizardSideContext) => ReactNode);
  onCurrentQuestionChange?: (questionId: string) => void;
  /** The question to open at (the last one visited); without it, the first one still to answer. */
  resumeAt?: string | null;
  /** Offered instead of "Next" on the last question: on to the decision. */
  onReviewAndDecide?: () => void;
  ref?: Ref<WizardHandle>;
}

export function Wizard({
  assessmentId,
  bundle,
  stored,
  registry,
  side,
  onCurrentQuestionChange,
  resumeAt = null,
  onReviewAndDecide,
  ref,
}: WizardProps) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const template = bundle.template;
  const compiled = useMemo(() => compileTemplate(template), [template]);
  const text = useMemo(() => templateText(bundle, language), [bundle, language]);
  const [drafts, setDrafts] = useState<Record<string, Draft | undefined>>(() =>
    initialDrafts(compiled.order, stored, (questionId) =>
      queuedAnswer(
        registry.peek(answerQueueKey(assessmentId, questionId)),
        stored.find((answer) => answer.questionId === questionId)?.answeredAt ?? null,
      ),
    ),
  );
  const { evaluation, evidenceCounts, refresh, savedQuestionIds } = useEvaluation(assessmentId);
  const answers = useMemo(() => acceptedAnswers(compiled, drafts), [compiled, drafts]);
  const visible = useMemo(() => visibleQuestions(compiled, answers), [compiled, answers]);
  const route = useMemo(() => routeFor(template, visible), [template, visible]);
  const progress = useMemo(
    () => computeProgress(compiled, answers, evidenceCounts),
    [compiled, answers, evidenceCounts],
  );
  const answeredNow = useCallback(
    (questionId: string) => {
      const found = compiled.questions.get(questionId);
      return !!found && isAnswered(found.question, answers[questionId]);
    },
    [compiled, answers],
  );
  // Hidden and read-only questions are skipped: an answered question after a hidden one is no place to resume.
  const [wanted, setWanted] = useState<string>(() => resumeQuestion(route, resumeAt, answeredNow));
  const current = route.order.includes(wanted) ? wanted : nearestVisible(route, wanted);
  const [focusToken, setFocusToken] = useState(0);
  const [guidanceOpen, setGuidanceOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [evidenceVersion, setEvidenceVersion] = useState(0);
  const evidenceAttached = useCallback(() => {
    setEvidenceVersion((n) => n + 1);
    refresh();
  }, [refresh]);

  // One commit listener per queue this screen touched: rescoring after each commit keeps the tier live.
  // Held in state, not a ref: it is created once and only read in effects and handlers.
  const [watched] = useState(() => new Map<AnswerQueue, () => void>());
  const queueFor = useCallback(
    (questionId: string): AnswerQueue => {
      const answeredAt = stored.find((answer) => answer.questionId === questionId)?.answeredAt ?? null;
      return obtainAnswerQueue(registry, client, assessmentId, questionId, answeredAt);
    },
    [registry, client, assessmentId, stored],
  );
  const watch = useCallback(
    (queue: AnswerQueue, questionId: string) => {
      if (watched.has(queue)) return;
      let last = queue.getStatus();
      watched.set(
        queue,
        queue.subscribe(() => {
          const next = queue.getStatus();
          // Naming the question lets a tier change say which answer moved it.
          if (next.kind === 'saved' && (last.kind !== 'saved' || last.savedAt !== next.savedAt))
            refresh(questionId);
          last = next;
        }),
      );
    },
    [watched, refresh],
  );
  useEffect(
    () => () => {
      for (const unsubscribe of watched.values()) unsubscribe();
      watched.clear();
    },
    [watched],
  );
  const currentQueue = useMemo(() => queueFor(current), [queueFor, current]);
  useEffect(() => {
    watch(currentQueue, current);
  }, [watch, currentQueue, current]);

  const applyDraft = useCallback(
    (questionId: string, draft: Draft) => {
      setDrafts((previous) => ({ ...previous, [questionId]: draft }));
      const found = compiled.questions.get(questionId);
      if (!found || draft.value === undefined || draftProblem(found.question, draft) !== null) return;
      const queue = queueFor(questionId);
      watch(queue, questionId);
      queue.update({ value: draft.value, note: draft.note.trim() ? draft.note : null });
    },
    [compiled, queueFor, watch],
  );

  // The core wrote this answer itself (e.g. E3 after a true match): show it and drop anything older
  // still queued for it, so no save from this screen writes the earlier answer back.
  const answerRecorded = useCallback(
    (questionId: string) => {
      client.invoke('assessment.get', { id: assessmentId }).then(
        (detail) => {
          const answer = detail.answers.find((candidate) => candidate.questionId === questionId);
          if (!answer) return;
          setDrafts((previous) => ({
            ...previous,
            [questionId]: { value: answer.value, note: answer.note ?? '' },
          }));
          const queue = queueFor(questionId);
          watch(queue, questionId);
          queue.adopt({ value: answer.value, note: answer.note }, new Date(answer.answeredAt));
        },
        // Without the stored answer nothing is replaced; the next evaluation still scores the core's.
        () => refresh(questionId),
      );
    },
    [client, assessmentId, queueFor, watch, refresh],
  );

  const go = useCallback(
    (questionId: string) => {
      if (!compiled.questions.has(questionId)) return;
      // Leaving a question saves it now rather than after the pause.
      void currentQueue.flush();
      setWanted(questionId);
      setFocusToken((n) => n + 1);
    },
    [compiled, currentQueue],
  );

  useImperativeHandle(ref, () => ({ focusQuestion: go }), [go]);
  useEffect(() => {
    onCurrentQuestionChange?.(current);
  }, [current, onCurrentQuestionChange]);

  const run = useCallback(
    (command: WizardCommand) => {
      switch (command) {
        case 'next':
        case 'previous':
          return go(stepQuestion(route, current, command === 'next' ? 1 : -1));
        case 'nextSection':
        case 'previousSection':
          return go(stepSection(route, current, command === 'nextSection' ? 1 : -1));
        case 'nextUnanswered': {
          const target = nextUnanswered(route, current, answeredNow);
          if (target) return go(target);
          return setAnnouncement(t('wizard.allAnswered'));
        }
        case 'unknown': {
          const question = compiled.questions.get(current)?.question;
          if (question?.allowUnknown && !route.readOnly.has(current))
            return applyDraft(current, toggleUnknown(drafts[current]));
          return setAnnouncement(t('wizard.unknownNotOffered'));
        }
      }
    },
    [route, current, go, answeredNow, compiled, applyDraft, drafts, t],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandFor(event);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      run(command);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [run]);

  const found = compiled.questions.get(current);
  const flags = evaluation?.result.flags ?? [];
  const finishing = onReviewAndDecide !== undefined && isLastQuestion(route, current);
  const reviewAndDecide = () => {
    // The decision is taken on saved answers: the one on screen is saved first.
    const proceed = () => onReviewAndDecide?.();
    currentQueue.flush().then(proceed, proceed);
  };
  const position = route.order.indexOf(current) + 1;
  const sideContext: WizardSideContext = {
    currentQuestionId: current,
    evaluation,
    evidenceCounts,
    focusQuestion: go,
    refresh,
    evidenceVersion,
  };
  const storedProblem = evaluation?.progress.questions.find((q) => q.questionId === current)?.invalid ?? null;
  const draft = drafts[current];
  // A stored answer the core rejects is only worth mentioning until the assessor replaces it.
  const storedStillShown =
    storedProblem !== null && draft?.value === stored.find((a) => a.questionId === current)?.value;

  return (
    <div className="wizard-layout">
      <SectionNav
        template={template}
        text={text}
        progress={progress}
        flags={flags}
        currentQuestion={current}
        currentSection={found?.section.id ?? ''}
        onSelect={go}
      />
      <section className="wizard" aria-labelledby="wizard-title">
        <header className="wizard__header">
          <h2 id="wizard-title" className="wizard__section-title">
            {found && text.text(`sections.${found.section.id}.title`, found.section.title)}
          </h2>
          <StatusStrip
            answered={progress.answered}
            visible={progress.visible}
            evaluation={evaluation}
            savedQuestionIds={savedQuestionIds}
          />
        </header>
        {found && (
          <QuestionCard
            key={current}
            assessmentId={assessmentId}
            question={found.question}
            text={text}
            draft={draft}
            onDraft={(next) => applyDraft(current, next)}
            queue={currentQueue}
            storedProblem={storedStillShown ? storedProblem : null}
            evidenceCount={evidenceCounts[current] ?? 0}
            onEvidenceAttached={evidenceAttached}
            flags={flags.filter((flag) => flag.questionId === current)}
            guidanceOpen={guidanceOpen}
            onGuidanceToggle={setGuidanceOpen}
            focusToken={focusToken}
            readOnly={route.readOnly.has(current)}
            onAnswerRecorded={answerRecorded}
          />
        )}
        <footer className="wizard__footer">
          <p className="wizard__position muted" data-testid="question-position">
            {t('wizard.questionPosition', { position, total: route.order.length })}
          </p>
          <div className="wizard__buttons">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => run('previous')}
              disabled={position <= 1}
            >
              {t('wizard.previous')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => run('nextUnanswered')}>
              {t('wizard.nextUnanswered')}
            </button>
            {finishing ? (
              <button
                type="button"
                className="button button--primary"
                data-testid="review-and-decide"
                onClick={reviewAndDecide}
              >
                {t('assessmentPlace.reviewAndDecide')}
              </button>
            ) : (
              <button
                type="button"
                className="button button--primary"
                onClick={() => run('next')}
                disabled={position >= route.order.length}
              >
                {t('wizard.next')}
              </button>
            )}
          </div>
        </footer>
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        <ShortcutsHelp />
      </section>
      <aside className="wizard-side">
        {typeof side === 'function' ? side(sideContext) : (side ?? <WizardSide context={sideContext} />)}
      </aside>
    </div>
  );
}
