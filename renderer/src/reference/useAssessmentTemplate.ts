import type { OperationOutput } from '../../../assessments/api/contract';
import { useCoreQuery } from '../hooks/useCoreQuery';
import type { TemplateBundle } from '../templates/templateBundle';

type Detail = OperationOutput<'assessment.get'>;

export type AssessmentState =
  | { kind: 'loading' }
  | { kind: 'loaded'; detail: Detail; template: TemplateBundle | null }
  | { kind: 'failed'; error: unknown };

/**
 * The assessment with its answers and the exact template version it is pinned to. `refresh`
 * reloads after a change made here (an accepted suggestion, a recorded disposition), keeping what
 * is on screen until the new answer arrives.
 */
export function useAssessmentTemplate(assessmentId: string): [AssessmentState, () => void] {
  const query = useCoreQuery(
    async (client) => {
      const detail = await client.invoke('assessment.get', { id: assessmentId });
      const ref = detail.assessment.template;
      const template = ref ? await client.invoke('template.get', { id: ref.id, version: ref.version }) : null;
      return { detail, template };
    },
    [assessmentId],
  );
  if (query.kind === 'loaded') return [{ kind: 'loaded', ...query.data }, query.reload];
  if (query.kind === 'failed') return [{ kind: 'failed', error: query.error }, query.reload];
  return [{ kind: 'loading' }, query.reload];
}
