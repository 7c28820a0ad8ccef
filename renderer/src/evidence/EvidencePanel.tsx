import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useClient } from '../client/ClientContext';
import { errorText } from '../errors/errorText';
import { FileChooser, type FileChooserHandle } from '../files/FileChooser';
import { FileDropZone } from '../files/FileDropZone';
import { isolate } from '../format/isolate';
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

type ListState =
  { kind: 'loading' } | { kind: 'loaded'; items: EvidenceItem[] } | { kind: 'failed'; error: unknown };

/** All evidence of one assessment: add files (chosen or dropped), grade, link, export, remove. */
export function EvidencePanel({
  assessmentId,
  currentQuestionId,
  onChanged,
  refreshKey = 0,
}: EvidencePanelProps) {
  const { t } = useTranslation();
  const client = useClient();
  const headingId = useId();
  const addRef = useRef<FileChooserHandle>(null);
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const { progress, ingest, cancel } = useIngest(assessmentId);

  useEffect(() => {
    let current = true;
    client.invoke('evidence.list', { assessmentId }).then(
      (items) => {
        if (current) setState({ kind: 'loaded', items });
      },
      (error: unknown) => {
        if (current) setState({ kind: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [client, assessmentId, attempt, refreshKey]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const replaceItem = (next: EvidenceItem) => {
    setState((current) =>
      current.kind === 'loaded'
        ? { kind: 'loaded', items: current.items.map((item) => (item.id === next.id ? next : item)) }
        : current,
    );
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
      setState((current) =>
        current.kind === 'loaded'
          ? { kind: 'loaded', items: current.items.filter((candidate) => candidate.id !== item.id) }
          : current,
      );
      setNotice(t('evidence.removed', { name: isolate(item.originalName) }));
    });
    // The item's own buttons are gone; the next sensible place for the keyboard is "Add files".
    addRef.current?.focus();
    onChanged?.();
  };

  const count = state.kind === 'loaded' ? state.items.length : null;
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
        {state.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
        {state.kind === 'failed' && (
          <div className="stack">
            <p className="alert alert--error" role="alert">
              {errorText(t, state.error)}
            </p>
            <button type="button" className="button button--secondary" onClick={reload}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {state.kind === 'loaded' &&
          (state.items.length === 0 ? (
            <p className="empty-state">{t('evidence.empty')}</p>
          ) : (
            <ul className="evidence-list" aria-label={t('evidence.listLabel')}>
              {state.items.map((item) => (
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
