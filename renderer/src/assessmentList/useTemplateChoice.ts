import { useState } from 'react';
import type { OperationOutput } from '../../../assessments/api/contract';
import { compareVersions } from '../../../assessments/templates/compareVersions';
import { useCoreQuery } from '../hooks/useCoreQuery';
import type { TemplateBundle } from '../templates/templateBundle';

type Summary = OperationOutput<'template.list'>[number];

export type TemplateChoice =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'loaded'; templates: Summary[]; selected: string; bundle: TemplateBundle | null };

const keyOf = (summary: Summary) => `${summary.id}@${summary.version}`;

/**
 * What a new assessment follows unless the person chooses otherwise: the newest version of the
 * first questionnaire listed, as the core's own default is. Older versions stay for reproducing
 * earlier assessments, not for starting new ones.
 */
export function newestFirst(templates: readonly Summary[]): Summary | undefined {
  const first = templates[0];
  if (!first) return undefined;
  return templates
    .filter((candidate) => candidate.id === first.id)
    .reduce((newest, candidate) =>
      compareVersions(candidate.version, newest.version) > 0 ? candidate : newest,
    );
}

/** The templates a new assessment can follow, and the full template of the one chosen. */
export function useTemplateChoice() {
  const list = useCoreQuery((client) => client.invoke('template.list', {}), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const templates = list.kind === 'loaded' ? list.data : null;
  const offered = templates ? newestFirst(templates) : undefined;
  const selected = chosen ?? (offered ? keyOf(offered) : '');
  const selectedSummary = templates?.find((candidate) => keyOf(candidate) === selected) ?? null;
  // Keyed on the choice, so a bundle loaded for an earlier choice is never shown for the current one.
  const bundle = useCoreQuery(
    (client) =>
      selectedSummary
        ? client.invoke('template.get', { id: selectedSummary.id, version: selectedSummary.version })
        : Promise.resolve(null),
    [selectedSummary?.id, selectedSummary?.version],
  );

  const choice: TemplateChoice =
    list.kind === 'failed'
      ? { kind: 'failed', error: list.error }
      : bundle.kind === 'failed'
        ? { kind: 'failed', error: bundle.error }
        : templates === null
          ? { kind: 'loading' }
          : { kind: 'loaded', templates, selected, bundle: bundle.kind === 'loaded' ? bundle.data : null };
  return { choice, select: setChosen, selectedSummary };
}
