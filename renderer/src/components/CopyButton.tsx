import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyButtonProps {
  text: string;
  /** What is copied, for the button's accessible name ("Copy fingerprint"). */
  label: string;
}

/** Copies a value to the clipboard and says so in a live region. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" className="button button--small button--secondary" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy__status">
        {state === 'copied' && t('signing.copied')}
        {state === 'failed' && t('signing.copyFailed')}
      </span>
    </span>
  );
}
