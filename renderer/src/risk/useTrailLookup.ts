import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { trailLookup } from '../../../assessments/scoring/trail/trailLookup';
import type { TrailLookup } from '../../../assessments/scoring/trail/trailMessage';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages';
import type { TemplateText } from '../../../assessments/questionnaire/templateText';
import type { TemplateBundle } from '../templates/templateBundle';

/** How the trail reads in the interface's language: the shared sentences, this app's tier names. */
export function useTrailLookup(bundle: TemplateBundle, locale: string, text: TemplateText): TrailLookup {
  const { t } = useTranslation();
  return useMemo(
    () =>
      trailLookup(isLanguage(locale) ? locale : DEFAULT_LANGUAGE, bundle.template, {
        tier: (tier) => t(`risk.tier.${tier}`),
        text: text.text,
        unknown: t('wizard.unknown'),
        yes: t('wizard.yes'),
        no: t('wizard.no'),
      }),
    [bundle, locale, text, t],
  );
}
