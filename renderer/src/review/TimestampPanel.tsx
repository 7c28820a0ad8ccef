import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { groupFingerprint } from '../signing/fingerprint';
import { derivedName } from './reviewFileNames';

type Outcome =
  | { kind: 'requested'; result: OperationOutput<'report.timestampRequest'> }
  | { kind: 'applied'; result: OperationOutput<'report.timestampApply'> }
  | { kind: 'failed'; step: 'request' | 'apply'; error: unknown };

/** Offline RFC 3161: a request file out, the authority's response back in, a timestamped copy. */
export function TimestampPanel({ reportPath }: { reportPath: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (step: 'request' | 'apply') => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      if (step === 'request') {
        const target = await client.invoke('dialogs.saveFile', {
          title: t('review.timestamp.requestSaveTitle'),
          defaultName: derivedName(reportPath, 'timestamp', 'tsq'),
        });
        if (target.canceled || !target.path) return;
        const result = await client.invoke('report.timestampRequest', {
          path: reportPath,
          outPath: target.path,
        });
        setOutcome({ kind: 'requested', result });
        return;
      }
      const response = await client.invoke('dialogs.pickFiles', {
        title: t('review.timestamp.responsePickTitle'),
        filters: [{ name: 'RFC 3161', extensions: ['tsr'] }],
      });
      const responsePath = response.paths[0];
      if (response.canceled || !responsePath) return;
      const target = await client.invoke('dialogs.saveFile', {
        title: t('review.timestamp.applySaveTitle'),
        defaultName: derivedName(reportPath, 'timestamped', 'pdf'),
      });
      if (target.canceled || !target.path) return;
      const result = await client.invoke('report.timestampApply', {
        path: reportPath,
        responsePath,
        outPath: target.path,
      });
      setOutcome({ kind: 'applied', result });
    } catch (error) {
      setOutcome({ kind: 'failed', step, error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel stack" aria-labelledby="review-timestamp-title" data-testid="timestamp-panel">
      <h2 id="review-timestamp-title">{t('review.timestamp.title')}</h2>
      <p className="muted">{t('review.timestamp.intro')}</p>
      <div className="form__actions form__actions--start">
        <button type="button" className="button button--secondary" onClick={() => void run('request')}>
          {t('review.timestamp.request')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void run('apply')}>
          {t('review.timestamp.apply')}
        </button>
      </div>
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
          <p className="notice notice--success">{t('review.timestamp.requested')}</p>
          <dl className="details-list">
            <dt>{t('review.result.path')}</dt>
            <dd>
              <bdi dir="ltr" data-testid="timestamp-request-path">
                {outcome.result.path}
              </bdi>
            </dd>
            <dt>{t('review.timestamp.imprint')}</dt>
            <dd>
              <code dir="ltr">{groupFingerprint(outcome.result.imprintSha256)}</code>
            </dd>
          </dl>
        </div>
      )}
      {outcome?.kind === 'applied' && (
        <div className="stack" data-testid="timestamp-apply-result">
          <p className="notice notice--success">{t('review.timestamp.applied')}</p>
          <dl className="details-list">
            <dt>{t('review.result.path')}</dt>
            <dd>
              <bdi dir="ltr">{outcome.result.path}</bdi>
            </dd>
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
