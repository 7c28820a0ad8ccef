import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { formatDateTime } from '../format/dates';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { isolate } from '../format/isolate';
import { useLanguage } from '../i18n/useLanguage';
import type { CustodyEvent } from './evidenceTypes';

const METADATA_FIELDS = [
  'source',
  'acquiredAt',
  'acquiredHow',
  'acquiredBy',
  'reliability',
  'credibility',
  'restricted',
  'notes',
] as const;

function describeEvent(t: TFunction, event: CustodyEvent): string {
  const payload = event.payload;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  switch (event.action) {
    case 'evidence.ingested':
      return t('evidence.custody.actions.ingested');
    case 'evidence.verified':
      return t('evidence.custody.actions.verified');
    case 'evidence.removed':
      return t('evidence.custody.actions.removed');
    case 'evidence.linked':
      return t('evidence.custody.actions.linked', { question: text(payload.questionId) });
    case 'evidence.unlinked':
      return t('evidence.custody.actions.unlinked', { question: text(payload.questionId) });
    case 'evidence.exported':
      // A browser download is recorded by the name it was saved under; a desktop copy by its path.
      return typeof payload.downloadedAs === 'string'
        ? t('evidence.custody.actions.downloaded', { name: isolate(payload.downloadedAs) })
        : t('evidence.custody.actions.exported', { path: isolate(text(payload.path)) });
    case 'evidence.metadata_changed': {
      const changed = Object.keys((payload.changed as Record<string, unknown> | undefined) ?? {});
      const fields = METADATA_FIELDS.filter((field) => changed.includes(field)).map((field) =>
        field === 'restricted' ? t('evidence.restricted') : t(`evidence.metadata.${field}`),
      );
      return t('evidence.custody.actions.metadata_changed', { fields: fields.join(', ') });
    }
    default:
      return t('evidence.custody.actions.other', { action: event.action });
  }
}

interface CustodyHistoryProps {
  evidenceId: string;
  /** Changes whenever the item changed, so the history is read again. */
  version: number;
}

/** The append-only custody events of one item, oldest first, as the audit chain recorded them. */
export function CustodyHistory({ evidenceId, version }: CustodyHistoryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const query = useCoreQuery((client) => client.invoke('evidence.custody', { evidenceId }), [evidenceId]);
  // A new `version` is the same history grown longer: read it again with the events left on screen.
  const { reload } = query;
  const shownFor = useRef(version);
  useEffect(() => {
    if (shownFor.current === version) return;
    shownFor.current = version;
    reload();
  }, [version, reload]);
  const events = query.kind === 'loaded' ? query.data : null;

  return (
    <section className="custody" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('evidence.custody.heading')}</h4>
      {query.kind === 'failed' && <ErrorAlert message={errorText(t, query.error)} />}
      {query.kind === 'loading' && <p className="muted">{t('evidence.custody.loading')}</p>}
      {events !== null && (
        <ol className="custody__list" data-testid="custody-history">
          {events.map((event) => (
            <li key={event.seq} className="custody__event">
              <time dateTime={event.at} className="custody__when">
                {formatDateTime(event.at, language)}
              </time>
              <span className="custody__what">
                <bdi>{describeEvent(t, event)}</bdi>
              </span>
              <bdi className="custody__who">{event.actor}</bdi>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
