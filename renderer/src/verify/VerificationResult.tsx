import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { CheckList } from './CheckList';
import { ReportFacts } from './ReportFacts';
import { RevisionChanges } from './RevisionChanges';
import { SignatureDetails } from './SignatureDetails';
import { VerdictBanner } from './VerdictBanner';
import { verifyMessageText } from './verifyMessage';

type Verification = OperationOutput<'pdf.verify'>;

/**
 * One verified file: the verdict and what the report decides first, then each signer with role and
 * time, what changed after the first signature, and what was checked — all in the interface language.
 */
export function VerificationResult({
  verification,
  index,
  fileName: chosenName,
}: {
  verification: Verification;
  index: number;
  /** The name the person chose the file by; the core's own name for it may be a staged copy's. */
  fileName?: string;
}) {
  const { t } = useTranslation();
  const titleId = `verification-${index}`;
  const fileName = chosenName ?? verification.file?.split(/[\\/]/).pop() ?? t('verify.unnamed');
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
        <p className="alert alert--error" data-testid="verification-file-error">
          {verifyMessageText(t, verification.error)}
        </p>
      )}
      {verification.content.facts && <ReportFacts facts={verification.content.facts} />}
      {verification.signatures.map((signature) => (
        <SignatureDetails key={signature.index} signature={signature} />
      ))}
      <RevisionChanges revisions={verification.revisions} />
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
          <code>
            {JSON.stringify(chosenName ? { ...verification, file: chosenName } : verification, null, 2)}
          </code>
        </pre>
      </details>
    </section>
  );
}
