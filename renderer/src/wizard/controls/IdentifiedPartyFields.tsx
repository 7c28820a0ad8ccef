import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../components/CountrySelect';
import { IdentifierList } from './IdentifierList';
import { withOptional, type IdentifiedDraft } from './partyDraft';

interface IdentifiedPartyFieldsProps {
  party: IdentifiedDraft;
  onChange: (party: IdentifiedDraft) => void;
}

/** A named party: name, role, aliases (one per line), address, birth date, nationality, identifiers. */
export function IdentifiedPartyFields({ party, onChange }: IdentifiedPartyFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  // The raw lines, so an empty line being typed survives until it holds a name.
  const [aliasText, setAliasText] = useState(() => party.aliases.join('\n'));
  const field = (name: 'name' | 'role' | 'address', label: string, required = false) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`} className="field__label">
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        className="input"
        dir="auto"
        aria-required={required || undefined}
        value={party[name]}
        onChange={(event) => onChange({ ...party, [name]: event.target.value })}
      />
    </div>
  );
  return (
    <>
      <div className="party__grid">
        {field('name', t('wizard.entity.name'), true)}
        {field('role', t('wizard.entity.role'))}
        <div className="field">
          <label htmlFor={`${id}-aliases`} className="field__label">
            {t('wizard.entity.aliases')}
          </label>
          <p id={`${id}-aliases-hint`} className="field__hint">
            {t('wizard.entity.aliasesHint')}
          </p>
          <textarea
            id={`${id}-aliases`}
            className="textarea"
            dir="auto"
            rows={2}
            aria-describedby={`${id}-aliases-hint`}
            value={aliasText}
            onChange={(event) => {
              setAliasText(event.target.value);
              const aliases = event.target.value
                .split('\n')
                .map((line) => line.trim())
                .filter((line) => line !== '');
              onChange({ ...party, aliases });
            }}
          />
        </div>
        {field('address', t('wizard.entity.address'))}
        <div className="field">
          <label htmlFor={`${id}-birthDate`} className="field__label">
            {t('wizard.entity.birthDate')}
          </label>
          <p id={`${id}-birthDate-hint`} className="field__hint">
            {t('wizard.entity.birthDateHint')}
          </p>
          <input
            id={`${id}-birthDate`}
            className="input"
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            aria-describedby={`${id}-birthDate-hint`}
            value={party.birthDate ?? ''}
            onChange={(event) => onChange(withOptional(party, 'birthDate', event.target.value.trim()))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-nationality`} className="field__label">
            {t('wizard.entity.nationality')}
          </label>
          <CountrySelect
            id={`${id}-nationality`}
            value={party.nationality ?? ''}
            onChange={(code) => onChange(withOptional(party, 'nationality', code))}
          />
        </div>
      </div>
      <IdentifierList
        identifiers={party.identifiers}
        onChange={(identifiers) => onChange({ ...party, identifiers })}
      />
    </>
  );
}
