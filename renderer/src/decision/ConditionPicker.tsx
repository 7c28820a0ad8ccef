import { useEffect, useState } from 'react';
import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CATALOGUE_CATEGORIES,
  CONDITION_CATALOGUE,
  CONDITION_CATEGORIES,
  type CatalogueId,
} from './conditionCatalogue';
import type { DecisionValues } from './decisionDraft';

/** The catalogue of conditions by category, plus free-text conditions filed under a category. */
export function ConditionPicker({ idPrefix }: { idPrefix: string }) {
  const { t } = useTranslation();
  const { control, register } = useFormContext<DecisionValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'extra' });
  const { errors } = useFormState({ control, name: 'extra' });
  const errorId = `${idPrefix}-error`;
  const invalidAt = (index: number) => Boolean(errors.extra?.[index]?.text);
  const error = fields.some((_, index) => invalidAt(index)) ? t('decision.errors.conditionEmpty') : null;
  // After a removal focus goes to "add" rather than being lost with the removed button.
  const [focusAdd, setFocusAdd] = useState(0);
  useEffect(() => {
    if (focusAdd > 0) document.getElementById(`${idPrefix}-add`)?.focus();
  }, [focusAdd, idPrefix]);
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
                <input type="checkbox" value={id} {...register('conditions')} />
                <span>{t(`decision.conditions.catalogue.${id}`)}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <fieldset className="conditions__group conditions__other">
        <legend className="conditions__legend">{t('decision.conditions.otherTitle')}</legend>
        {fields.map((field, index) => {
          const number = index + 1;
          const base = `${idPrefix}-extra-${field.id}`;
          const invalid = invalidAt(index);
          return (
            <div key={field.id} className="extra-condition" data-testid="extra-condition">
              <div className="field">
                <label className="field__label" htmlFor={`${base}-category`}>
                  {t('decision.conditions.categoryLabel', { number })}
                </label>
                <select id={`${base}-category`} className="select" {...register(`extra.${index}.category`)}>
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
                  className="textarea textarea--short"
                  dir="auto"
                  aria-invalid={invalid ? true : undefined}
                  aria-describedby={invalid ? errorId : undefined}
                  {...register(`extra.${index}.text`)}
                />
              </div>
              <button
                type="button"
                className="button button--secondary extra-condition__remove"
                onClick={() => {
                  remove(index);
                  setFocusAdd((n) => n + 1);
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
          // A new condition takes focus so it can be typed at once.
          onClick={() =>
            append({ category: 'other', text: '' }, { focusName: `extra.${fields.length}.text` })
          }
        >
          {t('decision.conditions.add')}
        </button>
      </fieldset>
    </fieldset>
  );
}
