import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../../assessments/questionnaire/answers';
import type { AnswerValue } from '../../autosave/useAnswerQueue';
import type { AnswerControlProps } from './controlProps';
import { PartyFields } from './PartyFields';

const EMPTY_PARTY: Entity = { name: '', aliases: [], address: '', identifiers: [], role: '' };

/** Parties (end-user, intermediaries, signatories) with their aliases and identifiers. */
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

  const emit = (next: Entity[]) => {
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

/** The parties in a stored or drafted value, whatever its shape (one party or a list). */
function partiesOf(value: AnswerValue | undefined): Entity[] {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
  return list
    .filter(
      (item): item is Record<string, AnswerValue> =>
        !!item && typeof item === 'object' && !Array.isArray(item),
    )
    .map((item) => ({
      name: typeof item.name === 'string' ? item.name : '',
      role: typeof item.role === 'string' ? item.role : '',
      address: typeof item.address === 'string' ? item.address : '',
      aliases: Array.isArray(item.aliases)
        ? item.aliases.filter((a): a is string => typeof a === 'string')
        : [],
      identifiers: Array.isArray(item.identifiers)
        ? item.identifiers
            .filter(
              (i): i is Record<string, AnswerValue> => !!i && typeof i === 'object' && !Array.isArray(i),
            )
            .map((i) => ({
              type: typeof i.type === 'string' ? i.type : '',
              value: typeof i.value === 'string' ? i.value : '',
            }))
        : [],
    }));
}
