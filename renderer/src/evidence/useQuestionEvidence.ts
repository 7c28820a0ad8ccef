import { useCallback } from 'react';
import { useCoreQuery, type CoreQuery } from '../hooks/useCoreQuery';
import type { EvidenceItem } from './evidenceTypes';
import { useQuestionAttach, type QuestionAttachState } from './QuestionAttach';

export interface QuestionEvidenceState {
  assessmentId: string;
  questionId: string;
  /** Every evidence item of the assessment: the question shows its own, the link dialog offers the rest. */
  items: CoreQuery<EvidenceItem[]>;
  attach: QuestionAttachState;
  /** Call after anything here changed links or items: the list reloads and the screen re-scores. */
  changed: () => void;
}

/** The evidence one question card shows and changes, loaded once for the card. */
export function useQuestionEvidence(
  assessmentId: string,
  questionId: string,
  onChanged: () => void,
): QuestionEvidenceState {
  const items = useCoreQuery((client) => client.invoke('evidence.list', { assessmentId }), [assessmentId]);
  const { reload } = items;
  const changed = useCallback(() => {
    reload();
    onChanged();
  }, [reload, onChanged]);
  const attach = useQuestionAttach(assessmentId, questionId, changed);
  return { assessmentId, questionId, items, attach, changed };
}
