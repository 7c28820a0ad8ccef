import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortSha } from './datasetKinds';

interface ShaDigestProps {
  sha256: string;
  fileName: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The first hex digits to recognise a file by, and a button to copy all 64 for comparison. */
export function ShaDigest({ sha256, fileName }: ShaDigestProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sha256);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="sha">
      <code className="sha__value" title={sha256} dir="ltr">
        {shortSha(sha256)}…
      </code>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={t('referenceData.sha.copyFor', { file: fileName })}
        onClick={() => void copy()}
      >
        {t('referenceData.sha.copy')}
      </button>
      <span className="sha__state" role="status">
        {state === 'copied' && t('referenceData.sha.copied')}
        {state === 'failed' && (
          <span className="sha__full">{t('referenceData.sha.copyFailed', { sha: sha256 })}</span>
        )}
      </span>
    </span>
  );
}
