import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../autosave/useAnswerQueue';
import type { AnswerControlProps } from './controlProps';
import { EMPTY_PARTY, partiesOf, type PartyDraft } from './partyDraft';
import { PartyFields } from './PartyFields';

/**
 * Parties (end user, intermediaries, signatories) with their aliases and identifiers, or a role
 * whose party is not identified.
 */
export function EntityEditor({
  question,
  value,
  onChange,
  labelledBy,
  describedBy,
  invalid,
}: AnswerControlProps) {
  const { t } = useTranslation();
  const parties = partiesOf(value);
  const shown = parties.length > 0 ? parties : [EMPTY_PARTY];
  // Stable keys, so a party's own editing state follows it when an earlier party is removed.
  const [keyList, setKeyList] = useState<number[]>([]);
  const keys = shown.map((_, index) => keyList[index] ?? -(index + 1));

  const emit = (next: PartyDraft[]) => {
    if (question.multiple) onChange(next as unknown as AnswerValue);
    else onChange(next[0] ? (next[0] as unknown as AnswerValue) : undefined);
  };

  return (
    <div
      role="group"
      className="entity-editor"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      {shown.map((party, index) => (
        <PartyFields
          key={keys[index]}
          position={index + 1}
          party={party}
          onChange={(next) => emit(shown.map((p, i) => (i === index ? next : p)))}
          onRemove={
            question.multiple && shown.length > 1
              ? () => {
                  setKeyList(keys.filter((_, i) => i !== index));
                  emit(shown.filter((_, i) => i !== index));
                }
              : undefined
          }
        />
      ))}
      {question.multiple && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setKeyList([...keys, Math.max(0, ...keys) + 1]);
            emit([...shown, EMPTY_PARTY]);
          }}
        >
          {t('wizard.entity.addParty')}
        </button>
      )}
    </div>
  );
}
