import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface FingerprintProps {
  sha256: string;
}

/** The SHA-256 a regulator compares against; always left to right, and copyable in one action. */
export function Fingerprint({ sha256 }: FingerprintProps) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyToClipboard = async () => {
    try {
      await navigator.clipboard.writeText(sha256);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <div className="fingerprint">
      <code className="fingerprint__value" dir="ltr" data-testid="evidence-sha256">
        {sha256}
      </code>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => void copyToClipboard()}
      >
        {t('evidence.copy')}
      </button>
      <p className="fingerprint__status" role="status">
        {copy === 'copied' ? t('evidence.copied') : copy === 'failed' ? t('evidence.copyFailed') : ''}
      </p>
    </div>
  );
}
