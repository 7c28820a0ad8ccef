import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { DatasetComparison } from './DatasetComparison';
import { DatasetTable } from './DatasetTable';
import { datasetSlots, type Dataset } from './datasetKinds';
import { ImportDatasetForm } from './ImportDatasetForm';
import { ListAgeSetting, type WorkspaceSettings } from './ListAgeSetting';
import { RemoveDatasetDialog } from './RemoveDatasetDialog';

type ListState =
  { kind: 'loading' } | { kind: 'loaded'; datasets: Dataset[] } | { kind: 'failed'; error: unknown };

type SettingsState =
  { kind: 'loading' } | { kind: 'loaded'; settings: WorkspaceSettings } | { kind: 'failed'; error: unknown };

interface ReferenceDataScreenProps {
  onBack: () => void;
}

function newestFirst(a: Dataset, b: Dataset): number {
  return b.importedAt.localeCompare(a.importedAt);
}

/** Import, list, compare and remove the sanctions lists and country indicators of the workspace. */
export function ReferenceDataScreen({ onBack }: ReferenceDataScreenProps) {
  const { t } = useTranslation();
  const client = useClient();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [comparing, setComparing] = useState<Dataset | null>(null);
  const [removing, setRemoving] = useState<Dataset | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [settings, setSettings] = useState<SettingsState>({ kind: 'loading' });
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  // After a removal the row that held the focus is gone; the list heading takes it instead.
  const focusListAfterLoad = useRef(false);

  useEffect(() => {
    let current = true;
    client.invoke('reference.list', {}).then(
      (datasets) => {
        if (!current) return;
        setState({ kind: 'loaded', datasets: [...datasets].sort(newestFirst) });
        if (focusListAfterLoad.current) {
          focusListAfterLoad.current = false;
          listHeadingRef.current?.focus();
        }
      },
      (error: unknown) => {
        if (current) setState({ kind: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [client, attempt]);

  useEffect(() => {
    let current = true;
    client.invoke('settings.get', {}).then(
      (loaded) => {
        if (current) setSettings({ kind: 'loaded', settings: loaded });
      },
      (error: unknown) => {
        if (current) setSettings({ kind: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [client]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const datasets = state.kind === 'loaded' ? state.datasets : [];

  return (
    <div className="stack reference-screen">
      <nav className="breadcrumb">
        <button type="button" className="link-button" onClick={onBack}>
          <span aria-hidden="true" className="back-arrow" />
          {t('referenceData.back')}
        </button>
      </nav>
      <div>
        <h1 ref={headingRef} tabIndex={-1}>
          {t('referenceData.title')}
        </h1>
        <p className="muted">{t('referenceData.intro')}</p>
      </div>
      <ImportDatasetForm
        onImported={() => {
          setNotice(null);
          reload();
        }}
      />
      {settings.kind === 'loaded' && (
        <ListAgeSetting
          settings={settings.settings}
          onSaved={(saved) => setSettings({ kind: 'loaded', settings: saved })}
        />
      )}
      {settings.kind === 'failed' && <ErrorAlert message={errorText(t, settings.error)} />}
      <section aria-labelledby="datasets-title">
        <div className="page-heading">
          <h2 id="datasets-title" ref={listHeadingRef} tabIndex={-1}>
            {t('referenceData.list.title')}
          </h2>
          {state.kind === 'loaded' && (
            <p className="page-heading__count">{t('referenceData.list.count', { count: datasets.length })}</p>
          )}
        </div>
        <p role="status" className="notice">
          {notice}
        </p>
        <div data-testid="dataset-list" aria-busy={state.kind === 'loading'}>
          {state.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
          {state.kind === 'failed' && (
            <div className="stack">
              <ErrorAlert message={errorText(t, state.error)} />
              <button type="button" className="button button--secondary" onClick={reload}>
                {t('common.retry')}
              </button>
            </div>
          )}
          {state.kind === 'loaded' &&
            (datasets.length === 0 ? (
              <p className="empty-state">{t('referenceData.list.empty')}</p>
            ) : (
              <DatasetTable
                datasets={datasets}
                maxListAgeDays={settings.kind === 'loaded' ? settings.settings.screeningMaxListAgeDays : null}
                onCompare={setComparing}
                onRemove={setRemoving}
              />
            ))}
        </div>
      </section>
      {comparing && (
        <DatasetComparison
          key={comparing.id}
          dataset={comparing}
          datasets={datasets}
          onClose={() => setComparing(null)}
        />
      )}
      {removing && (
        <RemoveDatasetDialog
          dataset={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(removed) => {
            setRemoving(null);
            // Its numbers may rest on the removed version, so an open comparison is closed.
            setComparing(null);
            setNotice(t('referenceData.remove.removed', datasetSlots(t, removed)));
            focusListAfterLoad.current = true;
            reload();
          }}
        />
      )}
    </div>
  );
}
