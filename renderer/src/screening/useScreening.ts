import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { errorText } from '../errors/errorText';
import { useCoreQuery, type CoreQuery } from '../hooks/useCoreQuery';
import { isScreeningKind, type Dataset } from '../reference/datasetKinds';
import type { ScreeningRun } from './screeningTypes';

export interface ScreeningData {
  /** The screening lists imported, every version. */
  datasets: Dataset[];
  /** Runs of the assessment, newest first. */
  runs: ScreeningRun[];
}

export interface ScreeningState {
  query: CoreQuery<ScreeningData>;
  failure: string | null;
  /** Screens against the lists `datasetIds` names (the run form asks for at least one). */
  run: (datasetIds: string[]) => Promise<void>;
}

/**
 * Lists and runs of one assessment, and running a screening. Shared by the screening
 * page and the screening offered at the party questions.
 */
export function useScreening(assessmentId: string, onRan?: (run: ScreeningRun) => void): ScreeningState {
  const { t } = useTranslation();
  const client = useClient();
  const query = useCoreQuery(
    async (core): Promise<ScreeningData> => {
      const [datasets, runs] = await Promise.all([
        core.invoke('reference.list', {}),
        core.invoke('screening.list', { assessmentId }),
      ]);
      return { datasets: datasets.filter((dataset) => isScreeningKind(dataset.kind)), runs };
    },
    [assessmentId],
  );
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (datasetIds: string[]) => {
    setFailure(null);
    try {
      const result = await client.invoke('screening.run', { assessmentId, datasetIds });
      query.reload();
      onRan?.(result);
    } catch (error) {
      setFailure(isAssayClientError(error, 'conflict') ? t('screening.noParties') : errorText(t, error));
    }
  };

  return { query, failure, run };
}
