import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { CopyButton } from '../components/CopyButton';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { groupFingerprint } from './fingerprint';
import { SavedFileNotice } from './SavedFileNotice';

interface ExportReportResultProps {
  result: OperationOutput<'report.export'>;
  /** The save dialog's path (desktop) or the downloaded file's name (browser). */
  savedAs: string;
  identity: OperationOutput<'identity.list'>[number];
}

/** What was written and how the regulator checks it. */
export function ExportReportResult({ result, savedAs, identity }: ExportReportResultProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="stack" data-testid="export-result">
      <p className="notice notice--success" role="status">
        {t('reportExport.done')}
      </p>
      <SavedFileNotice savedAs={savedAs} testId="export-saved" />
      <dl className="details-list">
        <dt>{t('reportExport.result.sha256')}</dt>
        <dd className="identity-card__fingerprint">
          <code dir="ltr" data-testid="export-sha256">
            {groupFingerprint(result.sha256)}
          </code>
          <CopyButton text={result.sha256} label={t('reportExport.result.copySha')} />
        </dd>
        <dt>{t('reportExport.result.pages')}</dt>
        <dd>{new Intl.NumberFormat(language).format(result.pageCount)}</dd>
        <dt>{t('reportExport.result.signedAt')}</dt>
        <dd>{formatDateTime(result.signedAt, language)}</dd>
        <dt>{t('reportExport.result.signer')}</dt>
        <dd>
          <bdi>{identity.commonName}</bdi>
        </dd>
      </dl>
      <div className="notice notice--info">
        <p className="notice__title">{t('reportExport.hint.title')}</p>
        <p className="notice__body">{t('reportExport.hint.body')}</p>
        <pre className="command" dir="ltr">
          <code>assay verify --trust certificate.pem {savedAs.split(/[\\/]/).pop()}</code>
        </pre>
        <p className="notice__body">
          {t('reportExport.hint.fingerprint')}{' '}
          <code dir="ltr" data-testid="export-signer-fingerprint">
            {groupFingerprint(identity.fingerprint)}
          </code>
        </p>
      </div>
    </div>
  );
}
