import { useTranslation } from 'react-i18next';
import { IDENTIFIER_TYPES } from '../../../../assessments/questionnaire/answers';
import type { IdentifierDraft } from './partyDraft';

interface IdentifierListProps {
  identifiers: IdentifierDraft[];
  onChange: (identifiers: IdentifierDraft[]) => void;
}

/**
 * Typed identifiers (passport, registration number, IMO number…). A type written as free text by an
 * earlier version is kept and offered as it was written, so opening an old answer changes nothing.
 */
export function IdentifierList({ identifiers, onChange }: IdentifierListProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<IdentifierDraft>) =>
    onChange(identifiers.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="party__identifiers">
      <legend className="field__label">{t('wizard.entity.identifiers')}</legend>
      {identifiers.map((identifier, index) => {
        const legacy =
          identifier.type !== '' && !(IDENTIFIER_TYPES as readonly string[]).includes(identifier.type);
        return (
          <div key={index} className="identifier-row">
            <select
              className="select"
              aria-label={`${t('wizard.entity.identifierType')} ${index + 1}`}
              value={identifier.type}
              onChange={(event) => update(index, { type: event.target.value })}
            >
              <option value="" disabled>
                {t('wizard.entity.identifierTypeChoose')}
              </option>
              {IDENTIFIER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`wizard.entity.identifierTypes.${type}`)}
                </option>
              ))}
              {legacy && <option value={identifier.type}>{identifier.type}</option>}
            </select>
            <input
              className="input"
              dir="auto"
              aria-label={`${t('wizard.entity.identifierValue')} ${index + 1}`}
              placeholder={t('wizard.entity.identifierValue')}
              value={identifier.value}
              onChange={(event) => update(index, { value: event.target.value })}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => onChange(identifiers.filter((_, i) => i !== index))}
            >
              {t('wizard.entity.removeIdentifier', { position: index + 1 })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="link-button"
        onClick={() => onChange([...identifiers, { type: '', value: '' }])}
      >
        {t('wizard.entity.addIdentifier')}
      </button>
    </fieldset>
  );
}
