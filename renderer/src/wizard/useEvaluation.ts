import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useCoreQuery } from '../hooks/useCoreQuery';

export type Evaluation = OperationOutput<'assessment.evaluate'>;

/** Waits for a burst of commits (e.g. several answers flushed at once) before scoring again. */
const REFRESH_DEBOUNCE_MS = 250;

export interface EvaluationState {
  evaluation: Evaluation | null;
  /** Linked evidence per question id. */
  evidenceCounts: Readonly<Record<string, number>>;
  failed: boolean;
  /**
   * Call after an answer was committed, with its question id when known; scores again shortly
   * after, once.
   */
  refresh: (questionId?: string) => void;
  /**
   * The questions whose saves `evaluation` is the first to reflect, most recent last, as passed to
   * `refresh`: they name the answer that changed the tier.
   */
  savedQuestionIds: readonly string[];
}

/** The core's score, progress and evidence links for the assessment, refreshed after each commit. */
export function useEvaluation(assessmentId: string): EvaluationState {
  const scored = useCoreQuery(
    (client) => client.invoke('assessment.evaluate', { id: assessmentId }),
    [assessmentId],
  );
  const evidence = useCoreQuery((client) => client.invoke('evidence.list', { assessmentId }), [assessmentId]);
  const reloadScore = scored.reload;
  const reloadEvidence = evidence.reload;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string[]>([]);
  // Saves asked for since the evaluation on screen was scored; they belong to the next one.
  const [asked, setAsked] = useState<readonly string[]>([]);
  const [shown, setShown] = useState<{ evaluation: Evaluation | null; saved: readonly string[] }>({
    evaluation: null,
    saved: [],
  });
  // A failed rescore keeps the last evaluation on screen: an older tier beats no tier at all.
  const latest = scored.kind === 'loaded' ? scored.data : null;
  if (latest !== null && latest !== shown.evaluation) {
    setShown({ evaluation: latest, saved: asked });
    setAsked([]);
  }

  const refresh = useCallback(
    (questionId?: string) => {
      if (questionId !== undefined) pending.current.push(questionId);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        const saved = pending.current.splice(0);
        setAsked((before) => [...before, ...saved]);
        reloadScore();
        reloadEvidence();
      }, REFRESH_DEBOUNCE_MS);
    },
    [reloadScore, reloadEvidence],
  );

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const items = evidence.kind === 'loaded' ? evidence.data : null;
  const evidenceCounts = useMemo(() => {
    const counts: Record<string, number> = {};
    // Evidence counts are a hint beside the question; the answers work without them.
    for (const item of items ?? []) for (const q of item.questionIds) counts[q] = (counts[q] ?? 0) + 1;
    return counts;
  }, [items]);

  return {
    evaluation: shown.evaluation,
    evidenceCounts,
    failed: scored.kind === 'failed',
    refresh,
    savedQuestionIds: shown.saved,
  };
}
