import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { subjectAttribute } from '../../../assessments/shared/distinguishedName';
import { CopyButton } from '../components/CopyButton';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { groupFingerprint } from '../signing/fingerprint';
import { CheckList } from './CheckList';

type Signature = OperationOutput<'pdf.verify'>['signatures'][number];

const commonName = (subject: string) => subjectAttribute(subject, 'CN') || subject;

/** One signature or document timestamp: who, in what role, when (proven or only claimed), and its checks. */
export function SignatureDetails({ signature }: { signature: Signature }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const who = signature.signer?.subject ?? signature.timestampAuthority?.subject;
  const fingerprint = signature.signer?.fingerprint ?? signature.timestampAuthority?.fingerprint;
  return (
    <div className="stack verification__signature" data-testid="signature" data-role={signature.role}>
      <h3>
        {t('verify.signatureTitle', { number: signature.index + 1 })} · {t(`verify.role.${signature.role}`)}
      </h3>
      <dl className="details-list">
        <dt>{signature.kind === 'signature' ? t('verify.signer') : t('verify.tsa')}</dt>
        <dd data-testid="signer-name">{who ? <bdi>{commonName(who)}</bdi> : t('verify.unknownSigner')}</dd>
        {fingerprint && (
          <>
            <dt>{t('verify.fingerprint')}</dt>
            <dd className="identity-card__fingerprint">
              <code dir="ltr" data-testid="signer-fingerprint">
                {groupFingerprint(fingerprint)}
              </code>
              <CopyButton text={fingerprint} label={t('verify.copyFingerprint')} />
            </dd>
          </>
        )}
        <dt>{signature.provenTime ? t('verify.provenTime') : t('verify.signingTime')}</dt>
        <dd data-testid="signature-time">
          {signature.provenTime
            ? formatDateTime(signature.provenTime, language)
            : signature.signingTime
              ? formatDateTime(signature.signingTime, language)
              : t('common.notSet')}
        </dd>
        {signature.revision !== null && (
          <>
            <dt>{t('verify.revision')}</dt>
            <dd>{t('verify.revisionNumber', { number: signature.revision })}</dd>
          </>
        )}
        {signature.certification && (
          <>
            <dt>{t('verify.certification')}</dt>
            <dd data-testid="certification">
              {t(`verify.certificationPermissions.p${signature.certification.permissions}` as never, {
                defaultValue: `P=${signature.certification.permissions}`,
              })}
            </dd>
          </>
        )}
        {signature.conclusion?.reason && (
          <>
            <dt>{t('verify.conclusion')}</dt>
            <dd data-testid="conclusion">
              <bdi>{signature.conclusion.reason}</bdi>
            </dd>
          </>
        )}
        <dt>{t('verify.trust')}</dt>
        <dd>{signature.trusted ? t('verify.trusted') : t('verify.untrusted')}</dd>
      </dl>
      <CheckList checks={signature.checks} testId="signature-checks" />
    </div>
  );
}
