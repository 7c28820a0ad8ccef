import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/errorText';
import { FileChooser, type FileChooserHandle } from '../files/FileChooser';
import { IngestProgressBar } from './IngestProgressBar';
import { useIngest, type IngestProgress } from './useIngest';

interface AttachResult {
  added: number;
  problems: string[];
}

export interface QuestionAttachState {
  questionId: string;
  progress: IngestProgress | null;
  result: AttachResult | null;
  attach: (files: File[]) => void;
  cancel: () => void;
}

/**
 * Adds files as evidence linked to one question. Shared by the question's "Attach files…" button
 * and by dropping files on the question, so both report in the same place.
 */
export function useQuestionAttach(
  assessmentId: string,
  questionId: string,
  onAttached: () => void,
): QuestionAttachState {
  const { t } = useTranslation();
  const { progress, ingest, cancel } = useIngest(assessmentId);
  const [result, setResult] = useState<AttachResult | null>(null);
  const busy = progress !== null;

  const attach = useCallback(
    (files: File[]) => {
      if (busy) return;
      setResult(null);
      void (async () => {
        try {
          const outcome = await ingest(files, questionId);
          setResult({ added: outcome.added.length, problems: outcome.problems });
          if (outcome.added.length > 0) onAttached();
        } catch (error) {
          setResult({ added: 0, problems: [errorText(t, error)] });
        }
      })();
    },
    [busy, ingest, questionId, onAttached, t],
  );

  return { questionId, progress, result, attach, cancel };
}

/** The question's own evidence control: a file chooser, the file in flight, and what happened. */
export function QuestionAttach({ state }: { state: QuestionAttachState }) {
  const { t } = useTranslation();
  const { questionId, progress, result } = state;
  const chooserRef = useRef<FileChooserHandle>(null);
  const inFlight = progress !== null;
  const wasInFlight = useRef(false);
  useEffect(() => {
    // Cancelling removed the focused button; otherwise focus stays where the person left it.
    if (wasInFlight.current && !inFlight && document.activeElement === document.body)
      chooserRef.current?.focus();
    wasInFlight.current = inFlight;
  }, [inFlight]);
  return (
    <div className="question-attach" data-testid="question-attach">
      <FileChooser
        ref={chooserRef}
        label={t('evidence.attach')}
        multiple
        busy={progress !== null}
        className="button button--secondary button--small"
        testId="question-attach-button"
        onFiles={state.attach}
      />
      {progress && <IngestProgressBar progress={progress} onCancel={state.cancel} />}
      <p className="question-attach__result" aria-live="polite" data-testid="question-attach-result">
        {result && result.added > 0 && (
          <span className="question-attach__added">
            {t('evidence.attached', { count: result.added, question: questionId })}
          </span>
        )}
        {result?.problems.map((problem, index) => (
          <span key={index} className="question-attach__problem">
            {problem}
          </span>
        ))}
      </p>
    </div>
  );
}
