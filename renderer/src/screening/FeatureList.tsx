import { useTranslation } from 'react-i18next';
import { en } from '../i18n/locales/en';

type KnownFeature = keyof typeof en.screening.features;

function isKnownFeature(feature: string): feature is KnownFeature {
  return Object.hasOwn(en.screening.features, feature);
}

interface FeatureListProps {
  features: readonly string[];
}

/** The matcher's reasons in words; a reason this version does not know is shown by its code. */
export function FeatureList({ features }: FeatureListProps) {
  const { t } = useTranslation();
  return (
    <ul className="feature-list">
      {features.map((feature) => (
        <li key={feature} className="feature-list__item" data-feature={feature}>
          {isKnownFeature(feature) ? t(`screening.features.${feature}`) : <code>{feature}</code>}
        </li>
      ))}
    </ul>
  );
}
