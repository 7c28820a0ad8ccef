import { useEffect, useId, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../assessments/questionnaire/templateSchema';
import { inFlagOrder } from '../../../assessments/scoring/flagOrder';
import type { TriggeredFlag } from '../../../assessments/scoring/resultSchema';
import { LISTS_QUESTION, offersScreeningAt, OUTCOME_QUESTION } from '../../../assessments/screening/schemas';
import type { AnswerQueue } from '../autosave/useAnswerQueue';
import { SaveStateIndicator } from '../components/SaveStateIndicator';
import { QuestionEvidence } from '../evidence/QuestionEvidence';
import { useQuestionEvidence } from '../evidence/useQuestionEvidence';
import { FileDropZone } from '../files/FileDropZone';
import { QuestionSuggestion } from '../reference/QuestionSuggestion';
import { QuestionScreening } from '../screening/QuestionScreening';
import { AnswerControl } from './AnswerControl';
import { draftProblem, type Draft } from './drafts';
import { problemMessage } from './problemMessage';
import type { TemplateText } from '../../../assessments/questionnaire/templateText';

interface QuestionCardProps {
  assessmentId: string;
  question: Question;
  text: TemplateText;
  draft: Draft | undefined;
  onDraft: (draft: Draft) => void;
  queue: AnswerQueue;
  /** The core's objection to the stored answer (e.g. after a template change), or null. */
  storedProblem: string | null;
  evidenceCount: number;
  /** Files were attached to this question here: counts, gaps and the evidence list are stale. */
  onEvidenceAttached: () => void;
  flags: readonly TriggeredFlag[];
  guidanceOpen: boolean;
  onGuidanceToggle: (open: boolean) => void;
  /** Changes whenever the assessor navigated here, so focus follows them into the answer. */
  focusToken: number;
  /** The core recorded an answer to another question from here (a screening disposition). */
  onAnswerRecorded?: (questionId: string) => void;
  /** The app fills this question in: its answer is shown, never edited here. */
  readOnly?: boolean;
}

export function QuestionCard(props: QuestionCardProps) {
  const { question, text, draft, onDraft, queue, storedProblem, evidenceCount, flags } = props;
  const readOnly = props.readOnly ?? false;
  const { t } = useTranslation();
  const id = useId();
  const status = useSyncExternalStore(queue.subscribe, queue.getStatus);
  const controlArea = useRef<HTMLDivElement>(null);
  const evidence = useQuestionEvidence(props.assessmentId, question.id, props.onEvidenceAttached);
  const { attach } = evidence;
  const screensHere = offersScreeningAt(question, (questionId) => text.sectionOf(questionId));
  const base = `questions.${question.id}`;
  const problem = draftProblem(question, draft) !== null ? problemMessage(t, question) : null;
  const noteStranded = !!draft?.note.trim() && draft.value === undefined;
  const message =
    problem ??
    (noteStranded
      ? t('wizard.invalid.noteWithoutAnswer')
      : storedProblem
        ? t('wizard.invalid.stored')
        : null);
  const ids = {
    text: `${id}-text`,
    meta: `${id}-meta`,
    message: `${id}-message`,
    state: `${id}-state`,
    note: `${id}-note`,
    readOnly: `${id}-read-only`,
  };
  const describedBy = [ids.meta, readOnly ? ids.readOnly : null, message ? ids.message : null]
    .filter(Boolean)
    .join(' ');

  const control = (
    <AnswerControl
      question={question}
      text={text}
      value={draft?.value}
      onChange={(value) => onDraft({ value, note: draft?.note ?? '' })}
      labelledBy={ids.text}
      describedBy={describedBy}
      invalid={message !== null}
    />
  );

  useEffect(() => {
    if (props.focusToken > 0 && controlArea.current) focusFirstControl(controlArea.current);
  }, [props.focusToken]);

  return (
    <FileDropZone
      dropLabel={t('evidence.dropOnQuestion', { question: question.id })}
      disabled={attach.progress !== null}
      onFiles={attach.attach}
      testId="question-drop"
    >
      <article
        className="wizard-question"
        aria-labelledby={ids.text}
        data-question-id={question.id}
        data-question-type={question.type}
      >
        <header className="wizard-question__head">
          <h2 id={ids.text} className="wizard-question__text">
            <span className="wizard-question__id">{question.id}</span> {text.questionText(question.id)}
          </h2>
          <SaveStateIndicator id={ids.state} status={status} />
        </header>
        <p id={ids.meta} className="wizard-question__meta">
          <span>{question.required ? t('wizard.required') : t('wizard.optional')}</span>
          {question.evidenceRequired && (
            <span className="tag tag--evidence" data-testid="evidence-required">
              {t('wizard.evidenceRequired')} · {t('wizard.evidenceLinked', { count: evidenceCount })}
            </span>
          )}
        </p>
        {readOnly && (
          <p id={ids.readOnly} className="muted" data-testid="question-read-only">
            {t('wizard.readOnly')}
          </p>
        )}
        <div ref={controlArea} className="wizard-question__control">
          {readOnly ? (
            // A disabled fieldset disables every control inside, whatever the answer type renders.
            <fieldset className="wizard-question__read-only" disabled>
              {control}
            </fieldset>
          ) : (
            control
          )}
        </div>
        {message && (
          <p id={ids.message} className="field__error" data-testid="question-problem">
            {message}
          </p>
        )}
        {!readOnly && (question.type === 'single' || question.type === 'multi') && (
          <QuestionSuggestion
            assessmentId={props.assessmentId}
            questionId={question.id}
            text={text}
            value={draft?.value}
            onUse={(suggestion) => onDraft({ value: suggestion.value, note: suggestion.note })}
          />
        )}
        {question.note && (
          <div className="field">
            <label htmlFor={ids.note} className="field__label">
              {text.text(`${base}.note`, question.note)}
            </label>
            <textarea
              id={ids.note}
              className="textarea"
              dir="auto"
              rows={3}
              value={draft?.note ?? ''}
              disabled={readOnly}
              onChange={(event) => onDraft({ value: draft?.value, note: event.target.value })}
            />
          </div>
        )}
        {flags.length > 0 && (
          <ul className="question-flags" data-testid="question-flags">
            {inFlagOrder(flags).map((flag) => (
              <li key={flag.id} className={`question-flag question-flag--${flag.code}`}>
                <span className="flag-code">{flag.code}</span>{' '}
                {text.text(`${base}.flags.${flag.id}`, flag.message)}
              </li>
            ))}
          </ul>
        )}
        {screensHere && (
          <QuestionScreening
            assessmentId={props.assessmentId}
            evidenceOf={[LISTS_QUESTION, OUTCOME_QUESTION].filter((id) => text.sectionOf(id) !== null)}
            onChanged={evidence.changed}
            onAnswerRecorded={props.onAnswerRecorded}
          />
        )}
        <QuestionEvidence state={evidence} evidenceRequired={question.evidenceRequired} />
        <details
          className="guidance"
          open={props.guidanceOpen}
          onToggle={(event) => props.onGuidanceToggle(event.currentTarget.open)}
        >
          <summary>{t('wizard.guidance')}</summary>
          <h3>{t('wizard.lookFor')}</h3>
          <p>{text.text(`${base}.guidance.lookFor`, question.guidance.lookFor)}</p>
          <h3>{t('wizard.sources')}</h3>
          <p>{text.text(`${base}.guidance.sources`, question.guidance.sources)}</p>
        </details>
      </article>
    </FileDropZone>
  );
}

/** The checked radio of a group, else the first control: where a keyboard user expects to land. */
function focusFirstControl(area: HTMLElement): void {
  const target =
    area.querySelector<HTMLElement>('input[type="radio"]:checked') ??
    area.querySelector<HTMLElement>('input, textarea, select, button');
  target?.focus();
}
