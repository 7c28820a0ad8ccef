import { useId, useMemo, useRef } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { contract } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { Modal } from '../components/Modal';
import { applyCoreProblems } from '../forms/applyCoreProblems';
import { FormError } from '../forms/FormError';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';
import { shortSha } from '../reference/datasetKinds';
import { evidenceTypeLabel } from './evidenceTypeLabel';
import type { EvidenceItem } from './evidenceTypes';

/** The items chosen to support the question; `search` only filters what is shown and is never sent. */
const linkChoiceSchema = z.object({
  search: z.string(),
  evidenceIds: z.array(contract['evidence.link'].input.shape.evidenceId),
});

interface LinkEvidenceDialogProps {
  assessmentId: string;
  questionId: string;
  /** Every evidence item of the assessment. */
  items: readonly EvidenceItem[];
  onClose: () => void;
  /** After the links were saved, with how many of them changed. */
  onLinked: (changed: number) => void;
}

/** Chooses, from the evidence already in the vault, the items that support one question. */
export function LinkEvidenceDialog({
  assessmentId,
  questionId,
  items,
  onClose,
  onLinked,
}: LinkEvidenceDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const searchRef = useRef<HTMLInputElement | null>(null);
  const form = useZodForm(linkChoiceSchema, {
    defaultValues: {
      search: '',
      evidenceIds: items.filter((item) => item.questionIds.includes(questionId)).map((item) => item.id),
    },
  });
  // One controlled list rather than a registered checkbox group: items the search hides stay chosen.
  const { field: choice } = useController({ control: form.control, name: 'evidenceIds' });
  const search = useWatch({ control: form.control, name: 'search' });
  const searchField = form.register('search');
  const { isSubmitting } = form.formState;
  const chosen = useMemo(() => new Set(choice.value), [choice.value]);

  const shown = useMemo(() => {
    const wanted = search.trim().toLocaleLowerCase();
    return wanted ? items.filter((item) => item.originalName.toLocaleLowerCase().includes(wanted)) : items;
  }, [items, search]);

  const toggle = (id: string, on: boolean) =>
    choice.onChange(on ? [...choice.value, id] : choice.value.filter((chosenId) => chosenId !== id));

  const save = submitOnce(form, async ({ evidenceIds }) => {
    const linked = new Set(evidenceIds);
    const changes = items
      .filter((item) => linked.has(item.id) !== item.questionIds.includes(questionId))
      .map((item) => ({ evidenceId: item.id, questionId, linked: linked.has(item.id) }));
    if (changes.length === 0) {
      onClose();
      return;
    }
    try {
      await client.invoke('evidence.linkMany', { assessmentId, changes });
      onLinked(changes.length);
    } catch (error) {
      applyCoreProblems(form, error, t);
    }
  });

  return (
    <Modal
      title={t('evidence.question.linkTitle', { question: questionId })}
      onClose={onClose}
      initialFocusRef={searchRef}
    >
      <form className="form link-evidence" noValidate onSubmit={save}>
        <FormError control={form.control} />
        {items.length === 0 ? (
          <p className="empty-state">{t('evidence.question.noItems')}</p>
        ) : (
          <>
            <div className="field">
              <label htmlFor={`${baseId}-search`} className="field__label">
                {t('evidence.question.search')}
              </label>
              <input
                id={`${baseId}-search`}
                type="search"
                className="input"
                dir="auto"
                autoComplete="off"
                {...searchField}
                ref={(element) => {
                  searchField.ref(element);
                  searchRef.current = element;
                }}
              />
            </div>
            <fieldset className="link-evidence__choices">
              <legend className="field__label">
                {t('evidence.question.itemsLegend', { question: questionId })}
              </legend>
              {shown.length === 0 ? (
                <p className="muted" role="status">
                  {t('evidence.question.noMatch')}
                </p>
              ) : (
                <ul className="plain-list link-evidence__list" data-testid="link-evidence-list">
                  {shown.map((item) => (
                    <li key={item.id}>
                      <label className="checkbox link-evidence__option">
                        <input
                          type="checkbox"
                          checked={chosen.has(item.id)}
                          onChange={(event) => toggle(item.id, event.target.checked)}
                        />
                        <span>
                          <bdi className="link-evidence__name">{item.originalName}</bdi>
                          <span className="muted link-evidence__meta">
                            {' · '}
                            <span dir="ltr">{evidenceTypeLabel(t, item.mimeType)}</span>
                            {' · '}
                            <code dir="ltr">{shortSha(item.sha256)}</code>
                          </span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </fieldset>
          </>
        )}
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {items.length > 0 && (
            <button
              type="submit"
              className="button button--primary"
              aria-disabled={isSubmitting || undefined}
            >
              {isSubmitting ? t('evidence.question.saving') : t('evidence.question.save')}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
