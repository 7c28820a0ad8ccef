import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAssayClientError } from '../client/AssayClientError';
import { useClient } from '../client/ClientContext';
import { errorText } from '../errors/errorText';
import { formatBytes } from '../format/bytes';
import { formatDateTime } from '../format/dates';
import { isolate } from '../format/isolate';
import { useLanguage } from '../i18n/useLanguage';
import { CustodyHistory } from './CustodyHistory';
import type { EvidenceItem } from './evidenceTypes';
import { Fingerprint } from './Fingerprint';
import { ProvenanceForm } from './ProvenanceForm';
import { RemoveEvidenceDialog } from './RemoveEvidenceDialog';

interface EvidenceItemViewProps {
  item: EvidenceItem;
  currentQuestionId: string | null;
  onUpdated: (item: EvidenceItem) => void;
  onRemoved: (item: EvidenceItem) => void;
  /** A sentence for the panel's status line (exports, links). */
  onNotice: (message: string) => void;
  onProblem: (message: string) => void;
}

export function EvidenceItemView({
  item,
  currentQuestionId,
  onUpdated,
  onRemoved,
  onNotice,
  onProblem,
}: EvidenceItemViewProps) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [linking, setLinking] = useState(false);
  const [custodyVersion, setCustodyVersion] = useState(0);
  const linked = currentQuestionId !== null && item.questionIds.includes(currentQuestionId);
  const grade = `${item.reliability ?? ''}${item.credibility ?? ''}`;

  const updated = (next: EvidenceItem) => {
    setCustodyVersion((n) => n + 1);
    onUpdated(next);
  };

  const toggleLink = async (next: boolean) => {
    if (!currentQuestionId || linking) return;
    setLinking(true);
    try {
      updated(
        await client.invoke('evidence.link', {
          evidenceId: item.id,
          questionId: currentQuestionId,
          linked: next,
        }),
      );
    } catch (error) {
      onProblem(errorText(t, error));
    } finally {
      setLinking(false);
    }
  };

  const exportCopy = async () => {
    try {
      const saved = await client.files.saveAs(
        { defaultName: item.originalName.slice(0, 255), title: t('evidence.exportTitle') },
        (path) => client.invoke('evidence.exportCopy', { evidenceId: item.id, path }),
      );
      if (!saved) return;
      setCustodyVersion((n) => n + 1);
      onNotice(
        client.files.savesWithDialog
          ? t('evidence.exported', { path: isolate(saved.result.path) })
          : t('files.downloadStarted', { name: isolate(saved.savedAs) }),
      );
    } catch (error) {
      onProblem(
        isAssayClientError(error, 'conflict') ? t('evidence.errors.exportExists') : errorText(t, error),
      );
    }
  };

  return (
    <li className="evidence-item" data-testid="evidence-item" data-evidence-id={item.id}>
      <div className="evidence-item__summary">
        <h3 className="evidence-item__name" id={`${id}-name`}>
          <bdi>{item.originalName}</bdi>
        </h3>
        <p className="evidence-item__facts">
          <span>{formatBytes(item.sizeBytes, language)}</span>
          <span dir="ltr">{item.mimeType}</span>
          <time dateTime={item.ingestedAt}>{formatDateTime(item.ingestedAt, language)}</time>
          {grade && <span className="badge badge--grade">{t('evidence.grade', { grade })}</span>}
          {item.restricted && <span className="badge badge--restricted">{t('evidence.restricted')}</span>}
        </p>
        <p className="evidence-item__questions">
          <span className="muted">{t('evidence.questionsLabel')}: </span>
          {item.questionIds.length > 0 ? (
            <span dir="ltr">{item.questionIds.join(', ')}</span>
          ) : (
            <span className="muted">{t('evidence.noQuestions')}</span>
          )}
        </p>
        <div className="evidence-item__actions">
          {currentQuestionId && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={linked}
                aria-describedby={`${id}-name`}
                onChange={(event) => void toggleLink(event.target.checked)}
              />
              {t('evidence.linkedTo', { question: currentQuestionId })}
            </label>
          )}
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={expanded}
            aria-controls={`${id}-details`}
            aria-describedby={`${id}-name`}
            onClick={() => setExpanded((open) => !open)}
          >
            {expanded ? t('evidence.hideDetails') : t('evidence.showDetails')}
          </button>
        </div>
      </div>
      <div
        id={`${id}-details`}
        className="evidence-item__details"
        hidden={!expanded}
        role="group"
        aria-label={t('evidence.detailsOf', { name: isolate(item.originalName) })}
      >
        {expanded && (
          <>
            <dl className="details-list evidence-item__facts-list">
              <dt>{t('evidence.size')}</dt>
              <dd>{formatBytes(item.sizeBytes, language)}</dd>
              <dt>{t('evidence.type')}</dt>
              <dd>
                <span dir="ltr">{item.mimeType}</span>
              </dd>
              <dt>{t('evidence.added')}</dt>
              <dd>
                <time dateTime={item.ingestedAt}>{formatDateTime(item.ingestedAt, language)}</time>
                {' · '}
                <bdi>{item.ingestedBy}</bdi>
              </dd>
              <dt>{t('evidence.fingerprint')}</dt>
              <dd>
                <Fingerprint sha256={item.sha256} />
              </dd>
            </dl>
            <ProvenanceForm key={item.id} item={item} onSaved={updated} />
            <CustodyHistory evidenceId={item.id} version={custodyVersion} />
            <div className="evidence-item__footer">
              <button type="button" className="button button--secondary" onClick={() => void exportCopy()}>
                {t('evidence.exportCopy')}
              </button>
              <button type="button" className="button button--danger-quiet" onClick={() => setRemoving(true)}>
                {t('evidence.remove')}
              </button>
            </div>
          </>
        )}
      </div>
      {removing && (
        <RemoveEvidenceDialog
          item={item}
          onClose={() => setRemoving(false)}
          onRemoved={(removed) => {
            setRemoving(false);
            onRemoved(removed);
          }}
        />
      )}
    </li>
  );
}
