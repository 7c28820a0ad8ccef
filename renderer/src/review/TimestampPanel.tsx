import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { FileChooser } from '../files/FileChooser';
import { FileDropZone } from '../files/FileDropZone';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { groupFingerprint } from '../signing/fingerprint';
import { SavedFileNotice } from '../signing/SavedFileNotice';
import { derivedName, type ChosenReport } from './reviewFileNames';

const DER_SEQUENCE = 0x30;

type Outcome =
  | { kind: 'requested'; result: OperationOutput<'report.timestampRequest'>; savedAs: string }
  | { kind: 'applied'; result: OperationOutput<'report.timestampApply'>; savedAs: string }
  | { kind: 'failed'; step: 'request' | 'apply'; error: unknown };

/** Offline RFC 3161: a request file out, the authority's response back in, a timestamped copy. */
export function TimestampPanel({ report }: { report: ChosenReport }) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [response, setResponse] = useState<File | null>(null);
  /** The file chosen as the response is plainly something else (its name, for the message). */
  const [notResponse, setNotResponse] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const chooseResponse = async (files: File[]) => {
    const [first] = files;
    if (!first || busy) return;
    // The saved request stays in view: its imprint is what the authority's answer must match.
    setOutcome((current) => (current?.kind === 'requested' ? current : null));
    // Every RFC 3161 response is a DER SEQUENCE. Anything else is refused here, before the person is
    // asked where to save a copy that cannot be made; the core checks the rest when it applies it.
    const [tag] = new Uint8Array(await first.slice(0, 1).arrayBuffer());
    if (tag !== DER_SEQUENCE) {
      setResponse(null);
      setNotResponse(first.name);
      return;
    }
    setNotResponse(null);
    setResponse(first);
  };

  const run = async (step: 'request' | 'apply') => {
    if (busy || (step === 'apply' && !response)) return;
    setBusy(true);
    setOutcome(null);
    try {
      if (step === 'request') {
        const saved = await client.files.saveAs(
          {
            title: t('review.timestamp.requestSaveTitle'),
            defaultName: derivedName(report.name, 'timestamp', 'tsq'),
          },
          (outPath) => client.invoke('report.timestampRequest', { path: report.path, outPath }),
        );
        if (saved) setOutcome({ kind: 'requested', ...saved });
        return;
      }
      if (!response) return;
      const [responsePath = ''] = await client.files.open([response]);
      const saved = await client.files.saveAs(
        {
          title: t('review.timestamp.applySaveTitle'),
          defaultName: derivedName(report.name, 'timestamped', 'pdf'),
        },
        (outPath) => client.invoke('report.timestampApply', { path: report.path, responsePath, outPath }),
      );
      if (saved) setOutcome({ kind: 'applied', ...saved });
    } catch (error) {
      setOutcome({ kind: 'failed', step, error });
    } finally {
      setBusy(false);
    }
  };

  const applyBlocked = response ? null : t('review.timestamp.applyNeedsResponse');
  return (
    <section className="panel stack" aria-labelledby="review-timestamp-title" data-testid="timestamp-panel">
      <h2 id="review-timestamp-title">{t('review.timestamp.title')}</h2>
      <p className="muted">{t('review.timestamp.intro')}</p>
      <div className="form__actions form__actions--start">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={busy || undefined}
          onClick={() => void run('request')}
        >
          {t('review.timestamp.request')}
        </button>
      </div>
      <FileDropZone
        dropLabel={t('review.timestamp.drop')}
        disabled={busy}
        multiple={false}
        onFiles={(files) => void chooseResponse(files)}
        className="stack timestamp-response"
        testId="timestamp-response-drop"
      >
        <div role="group" aria-labelledby={`${id}-response-label`}>
          <p className="field__label" id={`${id}-response-label`}>
            {t('review.timestamp.responseLabel')}
          </p>
          <p className="file-choice" data-testid="timestamp-response" aria-live="polite">
            {response ? (
              <bdi>{response.name}</bdi>
            ) : (
              <span className="muted">{t('review.timestamp.noResponse')}</span>
            )}
          </p>
          <div className="form__actions form__actions--start">
            <FileChooser
              label={t('review.timestamp.chooseResponse')}
              accept=".tsr,application/timestamp-reply"
              busy={busy}
              onFiles={(files) => void chooseResponse(files)}
              testId="timestamp-response-choose"
            />
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={busy || applyBlocked !== null || undefined}
              aria-describedby={applyBlocked ? `${id}-apply-reason` : undefined}
              onClick={() => void run('apply')}
            >
              {t('review.timestamp.apply')}
            </button>
          </div>
          {notResponse && (
            <p className="field__error" role="alert" data-testid="timestamp-not-response">
              {t('review.timestamp.notResponse', { name: `\u2068${notResponse}\u2069` })}
            </p>
          )}
          {applyBlocked && (
            <p id={`${id}-apply-reason`} className="field__hint">
              {applyBlocked}
            </p>
          )}
        </div>
      </FileDropZone>
      <p role="status" className={busy ? 'muted' : 'visually-hidden'}>
        {busy ? t('review.timestamp.busy') : ''}
      </p>
      {outcome?.kind === 'failed' && (
        <ErrorWithDetail
          error={outcome.error}
          summary={
            outcome.step === 'request'
              ? t('review.timestamp.requestFailed')
              : t('review.timestamp.applyFailed')
          }
        />
      )}
      {outcome?.kind === 'requested' && (
        <div className="stack" data-testid="timestamp-request-result">
          <p className="notice notice--success" role="status">
            {t('review.timestamp.requested')}
          </p>
          <SavedFileNotice savedAs={outcome.savedAs} testId="timestamp-request-saved" />
          <dl className="details-list">
            <dt>{t('review.timestamp.imprint')}</dt>
            <dd>
              <code dir="ltr">{groupFingerprint(outcome.result.imprintSha256)}</code>
            </dd>
          </dl>
        </div>
      )}
      {outcome?.kind === 'applied' && (
        <div className="stack" data-testid="timestamp-apply-result">
          <p className="notice notice--success" role="status">
            {t('review.timestamp.applied')}
          </p>
          <SavedFileNotice savedAs={outcome.savedAs} testId="timestamp-apply-saved" />
          <dl className="details-list">
            <dt>{t('review.timestamp.genTime')}</dt>
            <dd>{formatDateTime(outcome.result.genTime, language)}</dd>
            <dt>{t('review.timestamp.tsaName')}</dt>
            <dd>
              <bdi>{outcome.result.tsaName ?? t('review.timestamp.tsaUnnamed')}</bdi>
            </dd>
            <dt>{t('review.result.sha256')}</dt>
            <dd>
              <code dir="ltr">{groupFingerprint(outcome.result.sha256)}</code>
            </dd>
          </dl>
        </div>
      )}
    </section>
  );
}
