import { useTranslation } from 'react-i18next';
import type { ImportFailure } from './importFailure';

interface ImportFailureDetailsProps {
  failure: ImportFailure;
}

/** The importer's finding, laid out so the user can go to the exact place in the file. */
export function ImportFailureDetails({ failure }: ImportFailureDetailsProps) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error import-failure" role="alert" data-testid="import-failure">
      <p className="import-failure__title">
        {failure.kind === 'unreadable'
          ? t('referenceData.import.notReadable')
          : t('referenceData.import.failedTitle')}
      </p>
      <dl className="import-failure__where">
        <dt>{t('referenceData.import.file')}</dt>
        <dd>
          <bdi className="mono">{failure.file}</bdi>
        </dd>
        {failure.line !== undefined && (
          <>
            <dt>{t('referenceData.import.line')}</dt>
            <dd data-testid="import-failure-line">{failure.line}</dd>
          </>
        )}
        {failure.record !== undefined && (
          <>
            <dt>{t('referenceData.import.record')}</dt>
            <dd>
              <bdi>{failure.record}</bdi>
            </dd>
          </>
        )}
        {failure.field !== undefined && (
          <>
            <dt>{t('referenceData.import.field')}</dt>
            <dd>
              <bdi className="mono">{failure.field}</bdi>
            </dd>
          </>
        )}
        {failure.problem && (
          <>
            <dt>{t('referenceData.import.problem')}</dt>
            {/* The importer words its findings in English; marked so screen readers pronounce it so. */}
            <dd lang="en" dir="ltr" className="import-failure__problem">
              {failure.problem}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
