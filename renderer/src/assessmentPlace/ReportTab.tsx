import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { ErrorAlert } from '../components/ErrorAlert';
import { ReportExportPanel } from '../decision/ReportExportPanel';
import { errorText } from '../errors/errorText';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { checklistSteps } from './checklistSteps';
import { ReviewSignVerify } from './ReviewSignVerify';

interface ReportTabProps {
  assessmentId: string;
  status: OperationOutput<'assessment.get'>['assessment']['status'];
  onOpenDecision: () => void;
  onOpenVerify: () => void;
  onOpenIdentities?: () => void;
  /** Told when an export may have signed the report, so the status shown can refresh. */
  onChanged: () => void;
}

/** The signed report: where it stands (review, sign, verify) and its export. */
export function ReportTab({
  assessmentId,
  status,
  onOpenDecision,
  onOpenVerify,
  onOpenIdentities,
  onChanged,
}: ReportTabProps) {
  const { t } = useTranslation();
  const exportButton = useRef<HTMLButtonElement>(null);
  const query = useCoreQuery((client) => client.invoke('decision.get', { assessmentId }), [assessmentId]);
  if (query.kind === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (query.kind === 'failed') return <ErrorAlert message={errorText(t, query.error)} />;
  return (
    <div className="stack">
      <ReviewSignVerify
        steps={checklistSteps(status, query.data)}
        onReview={onOpenDecision}
        onSign={() => exportButton.current?.focus()}
        onVerify={onOpenVerify}
      />
      <ReportExportPanel
        assessmentId={assessmentId}
        decision={query.data}
        onOpenIdentities={onOpenIdentities}
        openButtonRef={exportButton}
        onClosed={() => {
          query.reload();
          onChanged();
        }}
      />
    </div>
  );
}
