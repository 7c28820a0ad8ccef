import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { ExportReportDialog } from '../signing/ExportReportDialog';

interface ReportExportPanelProps {
  assessmentId: string;
  decision: OperationOutput<'decision.get'>;
  onOpenIdentities?: () => void;
  /** The button that opens the export, for a checklist step that leads to it. */
  openButtonRef?: Ref<HTMLButtonElement>;
  /** Told when the export dialog closes, since a report may have been signed meanwhile. */
  onClosed?: () => void;
}

/**
 * The signed report for the regulator. Offered only for a current decision; otherwise the panel
 * says why, so the assessor is not left looking for a missing button.
 */
export function ReportExportPanel({
  assessmentId,
  decision,
  onOpenIdentities,
  openButtonRef,
  onClosed,
}: ReportExportPanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const reason = decision === null ? 'undecided' : decision.staleSince !== null ? 'stale' : null;
  return (
    <section
      className="panel report-export"
      aria-labelledby="report-export-title"
      data-testid="report-export"
    >
      <h2 id="report-export-title">{t('reportExport.panelTitle')}</h2>
      {reason ? (
        <p className="muted" data-testid="report-export-unavailable">
          {t(`reportExport.unavailable.${reason}`)}
        </p>
      ) : (
        <>
          <p className="muted">{t('reportExport.panelIntro')}</p>
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              ref={openButtonRef}
              onClick={() => setOpen(true)}
            >
              {t('reportExport.open')}
            </button>
          </div>
        </>
      )}
      {open && (
        <ExportReportDialog
          assessmentId={assessmentId}
          onClose={() => {
            setOpen(false);
            onClosed?.();
          }}
          onOpenIdentities={
            onOpenIdentities
              ? () => {
                  setOpen(false);
                  onOpenIdentities();
                }
              : undefined
          }
        />
      )}
    </section>
  );
}
