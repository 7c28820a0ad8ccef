import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';

type Verdict = OperationOutput<'pdf.verify'>['verdict'];

/** Colour, icon and words together, so the verdict does not rest on colour alone. */
const ICON: Record<Verdict, string> = {
  valid: '✓',
  'valid-untrusted': '!',
  indeterminate: '?',
  'not-verified': '…',
  'modified-after-signing': '⚠',
  invalid: '✕',
  'not-signed': '–',
};

export function VerdictBanner({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return (
    <div className={`verdict verdict--${verdict}`} data-testid="verdict">
      <span className="verdict__icon" aria-hidden="true">
        {ICON[verdict]}
      </span>
      <div>
        <p className="verdict__title">{t(`verify.verdicts.${verdict}.title`)}</p>
        <p className="verdict__body">{t(`verify.verdicts.${verdict}.body`)}</p>
      </div>
    </div>
  );
}
