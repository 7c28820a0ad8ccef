import { useMemo } from 'react';
import type { OperationInput } from '../../../assessments/api/contract';
import { isAssayClientError } from '../client/AssayClientError';
import type { AssayClient } from '../client/createClient';
import { useClient } from '../client/ClientContext';
import { AutosaveQueue } from './AutosaveQueue';
import type { AutosaveRegistry } from './AutosaveRegistry';

export type AnswerValue = OperationInput<'answers.save'>['value'];
/** What one save writes: the whole answer, its value and its free-text note, always together. */
export interface AnswerDraft {
  value: AnswerValue;
  note: string | null;
}
export type AnswerQueue = AutosaveQueue<AnswerDraft>;
export type AnswerRegistry = AutosaveRegistry<AnswerDraft>;

/** Retrying cannot fix these; the queue keeps the text and waits for the next edit instead. */
function isRetryable(error: unknown): boolean {
  return !isAssayClientError(error, 'invalid_input') && !isAssayClientError(error, 'not_found');
}

export function answerQueueKey(assessmentId: string, questionId: string): string {
  return `${assessmentId}/${questionId}`;
}

/**
 * What this session's queue holds for an answer, to show instead of the stored one: its own change
 * still on its way, or its last save unless the store has a newer answer written elsewhere (the core
 * records E3 itself after a true match). Null when the stored answer is the one to show.
 */
export function queuedAnswer(queue: AnswerQueue | undefined, storedAt: string | null): AnswerDraft | null {
  const latest = queue?.latestValue()?.value ?? null;
  if (!queue || queue.hasUnsavedChanges() || storedAt === null) return latest;
  const status = queue.getStatus();
  const savedAt = status.kind === 'saved' ? status.savedAt : null;
  return savedAt !== null && savedAt.getTime() < Date.parse(storedAt) ? null : latest;
}

/** The session-wide save queue for one answer, created on first use. */
export function obtainAnswerQueue(
  registry: AnswerRegistry,
  client: AssayClient,
  assessmentId: string,
  questionId: string,
  /** When the stored answer was written (ISO 8601), or null if there is none. */
  answeredAt: string | null,
): AnswerQueue {
  return registry.obtain(
    answerQueueKey(assessmentId, questionId),
    () =>
      new AutosaveQueue<AnswerDraft>({
        savedAt: answeredAt ? new Date(answeredAt) : null,
        isRetryable,
        save: async ({ value, note }) => {
          const stored = await client.invoke('answers.save', { assessmentId, questionId, value, note });
          return new Date(stored.answeredAt);
        },
      }),
  );
}

export function useAnswerQueue(
  registry: AnswerRegistry,
  assessmentId: string,
  questionId: string,
  answeredAt: string | null,
): AnswerQueue {
  const client = useClient();
  return useMemo(
    () => obtainAnswerQueue(registry, client, assessmentId, questionId, answeredAt),
    [registry, client, assessmentId, questionId, answeredAt],
  );
}
