import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { countryName } from '../format/countries';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useLanguage } from '../i18n/useLanguage';
import { DestinationSuggestions } from '../reference/DestinationSuggestions';
import { useAssessmentTemplate } from '../reference/useAssessmentTemplate';
import { ScreeningPanel } from './ScreeningPanel';

interface ScreeningScreenProps {
  assessmentId: string;
  onBack: () => void;
  /** Shown inside the assessment's own page (a tab): no back link and no page heading of its own. */
  embedded?: boolean;
}

/** One assessment's screening and destination reference data, on a page of their own. */
export function ScreeningScreen({ assessmentId, onBack, embedded = false }: ScreeningScreenProps) {
  const { t } = useTranslation();
  const [state] = useAssessmentTemplate(assessmentId);
  const assessment = state.kind === 'loaded' ? state.detail.assessment : null;
  return (
    <div className="stack">
      {!embedded && (
        <>
          <nav className="breadcrumb">
            <button type="button" className="link-button" onClick={onBack}>
              <span aria-hidden="true" className="back-arrow" />
              {t('screening.back')}
            </button>
          </nav>
          <ScreeningHeading assessment={assessment} />
        </>
      )}
      {state.kind === 'failed' && <ErrorAlert message={errorText(t, state.error)} />}
      <ScreeningPanel assessmentId={assessmentId} />
      <DestinationSuggestions assessmentId={assessmentId} />
    </div>
  );
}

type Assessment = OperationOutput<'assessment.get'>['assessment'];

function ScreeningHeading({ assessment }: { assessment: Assessment | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('screening.screenTitle')}
        {assessment && (
          <>
            {': '}
            <bdi>{assessment.title}</bdi>
          </>
        )}
      </h1>
      {assessment && (
        <p className="muted">
          {t('assessment.destination')}:{' '}
          {assessment.destinationCountry
            ? countryName(assessment.destinationCountry, language)
            : t('common.notSet')}
          {' · '}
          {t('assessment.endUser')}:{' '}
          {assessment.endUserName ? <bdi>{assessment.endUserName}</bdi> : t('common.notSet')}
        </p>
      )}
    </div>
  );
}
