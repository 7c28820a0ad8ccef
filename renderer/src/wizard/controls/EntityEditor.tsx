import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../autosave/useAnswerQueue';
import type { AnswerControlProps } from './controlProps';
import { EMPTY_PARTY, partiesOf, type PartyDraft } from './partyDraft';
import { PartyFields } from './PartyFields';

/** The row focus goes to once the rows have re-rendered; with no rows left, "Add party". */
interface FocusRequest {
  row: number;
}

/** The field a person types into first: the name, or the role of a party not identified. */
const FIRST_FIELD = 'input:not([type="checkbox"]), select, textarea';

/**
 * Parties (end user, intermediaries, signatories) with their aliases and identifiers, or a role
 * whose party is not identified. A new party takes focus at its first field; removing one moves
 * focus to the party that took its place, else the one before, else "Add party".
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
  const groupRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusRequest = useRef<FocusRequest | null>(null);

  // Runs after every render; a request made by add or remove is carried out once the rows match.
  useEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    const rows = groupRef.current?.querySelectorAll<HTMLFieldSetElement>(':scope > .party') ?? [];
    const row = rows[Math.min(request.row, rows.length - 1)];
    (row?.querySelector<HTMLElement>(FIRST_FIELD) ?? addRef.current)?.focus();
  });

  const emit = (next: PartyDraft[]) => {
    if (question.multiple) onChange(next as unknown as AnswerValue);
    else onChange(next[0] ? (next[0] as unknown as AnswerValue) : undefined);
  };

  return (
    <div
      ref={groupRef}
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
                  // The next party now sits at this position; the last one's place falls back a row.
                  focusRequest.current = { row: index };
                }
              : undefined
          }
        />
      ))}
      {question.multiple && (
        <button
          ref={addRef}
          type="button"
          className="button button--secondary"
          onClick={() => {
            setKeyList([...keys, Math.max(0, ...keys) + 1]);
            emit([...shown, EMPTY_PARTY]);
            focusRequest.current = { row: shown.length };
          }}
        >
          {t('wizard.entity.addParty')}
        </button>
      )}
    </div>
  );
}
