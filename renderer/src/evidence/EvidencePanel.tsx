import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/errorText';
import { FileChooser, type FileChooserHandle } from '../files/FileChooser';
import { FileDropZone } from '../files/FileDropZone';
import { isolate } from '../format/isolate';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { EvidenceItemView } from './EvidenceItemView';
import type { EvidenceItem } from './evidenceTypes';
import { IngestProgressBar } from './IngestProgressBar';
import { useIngest } from './useIngest';

export interface EvidencePanelProps {
  assessmentId: string;
  /** The question on screen: new files are linked to it, and each item can be (un)linked to it. */
  currentQuestionId: string | null;
  /** Called after anything that can change scoring or gaps (added, linked, removed, regraded). */
  onChanged?: () => void;
  /** Changes when evidence was added elsewhere (e.g. attached on a question card): the list reloads. */
  refreshKey?: number;
}

/** Every evidence item of one assessment: add files (chosen or dropped), grade, link, export, remove. */
export function EvidencePanel({
  assessmentId,
  currentQuestionId,
  onChanged,
  refreshKey = 0,
}: EvidencePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const addRef = useRef<FileChooserHandle>(null);
  const query = useCoreQuery((client) => client.invoke('evidence.list', { assessmentId }), [assessmentId]);
  const { reload } = query;
  // Edits made here show at once; the next load from the core replaces them.
  const [local, setLocal] = useState<{ base: EvidenceItem[]; items: EvidenceItem[] } | null>(null);
  const [notice, setNotice] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const { progress, ingest, cancel } = useIngest(assessmentId);
  const loaded = query.kind === 'loaded' ? query.data : null;
  const items = loaded ? (local?.base === loaded ? local.items : loaded) : null;

  useEffect(() => {
    if (refreshKey > 0) reload();
  }, [refreshKey, reload]);

  const edit = (change: (current: EvidenceItem[]) => EvidenceItem[]) => {
    if (loaded && items) setLocal({ base: loaded, items: change(items) });
  };

  const replaceItem = (next: EvidenceItem) => {
    edit((current) => current.map((item) => (item.id === next.id ? next : item)));
    onChanged?.();
  };

  const addFiles = async (files: File[]) => {
    if (progress) return;
    setNotice('');
    setProblems([]);
    try {
      const outcome = await ingest(files, currentQuestionId);
      if (outcome.added.length > 0) {
        setNotice(t('evidence.added', { count: outcome.added.length }));
        onChanged?.();
      }
      setProblems(outcome.problems);
      reload();
    } catch (error) {
      setProblems([errorText(t, error)]);
    }
    // Cancelling removed the focused button; a drop or a choice leaves focus where it was.
    if (document.activeElement === document.body) addRef.current?.focus();
  };

  const removed = (item: EvidenceItem) => {
    flushSync(() => {
      edit((current) => current.filter((candidate) => candidate.id !== item.id));
      setNotice(t('evidence.removed', { name: isolate(item.originalName) }));
    });
    // The item's own buttons are gone; the next sensible place for the keyboard is "Add files".
    addRef.current?.focus();
    onChanged?.();
  };

  const count = items ? items.length : null;
  return (
    <FileDropZone
      dropLabel={
        currentQuestionId
          ? t('evidence.dropToAddLinked', { question: currentQuestionId })
          : t('evidence.dropToAdd')
      }
      disabled={progress !== null}
      onFiles={(files) => void addFiles(files)}
      className="evidence-panel__drop"
      testId="evidence-drop"
    >
      <section className="evidence-panel" aria-labelledby={headingId} data-testid="evidence-panel">
        <div className="evidence-panel__head">
          <h2 id={headingId}>{t('evidence.title')}</h2>
          {count !== null && <p className="muted evidence-panel__count">{t('evidence.count', { count })}</p>}
          <FileChooser
            ref={addRef}
            label={t('evidence.add')}
            multiple
            busy={progress !== null}
            className="button button--primary evidence-panel__add"
            testId="evidence-add"
            onFiles={(files) => void addFiles(files)}
          />
        </div>
        {currentQuestionId && (
          <p className="field__hint">{t('evidence.addsLinkedTo', { question: currentQuestionId })}</p>
        )}
        {progress && <IngestProgressBar progress={progress} onCancel={cancel} />}
        <p className="evidence-panel__notice" role="status" data-testid="evidence-notice">
          {notice}
        </p>
        {problems.length > 0 && (
          <ul className="alert alert--error evidence-panel__problems" role="alert">
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        )}
        {query.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
        {query.kind === 'failed' && (
          <div className="stack">
            <p className="alert alert--error" role="alert">
              {errorText(t, query.error)}
            </p>
            <button type="button" className="button button--secondary" onClick={reload}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {items &&
          (items.length === 0 ? (
            <p className="empty-state">{t('evidence.empty')}</p>
          ) : (
            <ul className="evidence-list" aria-label={t('evidence.listLabel')}>
              {items.map((item) => (
                <EvidenceItemView
                  key={item.id}
                  item={item}
                  currentQuestionId={currentQuestionId}
                  onUpdated={replaceItem}
                  onRemoved={removed}
                  onNotice={(message) => {
                    setProblems([]);
                    setNotice(message);
                  }}
                  onProblem={(message) => setProblems([message])}
                />
              ))}
            </ul>
          ))}
      </section>
    </FileDropZone>
  );
}
