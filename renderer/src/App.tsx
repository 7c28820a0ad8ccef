import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../assessments/api/contract';
import { AutosaveRegistry } from './autosave/AutosaveRegistry';
import type { AnswerRegistry } from './autosave/useAnswerQueue';
import { isAssayClientError } from './client/AssayClientError';
import { useClient } from './client/ClientContext';
import { safeSessionStorage } from './client/selectTransport';
import { AssessmentPlace } from './assessmentPlace/AssessmentPlace';
import type { PlaceTab } from './assessmentPlace/placeTabs';
import { AppHeader } from './components/AppHeader';
import { ErrorAlert } from './components/ErrorAlert';
import { errorText } from './errors/errorText';
import { readOpenAssessment, rememberOpenAssessment } from './navigation/openAssessmentStorage';
import { readOpenScreen, rememberOpenScreen } from './navigation/openScreenStorage';
import { ReferenceDataScreen } from './reference/ReferenceDataScreen';
import { AssessmentListScreen } from './screens/AssessmentListScreen';
import { CreateWorkspaceScreen } from './screens/CreateWorkspaceScreen';
import { NeedsLinkScreen } from './screens/NeedsLinkScreen';
import { StartupErrorScreen } from './screens/StartupErrorScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { formatMinutes } from './workspace/formatMinutes';
import {
  asIdleLockChoice,
  DEFAULT_IDLE_LOCK_MINUTES,
  loadIdleLockMinutes,
  safeLocalStorage,
  saveIdleLockMinutes,
} from './workspace/idleLockSetting';
import { SecurityDialog } from './workspace/SecurityDialog';
import { WorkspaceBanner } from './workspace/WorkspaceBanner';
import { RestoreFromBackup } from './backups/RestoreFromBackup';
import { useIdleLock } from './workspace/useIdleLock';
import { ReviewReportScreen } from './review/ReviewReportScreen';
import { IdentitiesScreen } from './signing/IdentitiesScreen';
import { VerifyPdfScreen } from './verify/VerifyPdfScreen';

type WorkspaceStatus = OperationOutput<'workspace.status'>;
type Phase =
  | { kind: 'loading' }
  | { kind: 'needsLink' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; status: WorkspaceStatus };
type View =
  | { kind: 'list' }
  | { kind: 'assessment'; id: string; tab: PlaceTab; questionId?: string }
  | { kind: 'reference' }
  | { kind: 'identities' }
  | { kind: 'verify' }
  | { kind: 'review' };

