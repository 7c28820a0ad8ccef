import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { CheckList } from './CheckList';
import { verifyMessageText } from './verifyMessage';

type Revisions = OperationOutput<'pdf.verify'>['revisions'];

/** The file as revisions, and each change made after the first signature with whether it is allowed. */
export function RevisionChanges({ revisions }: { revisions: Revisions }) {
  const { t } = useTranslation();
  if (revisions.count === 0) return null;
  return (
    <div className="stack">
      <h3>{t('verify.revisionsTitle')}</h3>
      <p className="muted" data-testid="revision-summary">
        {revisions.signedRevision === null
          ? t('verify.revisionCount', { total: revisions.count })
          : t('verify.revisionSigned', { total: revisions.count, signed: revisions.signedRevision })}
      </p>
      {revisions.checks.length > 0 && <CheckList checks={revisions.checks} testId="revision-checks" />}
      {revisions.changes.length > 0 && (
        <ul className="change-list" data-testid="revision-changes">
          {revisions.changes.map((change, index) => (
            <li key={index} className={`check change--${change.verdict}`} data-kind={change.kind}>
              <span className="check__status">{t(`verify.changeVerdict.${change.verdict}`)}</span>{' '}
              <span className="check__message">{verifyMessageText(t, change)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
