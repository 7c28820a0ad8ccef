import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { DatasetComparison } from './DatasetComparison';
import { DatasetTable } from './DatasetTable';
import { datasetSlots, type Dataset } from './datasetKinds';
import { ImportDatasetForm } from './ImportDatasetForm';
import { ListAgeSetting, type WorkspaceSettings } from './ListAgeSetting';
import { RemoveDatasetDialog } from './RemoveDatasetDialog';

interface ReferenceDataScreenProps {
  onBack: () => void;
}

function newestFirst(a: Dataset, b: Dataset): number {
  return b.importedAt.localeCompare(a.importedAt);
}

/** Import, list, compare and remove the sanctions lists and country indicators of the workspace. */
export function ReferenceDataScreen({ onBack }: ReferenceDataScreenProps) {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const state = useCoreQuery(
    async (client) => [...(await client.invoke('reference.list', {}))].sort(newestFirst),
    [],
  );
  const loadedSettings = useCoreQuery((client) => client.invoke('settings.get', {}), []);
  // What the age setting last saved; the loaded settings are not fetched again for it.
  const [savedSettings, setSavedSettings] = useState<WorkspaceSettings | null>(null);
  const [comparing, setComparing] = useState<Dataset | null>(null);
  const [removing, setRemoving] = useState<Dataset | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  // After a removal the row that held the focus is gone; the list heading takes it instead.
  const focusListAfterLoad = useRef(false);

  const reload = state.reload;
  const loaded = state.kind === 'loaded' && !state.refreshing ? state.data : null;
  useEffect(() => {
    if (!loaded || !focusListAfterLoad.current) return;
    focusListAfterLoad.current = false;
    listHeadingRef.current?.focus();
  }, [loaded]);
  const datasets = state.kind === 'loaded' ? state.data : [];
  const settings = savedSettings ?? (loadedSettings.kind === 'loaded' ? loadedSettings.data : null);

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
      {settings && <ListAgeSetting settings={settings} onSaved={setSavedSettings} />}
      {!settings && loadedSettings.kind === 'failed' && (
        <ErrorAlert message={errorText(t, loadedSettings.error)} />
      )}
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
                maxListAgeDays={settings ? settings.screeningMaxListAgeDays : null}
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
