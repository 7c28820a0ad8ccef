import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../client/ClientContext';
import type { EvidenceItem } from './evidenceTypes';
import { ingestErrorText } from './ingestErrorText';
import { newIngestId } from './newIngestId';

export interface IngestProgress {
  ingestId: string;
  name: string;
  /** Position of this file in the batch, from 1. */
  position: number;
  count: number;
  done: number;
  total: number;
}

export interface IngestOutcome {
  added: EvidenceItem[];
  problems: string[];
}

/**
 * Adds files one at a time (each is streamed through the vault once), following the core's progress
 * events for the file in flight. Cancelling stops the file in flight and the rest of the batch.
 */
export function useIngest(assessmentId: string) {
  const { t } = useTranslation();
  const client = useClient();
  const [progress, setProgress] = useState<IngestProgress | null>(null);
  const cancelledRef = useRef<string | null>(null);
  const currentRef = useRef<string | null>(null);

  useEffect(
    () =>
      client.on('evidence.progress', ({ ingestId, done, total }) => {
        setProgress((current) => (current?.ingestId === ingestId ? { ...current, done, total } : current));
      }),
    [client],
  );

  const ingest = useCallback(
    async (files: readonly File[], questionId: string | null): Promise<IngestOutcome> => {
      const outcome: IngestOutcome = { added: [], problems: [] };
      cancelledRef.current = null;
      for (const [index, file] of files.entries()) {
        const ingestId = newIngestId();
        const { name } = file;
        currentRef.current = ingestId;
        setProgress({ ingestId, name, position: index + 1, count: files.length, done: 0, total: 0 });
        try {
          outcome.added.push(
            await client.files.ingestEvidence(file, {
              assessmentId,
              ingestId,
              questionIds: questionId ? [questionId] : [],
            }),
          );
        } catch (error) {
          const cancelled = cancelledRef.current === ingestId;
          outcome.problems.push(ingestErrorText(t, error, name, cancelled));
          if (cancelled) break;
        }
      }
      currentRef.current = null;
      setProgress(null);
      return outcome;
    },
    [client, assessmentId, t],
  );

  const cancel = useCallback(() => {
    const ingestId = currentRef.current;
    if (!ingestId) return;
    cancelledRef.current = ingestId;
    void client.invoke('evidence.cancel', { ingestId }).catch(() => undefined);
  }, [client]);

  return { progress, ingest, cancel };
}
