import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Attributes that tie a control to its label, hint and error; spread them onto the control. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

export interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  /** Announce the error as soon as it appears (for errors that arrive after a round trip). */
  announceError?: boolean;
  /** Ids of further descriptions rendered elsewhere (e.g. a strength meter). */
  describedBy?: readonly string[];
  children: (control: ControlProps) => ReactNode;
}

export function Field({
  id,
  label,
  hint,
  error,
  required,
  announceError,
  describedBy = [],
  children,
}: FieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const descriptions = [errorId, hintId, ...describedBy].filter((value): value is string => Boolean(value));
  return (
    <div className="field">
      <div className="field__label-row">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        {required && (
          // Outside the label and hidden: aria-required already says it, without changing the name.
          <span className="field__required" aria-hidden="true">
            {t('form.required')}
          </span>
        )}
      </div>
      {hint && (
        <p id={hintId ?? undefined} className="field__hint">
          {hint}
        </p>
      )}
      {children({
        id,
        ...(descriptions.length > 0 ? { 'aria-describedby': descriptions.join(' ') } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
        ...(required ? { 'aria-required': true } : {}),
      })}
      {error && (
        <p id={errorId ?? undefined} className="field__error" role={announceError ? 'alert' : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
