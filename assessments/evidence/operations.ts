import { randomUUID } from 'node:crypto';
import type { Handlers } from '../api/dispatch';
import { AppError } from '../shared/errors';
import { STREAM_PREFIX, type FileStaging } from '../files/fileStaging';
import type { EventHub } from '../api/events';
import { listAuditEvents } from '../audit/auditLog';
import type { Clock } from '../shared/clock';
import { selectAssessment } from '../store/assessmentRows';
import type { PinnedTemplates } from '../templates/pinnedTemplates';
import type { WorkspaceSession } from '../workspace/session';
import {
  exportEvidenceCopy,
  ingestEvidence,
  linkEvidence,
  linkEvidenceBatch,
  listEvidence,
  removeEvidence,
  updateEvidence,
  verifyVault,
  type EvidenceDeps,
} from './evidenceService';
import { Vault } from './vault';

type EvidenceOps =
  | 'evidence.ingest'
  | 'evidence.cancel'
  | 'evidence.update'
  | 'evidence.link'
  | 'evidence.linkMany'
  | 'evidence.list'
  | 'evidence.custody'
  | 'evidence.exportCopy'
  | 'evidence.remove'
  | 'vault.verify';

export interface EvidenceOperationDeps {
  session: WorkspaceSession;
  clock: Clock;
  pinned: PinnedTemplates;
  /** Where ingest progress goes; without it ingests run silently. */
  hub?: EventHub;
  /** A browser window's uploads: evidence arrives there as a live stream, sealed as it comes. */
  staging?: FileStaging;
}

/** Progress is reported at most this often per ingest, so a fast disk cannot flood the window. */
const PROGRESS_INTERVAL_MS = 100;

export function evidenceOperations({
  session,
  clock,
  pinned,
  hub,
  staging,
}: EvidenceOperationDeps): Pick<Handlers, EvidenceOps> {
  const running = new Map<string, AbortController>();
  const deps = (): EvidenceDeps => {
    const ws = session.require();
    return { ws, clock, vault: new Vault({ dir: session.paths.vault, key: ws.vaultKey }) };
  };
  const questionExists = (assessmentId: string, questionId: string): boolean => {
    const { db } = session.require();
    const hash = selectAssessment(db, assessmentId)?.template_hash;
    return !hash || pinned.get(db, hash).compiled.questions.has(questionId);
  };

  return {
    'evidence.ingest': async ({ ingestId = randomUUID(), ...input }) => {
      const upload =
        staging && input.path.startsWith(STREAM_PREFIX) ? staging.takeLiveUpload(input.path) : undefined;
      for (const questionId of input.questionIds) {
        if (!questionExists(input.assessmentId, questionId)) {
          throw new AppError(
            'invalid_input',
            `Question ${questionId} is not in this assessment's template.`,
            {
              issues: [{ path: 'questionIds', message: `no question ${questionId} in the pinned template` }],
            },
          );
        }
      }
      const controller = new AbortController();
      running.set(ingestId, controller);
      let last = 0;
      try {
        return await ingestEvidence(
          deps(),
          input,
          {
            signal: controller.signal,
            onProgress: (done, total) => {
              const now = Date.now();
              if (done < total && now - last < PROGRESS_INTERVAL_MS) return;
              last = now;
              hub?.emit('evidence.progress', { ingestId, done, total });
            },
          },
          upload,
        );
      } finally {
        running.delete(ingestId);
      }
    },
    'evidence.cancel': ({ ingestId }) => {
      const controller = running.get(ingestId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
    'evidence.update': (input) => updateEvidence(deps(), input),
    'evidence.link': (input) => linkEvidence({ ...deps(), questionExists }, input),
    'evidence.linkMany': (input) => linkEvidenceBatch({ ...deps(), questionExists }, input),
    'evidence.list': ({ assessmentId }) => listEvidence(deps(), assessmentId),
    'evidence.custody': ({ evidenceId }) =>
      listAuditEvents(session.require().db, 'evidence', evidenceId).map(
        ({ seq, at, actor, action, payload, hash }) => ({
          seq,
          at,
          actor,
          action,
          payload,
          hash,
        }),
      ),
    'evidence.exportCopy': ({ evidenceId, path }) =>
      exportEvidenceCopy(deps(), evidenceId, path, {}, staging?.downloadNameAt(path)),
    'evidence.remove': ({ evidenceId }) => removeEvidence(deps(), evidenceId),
    'vault.verify': () => verifyVault(deps()),
  };
}

/** Removes temp files an interrupted ingest left in the vault; run whenever a workspace opens. */
export function cleanUpInterruptedIngests(session: WorkspaceSession): number {
  const ws = session.require();
  return new Vault({ dir: session.paths.vault, key: ws.vaultKey }).cleanupTemp();
}
