import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { en } from '../i18n/locales/en';

type KnownFeature = keyof typeof en.screening.features;

/** Asks the loaded messages, so English (a chunk of its own) is not pulled in for its keys. */
function isKnownFeature(instance: i18n, feature: string): feature is KnownFeature {
  return instance.exists(`screening.features.${feature}`);
}

interface FeatureListProps {
  features: readonly string[];
}

/** The matcher's reasons in words; a reason this version does not know is shown by its code. */
export function FeatureList({ features }: FeatureListProps) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="feature-list">
      {features.map((feature) => (
        <li key={feature} className="feature-list__item" data-feature={feature}>
          {isKnownFeature(i18n, feature) ? t(`screening.features.${feature}`) : <code>{feature}</code>}
        </li>
      ))}
    </ul>
  );
}
