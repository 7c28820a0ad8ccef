import { useMemo } from 'react';
import type { OperationInput } from '../../../assessments/api/contract';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { AutosaveQueue } from './AutosaveQueue';
import type { AutosaveRegistry } from './AutosaveRegistry';

export type AnswerValue = OperationInput<'answers.save'>['value'];
export type AnswerQueue = AutosaveQueue<AnswerValue>;
export type AnswerRegistry = AutosaveRegistry<AnswerValue>;

/** Retrying cannot fix these; the queue keeps the text and waits for the next edit instead. */
function isRetryable(error: unknown): boolean {
  return !isAssayClientError(error, 'invalid_input') && !isAssayClientError(error, 'not_found');
}

export function answerQueueKey(assessmentId: string, questionId: string): string {
  return `${assessmentId}/${questionId}`;
}

/** The session-wide save queue for one answer, created on first use. */
export function useAnswerQueue(
  registry: AnswerRegistry,
  assessmentId: string,
  questionId: string,
  /** When the stored answer was written (ISO 8601), or null if there is none. */
  answeredAt: string | null,
): AnswerQueue {
  const client = useClient();
  return useMemo(
    () =>
      registry.obtain(
        answerQueueKey(assessmentId, questionId),
        () =>
          new AutosaveQueue<AnswerValue>({
            savedAt: answeredAt ? new Date(answeredAt) : null,
            isRetryable,
            save: async (value) => {
              const stored = await client.invoke('answers.save', { assessmentId, questionId, value });
              return new Date(stored.answeredAt);
            },
          }),
      ),
    [registry, client, assessmentId, questionId, answeredAt],
  );
}
