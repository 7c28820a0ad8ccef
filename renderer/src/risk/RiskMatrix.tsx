import { useTranslation } from 'react-i18next';
import type { ScoringResult } from '../../../assessments/scoring/resultSchema';
import type { TemplateBundle } from '../templates/templateBundle';

type Tier = ScoringResult['tier'];

const BANDS = [1, 2, 3, 4, 5] as const;
/** Most severe first, the way risk matrices are read. */
const SEVERITY_ROWS = [5, 4, 3, 2, 1] as const;

interface RiskMatrixProps {
  matrix: NonNullable<TemplateBundle['template']['scoring']>['matrix'];
  severity: number;
  likelihood: number;
  matrixTier: Tier;
  tier: Tier;
}

/** The template's severity × likelihood matrix as a table, the cell of this assessment marked. */
export function RiskMatrix({ matrix, severity, likelihood, matrixTier, tier }: RiskMatrixProps) {
  const { t } = useTranslation();
  const tierName = (value: Tier) => t(`risk.tier.${value}`);
  return (
    <div className="risk-matrix" data-testid="risk-matrix">
      <table className="risk-matrix__table">
        <caption className="risk-matrix__caption">
          {t('risk.matrix.caption', { severity, likelihood, tier: tierName(matrixTier) })}
        </caption>
        <thead>
          <tr>
            <td className="risk-matrix__corner">
              <span aria-hidden="true">
                {t('risk.matrix.corner')} / {t('risk.matrix.likelihoodAxis')}
              </span>
            </td>
            {BANDS.map((band) => (
              <th key={band} scope="col">
                <span aria-hidden="true">{band}</span>
                <span className="visually-hidden">{t('risk.matrix.likelihood', { band })}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SEVERITY_ROWS.map((row) => (
            <tr key={row}>
              <th scope="row">
                <span aria-hidden="true">{row}</span>
                <span className="visually-hidden">{t('risk.matrix.severity', { band: row })}</span>
              </th>
              {BANDS.map((column) => {
                const cellTier = matrix[row - 1]?.[column - 1] ?? 'Low';
                const current = row === severity && column === likelihood;
                return (
                  <td
                    key={column}
                    className={`risk-matrix__cell tier--${cellTier}${current ? ' risk-matrix__cell--current' : ''}`}
                    aria-current={current ? 'true' : undefined}
                    data-current={current ? 'true' : undefined}
                  >
                    {tierName(cellTier)}
                    {current && <span className="visually-hidden"> {t('risk.matrix.current')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {tier !== matrixTier && (
        <p className="risk-matrix__note">
          {t('risk.matrix.raised', { matrixTier: tierName(matrixTier), tier: tierName(tier) })}
        </p>
      )}
    </div>
  );
}
