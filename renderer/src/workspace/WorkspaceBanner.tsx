import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';

interface WorkspaceBannerProps {
  status: OperationOutput<'workspace.status'>;
}

/**
 * What the core says the person must know while the workspace is open: a damaged database opened
 * read-only, or a folder whose permissions cannot be enforced. The core's own sentences name the
 * files, so they are shown as they are, beneath a translated summary.
 */
export function WorkspaceBanner({ status }: WorkspaceBannerProps) {
  const { t } = useTranslation();
  const warnings = status.warnings ?? [];
  if (!status.readOnly && warnings.length === 0) return null;
  return (
    <div
      className={status.readOnly ? 'alert alert--error' : 'alert alert--info'}
      role={status.readOnly ? 'alert' : 'status'}
      data-testid="workspace-banner"
    >
      <p>{status.readOnly ? t('workspaceBanner.readOnly') : t('workspaceBanner.warnings')}</p>
      {warnings.length > 0 && (
        <ul>
          {warnings.map((warning) => (
            <li key={warning} dir="auto">
              {warning}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
