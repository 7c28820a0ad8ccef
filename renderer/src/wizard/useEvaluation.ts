import { useCallback, useEffect, useRef, useState } from 'react';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';

export type Evaluation = OperationOutput<'assessment.evaluate'>;

/** Waits for a burst of commits (e.g. several answers flushed at once) before scoring again. */
const REFRESH_DEBOUNCE_MS = 250;

export interface EvaluationState {
  evaluation: Evaluation | null;
  /** Linked evidence per question id. */
  evidenceCounts: Readonly<Record<string, number>>;
  failed: boolean;
  /** Call after an answer was committed; scores again shortly after, once. */
  refresh: () => void;
}

/** The core's score, progress and evidence links for the assessment, refreshed after each commit. */
export function useEvaluation(assessmentId: string): EvaluationState {
  const client = useClient();
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [evidenceCounts, setEvidenceCounts] = useState<Readonly<Record<string, number>>>({});
  const [failed, setFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const generation = useRef(0);

  const load = useCallback(() => {
    const mine = (generation.current += 1);
    client.invoke('assessment.evaluate', { id: assessmentId }).then(
      (next) => {
        // Only the newest request may land: an older, slower one would show a stale tier.
        if (mine !== generation.current) return;
        setEvaluation(next);
        setFailed(false);
      },
      () => {
        if (mine === generation.current) setFailed(true);
      },
    );
    client.invoke('evidence.list', { assessmentId }).then(
      (items) => {
        if (mine !== generation.current) return;
        const counts: Record<string, number> = {};
        for (const item of items) for (const q of item.questionIds) counts[q] = (counts[q] ?? 0) + 1;
        setEvidenceCounts(counts);
      },
      // Evidence counts are a hint beside the question; the answers work without them.
      () => undefined,
    );
  }, [client, assessmentId]);

  const refresh = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      load();
    }, REFRESH_DEBOUNCE_MS);
  }, [load]);

  useEffect(() => {
    load();
    return () => {
      generation.current += 1;
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [load]);

  return { evaluation, evidenceCounts, failed, refresh };
}
