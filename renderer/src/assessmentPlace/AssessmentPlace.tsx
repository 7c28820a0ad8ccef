import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerRegistry } from '../autosave/useAnswerQueue';
import { AssessmentOverview } from '../components/AssessmentOverview';
import { ErrorAlert } from '../components/ErrorAlert';
import { DecisionScreen } from '../decision/DecisionScreen';
import { errorText } from '../errors/errorText';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { AssessmentScreen } from '../screens/AssessmentScreen';
import { EvidenceScreen } from '../screens/EvidenceScreen';
import { ScreeningScreen } from '../screening/ScreeningScreen';
import { UpgradeDialog } from '../upgrade/UpgradeDialog';
import { newestVersion } from '../upgrade/newestVersion';
import { PlaceActions } from './PlaceActions';
import { panelId, PlaceTabs, tabId, type PlaceTabsHandle } from './PlaceTabs';
import type { PlaceTab } from './placeTabs';
import { ReportTab } from './ReportTab';

interface AssessmentPlaceProps {
  assessmentId: string;
  tab: PlaceTab;
  /** Shows another tab; `questionId` opens the questionnaire at that question. */
  onTab: (tab: PlaceTab, questionId?: string) => void;
  registry: AnswerRegistry;
  /** A question to open the questionnaire at (e.g. a red flag's, chosen on the decision tab). */
  questionId?: string;
  onBack: () => void;
  /** Opens another assessment (an earlier or newer version of this one). */
  onOpenAssessment: (id: string) => void;
  onOpenIdentities?: () => void;
  onOpenVerify: () => void;
}

/**
 * Everything about one assessment in one place: its heading (rename, archive, upgrade) and a tab
 * for each part of the work, in the order it is done, the last ending in review, sign, verify.
 */
export function AssessmentPlace({
  assessmentId,
  tab,
  onTab,
  registry,
  questionId,
  onBack,
  onOpenAssessment,
  onOpenIdentities,
  onOpenVerify,
}: AssessmentPlaceProps) {
  const { t } = useTranslation();
  const idBase = useId();
  const tabs = useRef<PlaceTabsHandle>(null);
  const focusTab = useRef(false);
  const [upgrading, setUpgrading] = useState(false);
  const query = useCoreQuery(
    async (client) => {
      const detail = await client.invoke('assessment.get', { id: assessmentId });
      const pinned = detail.assessment.template;
      // Offered only while no newer version of this assessment exists: one line of versions.
      const newerVersion =
        pinned && !detail.versions.next
          ? newestVersion(await client.invoke('template.list', {}), pinned.id, pinned.version)
          : null;
      return { detail, newerVersion };
    },
    [assessmentId],
  );

  const select = (next: PlaceTab) => {
    focusTab.current = true;
    onTab(next);
  };
  // A panel may focus its own heading as it mounts; choosing a tab keeps focus on the tab. This
  // effect runs after the new panel's own effects, so it has the last word.
  useEffect(() => {
    if (!focusTab.current) return;
    focusTab.current = false;
    tabs.current?.focusSelected();
  }, [tab]);

  if (query.kind === 'loading') return <p className="muted">{t('common.loading')}</p>;
  const back = (
    <nav className="breadcrumb">
      <button type="button" className="link-button" onClick={onBack}>
        <span aria-hidden="true" className="back-arrow" />
        {t('assessment.back')}
      </button>
    </nav>
  );
  if (query.kind === 'failed') {
    return (
      <div className="stack">
        {back}
        <ErrorAlert message={errorText(t, query.error)} />
      </div>
    );
  }
  const { detail, newerVersion } = query.data;
  const { assessment } = detail;
  const archived = Boolean(detail.archivedAt);
  return (
    <div className="stack assessment-place">
      {back}
      <AssessmentOverview
        assessment={assessment}
        versions={detail.versions}
        newerVersion={newerVersion}
        onUpgrade={() => setUpgrading(true)}
        onOpenAssessment={onOpenAssessment}
        archived={archived}
        actions={<PlaceActions assessment={assessment} archived={archived} onChanged={query.reload} />}
      />
      {upgrading && (
        <UpgradeDialog
          assessmentId={assessmentId}
          onClose={() => setUpgrading(false)}
          onUpgraded={onOpenAssessment}
        />
      )}
      {archived && (
        <p className="alert alert--info" data-testid="archived-banner">
          {t('assessmentPlace.archivedBanner')}
        </p>
      )}
      <PlaceTabs idBase={idBase} selected={tab} onSelect={select} ref={tabs} />
      <div
        role="tabpanel"
        id={panelId(idBase, tab)}
        aria-labelledby={tabId(idBase, tab)}
        className="place-panel"
        data-testid={`place-panel-${tab}`}
      >
        {tab === 'questionnaire' && (
          <AssessmentScreen
            assessmentId={assessmentId}
            registry={registry}
            initialQuestionId={questionId}
            onReviewAndDecide={() => select('decision')}
          />
        )}
        {tab === 'evidence' && <EvidenceScreen assessmentId={assessmentId} onBack={onBack} embedded />}
        {tab === 'screening' && <ScreeningScreen assessmentId={assessmentId} onBack={onBack} embedded />}
        {tab === 'decision' && (
          <DecisionScreen
            assessmentId={assessmentId}
            onSelectQuestion={(id) => onTab('questionnaire', id)}
            onRecorded={query.reload}
          />
        )}
        {tab === 'report' && (
          <ReportTab
            assessmentId={assessmentId}
            status={assessment.status}
            onOpenDecision={() => select('decision')}
            onOpenVerify={onOpenVerify}
            onOpenIdentities={onOpenIdentities}
            onChanged={query.reload}
          />
        )}
      </div>
    </div>
  );
}
