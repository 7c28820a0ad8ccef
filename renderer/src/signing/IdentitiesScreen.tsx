import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { CreateIdentityForm } from './CreateIdentityForm';
import { IdentityCard } from './IdentityCard';
import { ImportIdentityForm } from './ImportIdentityForm';

type Identity = OperationOutput<'identity.list'>[number];

interface IdentitiesScreenProps {
  onBack: () => void;
}

/** The signing identities of this workspace: list, create a self-signed one, import a PKCS#12. */
export function IdentitiesScreen({ onBack }: IdentitiesScreenProps) {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const identities = useCoreQuery((client) => client.invoke('identity.list', {}), []);
  const [notice, setNotice] = useState<string | null>(null);

  const [now] = useState(() => Date.now());

  const added = (identity: Identity, key: 'created' | 'imported') => {
    setNotice(t(`signing.${key}Notice`, { name: identity.commonName }));
    identities.reload();
  };

  return (
    <div className="stack identities-screen">
      <nav className="breadcrumb">
        <button type="button" className="link-button" onClick={onBack}>
          <span aria-hidden="true" className="back-arrow" />
          {t('signing.back')}
        </button>
      </nav>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('signing.title')}
      </h1>
      <p className="muted">{t('signing.intro')}</p>
      {notice && (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      )}
      <section className="stack" aria-labelledby="identities-list-title">
        <h2 id="identities-list-title">{t('signing.list.title')}</h2>
        {identities.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
        {identities.kind === 'failed' && <ErrorWithDetail error={identities.error} />}
        {identities.kind === 'loaded' && identities.data.length === 0 && (
          <p className="muted" data-testid="no-identities">
            {t('signing.list.empty')}
          </p>
        )}
        {identities.kind === 'loaded' && identities.data.length > 0 && (
          <ul className="identity-list">
            {identities.data.map((identity) => (
              <IdentityCard key={identity.fingerprint} identity={identity} now={now} />
            ))}
          </ul>
        )}
      </section>
      <div className="identities-screen__forms">
        <section className="panel" aria-labelledby="identity-create-title">
          <h2 id="identity-create-title">{t('signing.create.title')}</h2>
          <p className="muted">{t('signing.create.intro')}</p>
          <CreateIdentityForm onCreated={(identity) => added(identity, 'created')} />
        </section>
        <section className="panel" aria-labelledby="identity-import-title">
          <h2 id="identity-import-title">{t('signing.import.title')}</h2>
          <p className="muted">{t('signing.import.intro')}</p>
          <ImportIdentityForm onImported={(identity) => added(identity, 'imported')} />
        </section>
      </div>
    </div>
  );
}
