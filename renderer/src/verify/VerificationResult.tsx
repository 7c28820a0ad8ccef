import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { CopyButton } from '../components/CopyButton';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { groupFingerprint } from '../signing/fingerprint';
import { VerdictBanner } from './VerdictBanner';

type Verification = OperationOutput<'pdf.verify'>;
type Check = Verification['content']['checks'][number];

const commonName = (subject: string) => /(?:^|\n)CN=([^\n]*)/.exec(subject)?.[1] ?? subject;

function CheckList({ checks, testId }: { checks: readonly Check[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <ul className="check-list" data-testid={testId}>
      {checks.map((check, index) => (
        <li key={`${check.id}-${index}`} className={`check check--${check.status}`} data-check={check.id}>
          <span className="check__status">
            <span aria-hidden="true" className="check__icon" />
            {t(`verify.checkStatus.${check.status}`)}
          </span>{' '}
          <span lang="en" dir="ltr" className="check__message">
            {check.message}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One verified file: the verdict first, then who signed, when, and what was checked. */
export function VerificationResult({ verification, index }: { verification: Verification; index: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = `verification-${index}`;
  const fileName = verification.file?.split(/[\\/]/).pop() ?? t('verify.unnamed');
  return (
    <section
      className="panel verification"
      aria-labelledby={titleId}
      data-testid="verification"
      data-verdict={verification.verdict}
    >
      <h2 id={titleId} className="verification__file">
        <bdi dir="ltr">{fileName}</bdi>
      </h2>
      <VerdictBanner verdict={verification.verdict} />
      {verification.error && (
        <p className="alert alert--error">
          <bdi lang="en" dir="ltr">
            {verification.error}
          </bdi>
        </p>
      )}
      {verification.signatures.map((signature) => (
        <div key={signature.index} className="stack verification__signature">
          <h3>{t('verify.signatureTitle', { number: signature.index + 1 })}</h3>
          <dl className="details-list">
            <dt>{t('verify.signer')}</dt>
            <dd data-testid="signer-name">
              {signature.signer ? (
                <bdi>{commonName(signature.signer.subject)}</bdi>
              ) : (
                t('verify.unknownSigner')
              )}
            </dd>
            {signature.signer && (
              <>
                <dt>{t('verify.fingerprint')}</dt>
                <dd className="identity-card__fingerprint">
                  <code dir="ltr" data-testid="signer-fingerprint">
                    {groupFingerprint(signature.signer.fingerprint)}
                  </code>
                  <CopyButton text={signature.signer.fingerprint} label={t('verify.copyFingerprint')} />
                </dd>
              </>
            )}
            <dt>{t('verify.signingTime')}</dt>
            <dd>
              {signature.signingTime ? formatDateTime(signature.signingTime, language) : t('common.notSet')}
            </dd>
            <dt>{t('verify.trust')}</dt>
            <dd>{signature.trusted ? t('verify.trusted') : t('verify.untrusted')}</dd>
          </dl>
          <CheckList checks={signature.checks} testId="signature-checks" />
        </div>
      ))}
      <div className="stack">
        <h3>{t('verify.contentTitle')}</h3>
        {verification.content.assessmentId && (
          <p className="muted">
            {t('verify.assessment')} <code dir="ltr">{verification.content.assessmentId}</code>
          </p>
        )}
        {verification.content.checks.length === 0 ? (
          <p className="muted">{t('verify.noContentChecks')}</p>
        ) : (
          <CheckList checks={verification.content.checks} testId="content-checks" />
        )}
      </div>
      <div className="stack">
        <h3>{t('verify.summaryTitle')}</h3>
        <ul className="verification__summary" lang="en" dir="ltr" data-testid="verification-summary">
          {verification.summary.map((line, lineIndex) => (
            <li key={lineIndex}>{line}</li>
          ))}
        </ul>
      </div>
      <details className="verification__json">
        <summary>{t('verify.json')}</summary>
        <pre dir="ltr" tabIndex={0} aria-label={t('verify.json')}>
          <code>{JSON.stringify(verification, null, 2)}</code>
        </pre>
      </details>
    </section>
  );
}
