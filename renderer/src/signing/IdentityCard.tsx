import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { CopyButton } from '../components/CopyButton';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { formatDateTime } from '../format/dates';
import { useLanguage } from '../i18n/useLanguage';
import { groupFingerprint } from './fingerprint';
import { SavedFileNotice } from './SavedFileNotice';

type Identity = OperationOutput<'identity.list'>[number];

/** One signing identity: who it names, its fingerprint to read out, and its certificate to hand over. */
export function IdentityCard({ identity, now }: { identity: Identity; now: number }) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const [exported, setExported] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const expired = new Date(identity.notAfter).getTime() < now;

  const exportPem = async () => {
    if (busy) return;
    setFailure(null);
    setExported(null);
    setBusy(true);
    try {
      const saved = await client.files.saveAs(
        {
          title: t('signing.list.exportTitle'),
          defaultName: `${identity.commonName.replace(/[^\p{L}\p{N}._-]+/gu, '-')}-${identity.fingerprint.slice(0, 8)}.pem`,
        },
        (path) => client.invoke('identity.exportCertificate', { fingerprint: identity.fingerprint, path }),
      );
      if (saved) setExported(saved.savedAs);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="panel identity-card" data-testid="identity" data-fingerprint={identity.fingerprint}>
      <h3 className="identity-card__name">
        <bdi>{identity.commonName}</bdi>
      </h3>
      <dl className="details-list">
        <dt>{t('signing.list.organisation')}</dt>
        <dd>
          <bdi>{identity.organisation}</bdi>
        </dd>
        <dt>{t('signing.list.email')}</dt>
        <dd>
          <bdi dir="ltr">{identity.email}</bdi>
        </dd>
        <dt>{t('signing.list.fingerprint')}</dt>
        <dd className="identity-card__fingerprint">
          <code dir="ltr" data-testid="fingerprint">
            {groupFingerprint(identity.fingerprint)}
          </code>
          <CopyButton text={identity.fingerprint} label={t('signing.list.copyFingerprint')} />
        </dd>
        <dt>{t('signing.list.origin')}</dt>
        <dd>
          {t(`signing.list.origins.${identity.origin}`)}
          {identity.selfSigned && (
            <>
              {' · '}
              {t('signing.list.selfSigned')}
            </>
          )}
        </dd>
        <dt>{t('signing.list.validity')}</dt>
        <dd>
          {t('signing.list.validRange', {
            from: formatDateTime(identity.notBefore, language),
            to: formatDateTime(identity.notAfter, language),
          })}
          {expired && <strong className="identity-card__expired"> {t('signing.list.expired')}</strong>}
        </dd>
      </dl>
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={busy || undefined}
          onClick={() => void exportPem()}
        >
          {t('signing.list.exportCertificate')}
        </button>
      </div>
      <ErrorWithDetail error={failure} summary={t('signing.list.exportFailed')} />
      <div role="status" className={exported ? 'notice notice--success' : undefined}>
        {exported && <SavedFileNotice savedAs={exported} testId="certificate-saved" />}
      </div>
    </li>
  );
}
