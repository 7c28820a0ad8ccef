import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../format/isolate';

interface IntermediariesFieldProps {
  names: readonly string[];
  /** The name being typed; the form adds it on submit too, so nothing typed is lost. */
  draft: string;
  /** One call per change, with both parts, so no update overwrites the other. */
  onChange: (names: string[], draft: string) => void;
}

/** A short list of names: type one, press Enter or "Add"; each added name has its own remove button. */
export function IntermediariesField({ names, draft, onChange }: IntermediariesFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  const add = () => {
    const name = draft.trim();
    if (!name) return;
    onChange(names.includes(name) ? [...names] : [...names, name], '');
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the name instead of submitting the whole form.
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  return (
    <fieldset className="fieldset">
      <legend className="field__label">{t('newAssessment.intermediariesLabel')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('newAssessment.intermediariesHint')}
      </p>
      {names.length > 0 && (
        <ul className="chip-list">
          {names.map((name) => (
            <li key={name} className="chip">
              <bdi>{name}</bdi>
              <button
                type="button"
                className="chip__remove"
                aria-label={t('newAssessment.removeIntermediary', { name: isolate(name) })}
                onClick={() => {
                  onChange(
                    names.filter((candidate) => candidate !== name),
                    draft,
                  );
                  inputRef.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-add">
        <label htmlFor={`${id}-name`} className="visually-hidden">
          {t('newAssessment.intermediaryName')}
        </label>
        <input
          ref={inputRef}
          id={`${id}-name`}
          className="input"
          type="text"
          dir="auto"
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          placeholder={t('newAssessment.intermediaryName')}
          value={draft}
          onChange={(event) => onChange([...names], event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button button--secondary" onClick={add}>
          {t('newAssessment.addIntermediary')}
        </button>
      </div>
    </fieldset>
  );
}
