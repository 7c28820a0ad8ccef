import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { inFlagOrder } from '../../../assessments/scoring/flagOrder';

type Outcome = OperationOutput<'assessment.planUpgrade'>['before'];

/** The outcome under the old and the new version, row by row, so a change shows at a glance. */
export function OutcomeComparison({ before, after }: { before: Outcome; after: Outcome }) {
  const { t } = useTranslation();
  // Worded as the risk headline words it: how final the result is, never a recommendation of its
  // own beside the one in the row above, which the GAP gate has already raised.
  const status = (result: Outcome['result']) =>
    result.incomplete
      ? t('risk.provisionalShort')
      : result.finalisable
        ? t('upgrade.complete')
        : t('risk.notFinalisable');
  const flags = (outcome: Outcome) =>
    inFlagOrder(outcome.result.flags)
      .map((flag) => flag.id)
      .join(', ') || t('upgrade.none');
  const rows: [string, (outcome: Outcome) => string][] = [
    [t('risk.tierLabel'), (o) => t(`risk.tier.${o.result.tier}`)],
    [t('risk.recommendationLabel'), (o) => t(`risk.recommendation.${o.result.recommendation}`)],
    [t('upgrade.severity'), (o) => String(o.result.severity.band)],
    [t('upgrade.likelihood'), (o) => String(o.result.likelihood.finalBand)],
    [t('risk.flags.title'), flags],
    [t('upgrade.status'), (o) => status(o.result)],
  ];
  // "surveillance-export-hria@1.1.0#…" → "1.1.0": the template is the same on both sides.
  const version = (outcome: Outcome) => /@([^#]+)/.exec(outcome.templateRef)?.[1] ?? outcome.templateRef;
  return (
    <table className="table upgrade-comparison" data-testid="upgrade-comparison">
      <thead>
        <tr>
          <th scope="col">{t('upgrade.aspect')}</th>
          <th scope="col">{t('upgrade.before', { ref: version(before) })}</th>
          <th scope="col">{t('upgrade.after', { ref: version(after) })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => {
          const changed = value(before) !== value(after);
          return (
            <tr key={label} data-changed={changed || undefined}>
              <th scope="row">{label}</th>
              <td>{value(before)}</td>
              <td>{changed ? <strong>{value(after)}</strong> : value(after)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
