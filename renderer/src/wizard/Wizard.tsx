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
  type AnswerQueue,
  type AnswerRegistry,
} from '../autosave/useAnswerQueue';
import { useClient } from '../client/ClientContext';
import { useLanguage } from '../i18n/useLanguage';
import { acceptedAnswers, draftProblem, initialDrafts, toggleUnknown, type Draft } from './drafts';
import { nearestVisible, nextUnanswered, routeFor, stepQuestion, stepSection } from './navigation';
import { QuestionCard } from './QuestionCard';
import { SectionNav } from './SectionNav';
import { ShortcutsHelp } from './ShortcutsHelp';
import { commandFor, type WizardCommand } from './shortcuts';
import { StatusStrip } from './StatusStrip';
import { templateTextFor } from './templateText';
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
  ref?: Ref<WizardHandle>;
}

export function Wizard({
  assessmentId,
  bundle,
  stored,
  registry,
  side,
  onCurrentQuestionChange,
  ref,
}: WizardProps) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const template = bundle.template;
  const compiled = useMemo(() => compileTemplate(template), [template]);
  const text = useMemo(() => templateTextFor(bundle.translations, language), [bundle.translations, language]);
  const [drafts, setDrafts] = useState<Record<string, Draft | undefined>>(() =>
    initialDrafts(
      compiled.order,
      stored,
      (questionId) => registry.peek(answerQueueKey(assessmentId, questionId))?.latestValue()?.value ?? null,
    ),
  );
  const { evaluation, evidenceCounts, refresh } = useEvaluation(assessmentId);
  const answers = useMemo(() => acceptedAnswers(compiled, drafts), [compiled, drafts]);
  const visible = useMemo(() => visibleQuestions(compiled, answers), [compiled, answers]);
  const route = useMemo(() => routeFor(template, visible), [template, visible]);
  const progress = useMemo(
    () => computeProgress(compiled, answers, evidenceCounts),
    [compiled, answers, evidenceCounts],
  );
  const [wanted, setWanted] = useState<string>(
    () => compiled.order.find((id) => !answers[id]) ?? compiled.order[0] ?? '',
  );
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
    (queue: AnswerQueue) => {
      if (watched.has(queue)) return;
      let last = queue.getStatus();
      watched.set(
        queue,
        queue.subscribe(() => {
          const next = queue.getStatus();
          if (next.kind === 'saved' && (last.kind !== 'saved' || last.savedAt !== next.savedAt)) refresh();
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
    watch(currentQueue);
  }, [watch, currentQueue]);

  const applyDraft = useCallback(
    (questionId: string, draft: Draft) => {
      setDrafts((previous) => ({ ...previous, [questionId]: draft }));
      const found = compiled.questions.get(questionId);
      if (!found || draft.value === undefined || draftProblem(found.question, draft) !== null) return;
      const queue = queueFor(questionId);
      watch(queue);
      queue.update({ value: draft.value, note: draft.note.trim() ? draft.note : null });
    },
    [compiled, queueFor, watch],
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

  const answeredNow = useCallback(
    (questionId: string) => {
      const found = compiled.questions.get(questionId);
      return !!found && isAnswered(found.question, answers[questionId]);
    },
    [compiled, answers],
  );

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
          if (question?.allowUnknown) return applyDraft(current, toggleUnknown(drafts[current]));
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
            {found && text(`sections.${found.section.id}.title`, found.section.title)}
          </h2>
          <StatusStrip answered={progress.answered} visible={progress.visible} evaluation={evaluation} />
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
            <button
              type="button"
              className="button button--primary"
              onClick={() => run('next')}
              disabled={position >= route.order.length}
            >
              {t('wizard.next')}
            </button>
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
