import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../../assessments/questionnaire/answers';

interface PartyFieldsProps {
  position: number;
  party: Entity;
  onChange: (party: Entity) => void;
  onRemove?: (() => void) | undefined;
}

/** One party: name, role, aliases (one per line), address and typed identifiers. */
export function PartyFields({ position, party, onChange, onRemove }: PartyFieldsProps) {
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
    <fieldset className="party">
      <legend className="party__legend">{t('wizard.entity.party', { position })}</legend>
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
      </div>
      <fieldset className="party__identifiers">
        <legend className="field__label">{t('wizard.entity.identifiers')}</legend>
        {party.identifiers.map((identifier, index) => (
          <div key={index} className="identifier-row">
            <input
              className="input"
              dir="auto"
              aria-label={`${t('wizard.entity.identifierType')} ${index + 1}`}
              placeholder={t('wizard.entity.identifierType')}
              value={identifier.type}
              onChange={(event) =>
                onChange({
                  ...party,
                  identifiers: party.identifiers.map((item, i) =>
                    i === index ? { ...item, type: event.target.value } : item,
                  ),
                })
              }
            />
            <input
              className="input"
              dir="auto"
              aria-label={`${t('wizard.entity.identifierValue')} ${index + 1}`}
              placeholder={t('wizard.entity.identifierValue')}
              value={identifier.value}
              onChange={(event) =>
                onChange({
                  ...party,
                  identifiers: party.identifiers.map((item, i) =>
                    i === index ? { ...item, value: event.target.value } : item,
                  ),
                })
              }
            />
            <button
              type="button"
              className="link-button"
              onClick={() =>
                onChange({ ...party, identifiers: party.identifiers.filter((_, i) => i !== index) })
              }
            >
              {t('wizard.entity.removeIdentifier', { position: index + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="link-button"
          onClick={() => onChange({ ...party, identifiers: [...party.identifiers, { type: '', value: '' }] })}
        >
          {t('wizard.entity.addIdentifier')}
        </button>
      </fieldset>
      {onRemove && (
        <button type="button" className="link-button link-button--danger" onClick={onRemove}>
          {t('wizard.entity.removeParty', { position })}
        </button>
      )}
    </fieldset>
  );
}
