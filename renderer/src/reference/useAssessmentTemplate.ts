import { useEffect, useState } from 'react';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';

type Detail = OperationOutput<'assessment.get'>;
type TemplateBundle = OperationOutput<'template.get'>;

export type AssessmentState =
  | { kind: 'loading' }
  | { kind: 'loaded'; detail: Detail; template: TemplateBundle | null }
  | { kind: 'failed'; error: unknown };

/**
 * The assessment with its answers and the exact template version it is pinned to. `refresh`
 * reloads after a change made here (an accepted suggestion, a recorded disposition).
 */
export function useAssessmentTemplate(assessmentId: string): [AssessmentState, () => void] {
  const client = useClient();
  const [state, setState] = useState<AssessmentState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    (async () => {
      const detail = await client.invoke('assessment.get', { id: assessmentId });
      const ref = detail.assessment.template;
      const template = ref ? await client.invoke('template.get', { id: ref.id, version: ref.version }) : null;
      return { detail, template };
    })().then(
      ({ detail, template }) => {
        if (current) setState({ kind: 'loaded', detail, template });
      },
      (error: unknown) => {
        if (current) setState({ kind: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [client, assessmentId, attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}
