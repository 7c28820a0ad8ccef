import { useId, useState, type ReactNode } from 'react';
import { useLanguage } from '../i18n/useLanguage';

interface RiskDisclosureProps {
  title: string;
  /** Shown beside the title, so a closed part still says how much it holds. */
  count?: number;
  /** Open at first; the assessor may fold or unfold it. */
  initiallyOpen: boolean;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/**
 * A part of the risk panel that folds away, so the panel stays short beside the questionnaire: a
 * heading whose button shows or hides the part (the disclosure pattern), so parts inside that fold
 * themselves (a flag's explanation) stay independent of it.
 */
export function RiskDisclosure({
  title,
  count,
  initiallyOpen,
  className,
  testId,
  children,
}: RiskDisclosureProps) {
  const language = useLanguage();
  const id = useId();
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <div className={['risk-disclosure', className].filter(Boolean).join(' ')} data-testid={testId}>
      <h3 className="risk-disclosure__heading">
        <button
          type="button"
          className="risk-disclosure__toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((was) => !was)}
        >
          <span className="risk-disclosure__marker" aria-hidden="true" />
          {title}
          {count !== undefined && (
            <span className="risk-disclosure__count"> ({new Intl.NumberFormat(language).format(count)})</span>
          )}
        </button>
      </h3>
      <div id={id} className="risk-disclosure__body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
