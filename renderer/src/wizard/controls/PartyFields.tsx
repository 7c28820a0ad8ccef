import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentifiedPartyFields } from './IdentifiedPartyFields';
import {
  EMPTY_PARTY,
  isUnidentifiedDraft,
  withOptional,
  type IdentifiedDraft,
  type PartyDraft,
} from './partyDraft';

interface PartyFieldsProps {
  position: number;
  party: PartyDraft;
  onChange: (party: PartyDraft) => void;
  onRemove?: (() => void) | undefined;
}

/**
 * One party: a named party with its details, or, with "Party not identified" ticked, a role
 * without a name (and an optional reason). Unticking brings back what was typed before ticking.
 */
export function PartyFields({ position, party, onChange, onRemove }: PartyFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [shelved, setShelved] = useState<IdentifiedDraft | null>(null);
  const notIdentified = isUnidentifiedDraft(party);

  const toggle = () => {
    if (isUnidentifiedDraft(party)) {
      onChange({ ...(shelved ?? EMPTY_PARTY), role: party.role });
    } else {
      setShelved(party);
      onChange({ notIdentified: true, role: party.role });
    }
  };

  return (
    <fieldset className="party">
      <legend className="party__legend">{t('wizard.entity.party', { position })}</legend>
      <label className="choice choice--inline">
        <input
          type="checkbox"
          checked={notIdentified}
          aria-describedby={`${id}-notIdentified-hint`}
          onChange={toggle}
        />
        <span className="choice__label">{t('wizard.entity.notIdentified')}</span>
      </label>
      <p id={`${id}-notIdentified-hint`} className="field__hint">
        {t('wizard.entity.notIdentifiedHint')}
      </p>
      {isUnidentifiedDraft(party) ? (
        <div className="party__grid">
          <div className="field">
            <label htmlFor={`${id}-role`} className="field__label">
              {t('wizard.entity.role')}
            </label>
            <input
              id={`${id}-role`}
              className="input"
              dir="auto"
              aria-required
              value={party.role}
              onChange={(event) => onChange({ ...party, role: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-reason`} className="field__label">
              {t('wizard.entity.reason')}
            </label>
            <input
              id={`${id}-reason`}
              className="input"
              dir="auto"
              value={party.reason ?? ''}
              onChange={(event) => onChange(withOptional(party, 'reason', event.target.value))}
            />
          </div>
        </div>
      ) : (
        <IdentifiedPartyFields party={party} onChange={onChange} />
      )}
      {onRemove && (
        <button type="button" className="link-button link-button--danger" onClick={onRemove}>
          {t('wizard.entity.removeParty', { position })}
        </button>
      )}
    </fieldset>
  );
}
