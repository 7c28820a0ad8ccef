import type { EventName, OperationName, OperationOutput } from '../../../assessments/api/contract';
import type { ErrorCode } from '../../../assessments/shared/errors';
import { templateSchema } from '../../../assessments/questionnaire/templateSchema';
import shippedTemplate from '../../../templates/surveillance-export-hria/1.0.0/template.json';
import type { Transport } from '../client/transport';
import { estimatePassphraseStrength } from '../passphrase/passphraseStrength';

/** The shipped questionnaire, as the core returns it after checking it against the schema. */
const TEMPLATE = templateSchema.parse(shippedTemplate);
const TEMPLATE_REF = { id: TEMPLATE.id, version: TEMPLATE.version, hash: 'f'.repeat(64) };

type Status = OperationOutput<'workspace.status'>;
type Summary = OperationOutput<'assessment.list'>[number];

interface StoredAnswer {
  value: unknown;
  revision: number;
  answeredAt: string;
}

class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * An in-memory stand-in for the core behind a transport, for renderer tests only: it answers
 * with the same envelopes and events, so everything above the transport is the real thing.
 */
export function createFakeCore(
  initial: { state?: Status['state']; passphrase?: string; assessor?: string } = {},
) {
  let state: Status['state'] = initial.state ?? 'absent';
  let passphrase = initial.passphrase ?? 'correct horse battery';
  let assessor = initial.assessor ?? 'Amira Haddad';
  let clock = Date.parse('2026-01-15T09:00:00Z');
  const assessments: Summary[] = [];
  const answers = new Map<string, StoredAnswer>();
  const saved: Array<{ questionId: string; value: unknown }> = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let settings: OperationOutput<'settings.get'> = {
    screeningMaxListAgeDays: 90,
    backupKeepCount: 10,
    idleLockMinutes: 10,
  };
  const now = () => new Date((clock += 1000)).toISOString();
  const status = (): Status => ({
    state,
    directory: '/home/amira/Assay',
    workspaceId: state === 'absent' ? null : 'ws-1',
    assessorName: state === 'unlocked' ? assessor : null,
  });
  const requireUnlocked = () => {
    if (state !== 'unlocked') throw new CoreError('workspace_locked', 'locked');
  };

  const handlers: Partial<Record<OperationName, (input: Record<string, unknown>) => unknown>> = {
    'workspace.status': () => status(),
    'workspace.create': (input) => {
      passphrase = String(input.passphrase);
      assessor = String(input.assessorName);
      state = 'unlocked';
      return status();
    },
    'workspace.unlock': (input) => {
      if (input.passphrase !== passphrase) throw new CoreError('wrong_passphrase', 'Wrong passphrase.');
      state = 'unlocked';
      return status();
    },
    'workspace.changePassphrase': (input) => {
      requireUnlocked();
      if (input.current !== passphrase) throw new CoreError('wrong_passphrase', 'Wrong passphrase.');
      passphrase = String(input.next);
      return status();
    },
    // The real core scores with zxcvbn; the fake maps the renderer's simple estimate onto its scale.
    'passphrase.assess': (input) => {
      const { level } = estimatePassphraseStrength(String(input.passphrase));
      const score = { tooShort: 0, weak: 1, fair: 2, strong: 4 }[level];
      return { score, required: 3, acceptable: score >= 3, warning: null, suggestions: [] };
    },
    'settings.get': () => {
      requireUnlocked();
      return { ...settings };
    },
    'settings.set': (input) => {
      requireUnlocked();
      settings = { ...settings, ...(input as Partial<typeof settings>) };
      return { ...settings };
    },
    'workspace.lock': () => {
      state = 'locked';
      return status();
    },
    'template.list': () => [],
    'assessment.list': () => {
      requireUnlocked();
      return assessments;
    },
    'assessment.create': (input) => {
      requireUnlocked();
      const at = now();
      const summary: Summary = {
        id: `00000000-0000-4000-8000-${String(assessments.length + 1).padStart(12, '0')}`,
        title: String(input.title),
        destinationCountry: (input.destinationCountry as string | null) ?? null,
        endUserName: (input.endUserName as string | null) ?? null,
        productDescription: (input.productDescription as string | null) ?? null,
        status: 'draft',
        template: TEMPLATE_REF,
        decision: null,
        createdAt: at,
        createdBy: assessor,
        updatedAt: at,
        archivedAt: null,
        tier: null,
      };
      assessments.push(summary);
      return summary;
    },
    'assessment.rename': (input) => {
      requireUnlocked();
      const found = assessments.find((candidate) => candidate.id === input.id);
      if (!found) throw new CoreError('not_found', 'no such assessment');
      found.title = String(input.title).trim();
      return found;
    },
    'assessment.archive': (input) => {
      requireUnlocked();
      const found = assessments.find((candidate) => candidate.id === input.id);
      if (!found) throw new CoreError('not_found', 'no such assessment');
      found.archivedAt = input.archived === true ? now() : null;
      return found;
    },
    'assessment.get': (input) => {
      requireUnlocked();
      const assessment = assessments.find((candidate) => candidate.id === input.id);
      if (!assessment) throw new CoreError('not_found', 'no such assessment');
      const stored = [...answers.entries()]
        .filter(([key]) => key.startsWith(`${assessment.id}/`))
        .map(([key, answer]) => ({
          questionId: key.split('/')[1] ?? '',
          answeredBy: assessor,
          note: null,
          ...answer,
        }));
      return {
        assessment,
        archivedAt: assessment.archivedAt,
        answers: stored,
        versions: { previous: null, next: null },
      };
    },
    'template.get': (input) => {
      if (input.id !== TEMPLATE.id) throw new CoreError('not_found', 'no such template');
      return {
        ref: `${TEMPLATE.id}@${TEMPLATE.version}`,
        hash: TEMPLATE_REF.hash,
        template: TEMPLATE,
        translations: [],
      };
    },
    'answers.save': (input) => {
      requireUnlocked();
      const key = `${String(input.assessmentId)}/${String(input.questionId)}`;
      const answeredAt = now();
      const revision = (answers.get(key)?.revision ?? 0) + 1;
      answers.set(key, { value: input.value, revision, answeredAt });
      saved.push({ questionId: String(input.questionId), value: input.value });
      return { questionId: input.questionId, revision, answeredBy: assessor, answeredAt };
    },
  };

  const transport: Transport = {
    kind: 'web',
    invoke(op, input) {
      const handler = handlers[op];
      try {
        if (!handler) throw new CoreError('unknown_operation', op);
        return Promise.resolve({ ok: true, value: handler((input ?? {}) as Record<string, unknown>) });
      } catch (error) {
        if (error instanceof CoreError)
          return Promise.resolve({ ok: false, error: { code: error.code, message: error.message } });
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    on(event, cb) {
      const set = listeners.get(event) ?? new Set();
      set.add(cb);
      listeners.set(event, set);
      return () => set.delete(cb);
    },
  };

  return {
    transport,
    saved,
    assessments,
    answers,
    /** The workspace's settings as the core holds them. */
    settings: () => ({ ...settings }),
    /** Simulates a change made elsewhere (another window, the menu) and the event it pushes. */
    lockElsewhere() {
      state = 'locked';
      emit('workspace.changed', status());
    },
  };

  function emit(event: EventName, payload: unknown) {
    for (const cb of listeners.get(event) ?? []) cb(payload);
  }
}
