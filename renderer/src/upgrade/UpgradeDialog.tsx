import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { templateText } from '../../../assessments/questionnaire/templateText';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { Modal } from '../components/Modal';
import { errorText } from '../errors/errorText';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { useLanguage } from '../i18n/useLanguage';
import { OutcomeComparison } from './OutcomeComparison';

type Plan = OperationOutput<'assessment.planUpgrade'>;
type Bundle = OperationOutput<'template.get'>;
type State =
  { kind: 'loading' } | { kind: 'ready'; plan: Plan; bundle: Bundle } | { kind: 'failed'; error: unknown };

interface UpgradeDialogProps {
  assessmentId: string;
  onClose: () => void;
  /** The new version was made: open it. */
  onUpgraded: (newAssessmentId: string) => void;
}

/**
 * "Upgrade to a newer questionnaire version": what carries over, what must be answered, and the
 * outcome before and after, side by side, before the new version is made. The old version and its
 * decision are left exactly as they are.
 */
export function UpgradeDialog({ assessmentId, onClose, onUpgraded }: UpgradeDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const [creating, setCreating] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const query = useCoreQuery(
    async (core) => {
      const plan = await core.invoke('assessment.planUpgrade', { assessmentId });
      const bundle = await core.invoke('template.get', { id: plan.to.id, version: plan.to.version });
      return { plan, bundle };
    },
    [assessmentId],
  );
  const state: State =
    query.kind === 'loaded'
      ? { kind: 'ready', ...query.data }
      : query.kind === 'failed'
        ? { kind: 'failed', error: query.error }
        : { kind: 'loading' };
  const bundle = query.kind === 'loaded' ? query.data.bundle : null;
  const text = useMemo(() => (bundle ? templateText(bundle, language) : null), [bundle, language]);

  const create = () => {
    if (state.kind !== 'ready') return;
    setCreating(true);
    setFailure(null);
    client
      .invoke('assessment.upgrade', {
        assessmentId,
        templateId: state.plan.to.id,
        version: state.plan.to.version,
      })
      .then(
        (result) => onUpgraded(result.assessment.id),
        (error: unknown) => {
          setCreating(false);
          setFailure(errorText(t, error));
        },
      );
  };

  const title =
    state.kind === 'ready'
      ? t('upgrade.title', { version: state.plan.to.version })
      : t('upgrade.titlePending');
  return (
    <Modal title={title} onClose={onClose} wide>
      {state.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {state.kind === 'failed' && <ErrorAlert message={errorText(t, state.error)} />}
      {state.kind === 'ready' && text && (
        <div className="stack" data-testid="upgrade-plan">
          <p>{t('upgrade.intro', { from: state.plan.from.version, to: state.plan.to.version })}</p>
          <OutcomeComparison before={state.plan.before} after={state.plan.after} />
          <h3>{t('upgrade.carried', { n: state.plan.carried.length })}</h3>
          <h3>{t('upgrade.toAnswer', { n: state.plan.toAnswer.length })}</h3>
          {state.plan.toAnswer.length > 0 && (
            <ul className="plain-list" data-testid="upgrade-to-answer">
              {state.plan.toAnswer.map((id) => (
                <li key={id}>
                  <strong>{id}</strong> <span dir="auto">{text.questionText(id)}</span>
                  {state.plan.changedQuestions.includes(id) && (
                    <span className="muted"> ({t('upgrade.changed')})</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {state.plan.changedQuestions.length > 0 && (
            <p className="muted" data-testid="upgrade-changed">
              {t('upgrade.changedQuestions', { ids: state.plan.changedQuestions.join(', ') })}
            </p>
          )}
          {state.plan.dropped.length > 0 && (
            <>
              <h3>{t('upgrade.dropped', { n: state.plan.dropped.length })}</h3>
              <ul className="plain-list" data-testid="upgrade-dropped">
                {state.plan.dropped.map((dropped) => (
                  <li key={dropped.questionId}>
                    <strong>{dropped.questionId}</strong> {t(`upgrade.dropReason.${dropped.reason}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            {t('upgrade.evidence', {
              items: state.plan.evidence.items,
              links: state.plan.evidence.links.length,
              dropped: state.plan.evidence.droppedLinks.length,
            })}
          </p>
          <p className="muted">{t('upgrade.noDecision')}</p>
          {failure && <ErrorAlert message={failure} />}
        </div>
      )}
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        {state.kind === 'ready' && (
          <button type="button" className="button" onClick={create} disabled={creating}>
            {t('upgrade.create', { version: state.plan.to.version })}
          </button>
        )}
      </div>
    </Modal>
  );
}
