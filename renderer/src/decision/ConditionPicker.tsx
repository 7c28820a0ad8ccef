import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CATALOGUE_CATEGORIES,
  CONDITION_CATALOGUE,
  CONDITION_CATEGORIES,
  type CatalogueId,
  type ConditionCategory,
} from './conditionCatalogue';
import type { ExtraCondition } from './decisionDraft';

interface ConditionPickerProps {
  idPrefix: string;
  selected: ReadonlySet<CatalogueId>;
  extra: readonly ExtraCondition[];
  error: string | undefined;
  onToggle: (id: CatalogueId) => void;
  onExtraChange: (extra: readonly ExtraCondition[]) => void;
}

/** The catalogue of conditions by category, plus free-text conditions filed under a category. */
export function ConditionPicker({
  idPrefix,
  selected,
  extra,
  error,
  onToggle,
  onExtraChange,
}: ConditionPickerProps) {
  const { t } = useTranslation();
  const errorId = `${idPrefix}-error`;
  const firstEmpty = extra.findIndex((condition) => !condition.text.trim());
  const update = (key: number, change: Partial<ExtraCondition>) =>
    onExtraChange(
      extra.map((condition) => (condition.key === key ? { ...condition, ...change } : condition)),
    );
  // A new condition takes focus so it can be typed at once; after a removal focus goes to "add"
  // rather than being lost with the removed button.
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);
  const add = () => {
    const key = Math.max(0, ...extra.map((c) => c.key + 1));
    onExtraChange([...extra, { key, category: 'other' as ConditionCategory, text: '' }]);
    setFocusTarget({ id: `${idPrefix}-extra-${key}-text` });
  };
  return (
    <fieldset
      className="fieldset conditions"
      aria-describedby={error ? `${errorId} ${idPrefix}-hint` : `${idPrefix}-hint`}
      data-testid="decision-conditions"
    >
      <legend className="fieldset__legend">{t('decision.conditions.title')}</legend>
      <p id={`${idPrefix}-hint`} className="field__hint">
        {t('decision.conditions.hint')}
      </p>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <div className="conditions__groups">
        {CATALOGUE_CATEGORIES.map((category) => (
          <fieldset key={category} className="conditions__group" data-category={category}>
            <legend className="conditions__legend">{t(`decision.conditions.categories.${category}`)}</legend>
            {(CONDITION_CATALOGUE[category] as readonly CatalogueId[]).map((id) => (
              <label key={id} className="checkbox checkbox--block">
                <input type="checkbox" checked={selected.has(id)} onChange={() => onToggle(id)} />
                <span>{t(`decision.conditions.catalogue.${id}`)}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <fieldset className="conditions__group conditions__other">
        <legend className="conditions__legend">{t('decision.conditions.otherTitle')}</legend>
        {extra.map((condition, index) => {
          const number = index + 1;
          const base = `${idPrefix}-extra-${condition.key}`;
          const invalid = Boolean(error) && !condition.text.trim();
          return (
            <div key={condition.key} className="extra-condition" data-testid="extra-condition">
              <div className="field">
                <label className="field__label" htmlFor={`${base}-category`}>
                  {t('decision.conditions.categoryLabel', { number })}
                </label>
                <select
                  id={`${base}-category`}
                  className="select"
                  value={condition.category}
                  onChange={(event) =>
                    update(condition.key, { category: event.target.value as ConditionCategory })
                  }
                >
                  {CONDITION_CATEGORIES.map((category) => (
                    <option key={category} value={category}>
                      {t(`decision.conditions.categories.${category}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field extra-condition__text">
                <label className="field__label" htmlFor={`${base}-text`}>
                  {t('decision.conditions.textLabel', { number })}
                </label>
                <textarea
                  id={`${base}-text`}
                  data-focus-for={index === firstEmpty ? 'conditions' : undefined}
                  className="textarea textarea--short"
                  dir="auto"
                  value={condition.text}
                  aria-invalid={invalid ? true : undefined}
                  aria-describedby={invalid ? errorId : undefined}
                  onChange={(event) => update(condition.key, { text: event.target.value })}
                />
              </div>
              <button
                type="button"
                className="button button--secondary extra-condition__remove"
                onClick={() => {
                  onExtraChange(extra.filter((other) => other.key !== condition.key));
                  setFocusTarget({ id: `${idPrefix}-add` });
                }}
              >
                {t('decision.conditions.remove', { number })}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          id={`${idPrefix}-add`}
          className="button button--secondary"
          data-focus-for={firstEmpty === -1 ? 'conditions' : undefined}
          onClick={add}
        >
          {t('decision.conditions.add')}
        </button>
      </fieldset>
    </fieldset>
  );
}
