import { useEffect, useState } from 'react';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import type { TemplateBundle } from '../templates/templateTexts';

type Summary = OperationOutput<'template.list'>[number];

export type TemplateChoice =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'loaded'; templates: Summary[]; selected: string; bundle: TemplateBundle | null };

/** The templates a new assessment can follow, and the full template of the one chosen. */
export function useTemplateChoice() {
  const client = useClient();
  const [templates, setTemplates] = useState<Summary[] | null>(null);
  const [selected, setSelected] = useState('');
  const [loaded, setLoaded] = useState<{ key: string; bundle: TemplateBundle } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    client.invoke('template.list', {}).then(
      (list) => {
        if (!current) return;
        setTemplates(list);
        setSelected(list[0] ? `${list[0].id}@${list[0].version}` : '');
      },
      (failure: unknown) => {
        if (current) setError(failure);
      },
    );
    return () => {
      current = false;
    };
  }, [client]);

  useEffect(() => {
    const summary = templates?.find((candidate) => `${candidate.id}@${candidate.version}` === selected);
    if (!summary) return undefined;
    let current = true;
    client.invoke('template.get', { id: summary.id, version: summary.version }).then(
      (bundle) => {
        if (current) setLoaded({ key: selected, bundle });
      },
      (failure: unknown) => {
        if (current) setError(failure);
      },
    );
    return () => {
      current = false;
    };
  }, [client, templates, selected]);

  // A bundle loaded for an earlier choice is never shown for the current one.
  const bundle = loaded?.key === selected ? loaded.bundle : null;
  const choice: TemplateChoice =
    error !== null
      ? { kind: 'failed', error }
      : templates === null
        ? { kind: 'loading' }
        : { kind: 'loaded', templates, selected, bundle };
  const selectedSummary = templates?.find((candidate) => `${candidate.id}@${candidate.version}` === selected);
  return { choice, select: setSelected, selectedSummary: selectedSummary ?? null };
}