/** Locking waits this long at most for pending answers to reach the workspace. */
const LOCK_FLUSH_TIMEOUT_MS = 3000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function App() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [registry] = useState<AnswerRegistry>(() => new AutosaveRegistry());
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [view, setView] = useState<View>(() => {
    const storage = safeSessionStorage(window);
    const id = readOpenAssessment(storage);
    return id ? { kind: 'assessment', id, tab: readOpenScreen(storage) } : { kind: 'list' };
  });
  const [locking, setLocking] = useState(false);
  const [lockError, setLockError] = useState<string | null>(null);
  const [lockNotice, setLockNotice] = useState<string | null>(null);
  const [securityOpen, setSecurityOpen] = useState(false);
  const [idleMinutes, setIdleMinutes] = useState(DEFAULT_IDLE_LOCK_MINUTES);

  const navigate = useCallback((next: View) => {
    setView(next);
    rememberOpenAssessment(safeSessionStorage(window), 'id' in next ? next.id : null);
    rememberOpenScreen(safeSessionStorage(window), next.kind === 'assessment' ? next.tab : null);
  }, []);

  const applyStatus = useCallback((status: WorkspaceStatus) => {
    setPhase({ kind: 'ready', status });
    if (status.state !== 'unlocked') {
      rememberOpenAssessment(safeSessionStorage(window), null);
      rememberOpenScreen(safeSessionStorage(window), null);
      // Verifying a PDF needs no workspace, so a regulator stays on that screen while locked.
      setView((current) => (current.kind === 'verify' ? current : { kind: 'list' }));
    }
  }, []);

  useEffect(() => {
    let current = true;
    client.invoke('workspace.status', {}).then(
      (status) => {
        if (current) applyStatus(status);
      },
      (error: unknown) => {
        if (current)
          setPhase(
            isAssayClientError(error, 'unauthorized') ? { kind: 'needsLink' } : { kind: 'failed', error },
          );
      },
    );
    return () => {
      current = false;
    };
  }, [client, attempt, applyStatus]);

  // The workspace can be locked or unlocked from elsewhere (menu, another window, the CLI).
  useEffect(() => client.on('workspace.changed', applyStatus), [client, applyStatus]);

  useEffect(() => {
    const flush = () => void registry.flushAll();
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
    };
  }, [registry]);

  const lock = async (notice: string | null = null) => {
    setLocking(true);
    setLockError(null);
    try {
      await Promise.race([registry.flushAll(), delay(LOCK_FLUSH_TIMEOUT_MS)]);
      setSecurityOpen(false);
      setLockNotice(notice);
      applyStatus(await client.invoke('workspace.lock', {}));
    } catch (error) {
      setLockError(errorText(t, error));
    } finally {
      setLocking(false);
    }
  };

  const status = phase.kind === 'ready' ? phase.status : null;
  const unlocked = status?.state === 'unlocked';
  // The idle-lock setting lives in the workspace; the core enforces it too, on every transport.
  useEffect(() => {
    if (!unlocked) return undefined;
    let current = true;
    loadIdleLockMinutes(client, safeLocalStorage(window)).then(
      (minutes) => {
        if (current) setIdleMinutes(asIdleLockChoice(minutes));
      },
      () => {
        // The core locks on its own setting regardless; the window keeps its default.
      },
    );
    return () => {
      current = false;
    };
  }, [client, unlocked]);
  useIdleLock(
    unlocked && !locking,
    idleMinutes,
    () => void lock(t('idleLock.locked', { duration: formatMinutes(idleMinutes, i18n.language) })),
  );
  return (
    <div className="app">
      <AppHeader
        assessorName={unlocked ? status.assessorName : null}
        onLock={unlocked ? () => void lock() : undefined}
        onOpenSecurity={unlocked ? () => setSecurityOpen(true) : undefined}
        locking={locking}
        onOpenReferenceData={unlocked ? () => navigate({ kind: 'reference' }) : undefined}
        onOpenIdentities={unlocked ? () => navigate({ kind: 'identities' }) : undefined}
        onOpenReview={unlocked ? () => navigate({ kind: 'review' }) : undefined}
        onOpenVerify={status ? () => navigate({ kind: 'verify' }) : undefined}
        currentView={view.kind}
      />
      <main id="main" className="app-main" tabIndex={-1}>
        <ErrorAlert message={lockError} />
        {unlocked && <WorkspaceBanner status={status} />}
        {phase.kind === 'loading' && (
          <p role="status" className="muted">
            {t('common.loading')}
          </p>
        )}
        {phase.kind === 'needsLink' && <NeedsLinkScreen />}
        {phase.kind === 'failed' && (
          <StartupErrorScreen
            error={phase.error}
            onRetry={() => {
              setPhase({ kind: 'loading' });
              setAttempt((n) => n + 1);
            }}
          />
        )}
        {status && view.kind === 'verify' && (
          <VerifyPdfScreen
            onBack={() => navigate({ kind: 'list' })}
            backLabel={unlocked ? t('verify.backToList') : t('verify.backToWorkspace')}
          />
        )}
        {status?.state === 'absent' && view.kind !== 'verify' && (
          <CreateWorkspaceScreen directory={status.directory} onCreated={applyStatus} />
        )}
        {status?.state === 'locked' && lockNotice && view.kind !== 'verify' && (
          <p className="alert alert--info lock-notice" role="status" data-testid="lock-notice">
            {lockNotice}
          </p>
        )}
        {status?.state === 'locked' && view.kind !== 'verify' && (
          <UnlockScreen
            directory={status.directory}
            onUnlocked={(next) => {
              setLockNotice(null);
              applyStatus(next);
            }}
          />
        )}
        {(status?.state === 'absent' || status?.state === 'locked') && view.kind !== 'verify' && (
          <RestoreFromBackup
            state={status.state}
            directory={status.directory}
            onRestoredHere={() => void client.invoke('workspace.status', {}).then(applyStatus)}
          />
        )}
        {status && !unlocked && view.kind !== 'verify' && (
          <p className="regulator-link">
            {t('verify.regulatorPrompt')}{' '}
            <button type="button" className="link-button" onClick={() => navigate({ kind: 'verify' })}>
              {t('verify.nav')}
            </button>
          </p>
        )}
        {unlocked && view.kind === 'list' && (
          <AssessmentListScreen
            onOpen={(id) => navigate({ kind: 'assessment', id, tab: 'questionnaire' })}
            onDecide={(id) => navigate({ kind: 'assessment', id, tab: 'decision' })}
            onScreen={(id) => navigate({ kind: 'assessment', id, tab: 'screening' })}
            onOpenEvidence={(id) => navigate({ kind: 'assessment', id, tab: 'evidence' })}
          />
        )}
        {unlocked && view.kind === 'assessment' && (
          <AssessmentPlace
            key={view.id}
            assessmentId={view.id}
            tab={view.tab}
            onTab={(tab, questionId) => navigate({ kind: 'assessment', id: view.id, tab, questionId })}
            registry={registry}
            questionId={view.questionId}
            onBack={() => navigate({ kind: 'list' })}
            onOpenAssessment={(id) => navigate({ kind: 'assessment', id, tab: 'questionnaire' })}
            onOpenIdentities={() => navigate({ kind: 'identities' })}
            onOpenVerify={() => navigate({ kind: 'verify' })}
          />
        )}
        {unlocked && view.kind === 'reference' && (
          <ReferenceDataScreen onBack={() => navigate({ kind: 'list' })} />
        )}
        {unlocked && securityOpen && (
          <SecurityDialog
            idleMinutes={idleMinutes}
            onIdleMinutes={(minutes) => {
              setIdleMinutes(minutes);
              saveIdleLockMinutes(client, minutes).catch((error: unknown) =>
                setLockError(errorText(t, error)),
              );
            }}
            onClose={() => setSecurityOpen(false)}
          />
        )}
        {unlocked && view.kind === 'review' && (
          <ReviewReportScreen
            onBack={() => navigate({ kind: 'list' })}
            onOpenIdentities={() => navigate({ kind: 'identities' })}
          />
        )}
        {unlocked && view.kind === 'identities' && (
          <IdentitiesScreen onBack={() => navigate({ kind: 'list' })} />
        )}
      </main>
    </div>
  );
}
