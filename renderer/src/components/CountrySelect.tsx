import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../format/countries';
import { useLanguage } from '../i18n/useLanguage';
import type { ControlProps } from './Field';

interface CountrySelectProps extends ControlProps {
  /** When the name comes from elsewhere than a <label>, e.g. a question's text. */
  'aria-labelledby'?: string;
  value: string;
  onChange: (code: string) => void;
}

/** A native select keeps type-to-find and screen-reader support without a custom combobox. */
export function CountrySelect({ value, onChange, ...control }: CountrySelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const options = useMemo(() => countryOptions(language), [language]);
  return (
    <select {...control} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('newAssessment.destinationNotSet')}</option>
      {options.map(({ code, name }) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </select>
  );
}
