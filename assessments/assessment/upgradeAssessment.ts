import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, NotFoundError } from '../shared/errors';
import { appendAuditEvent } from '../audit/auditLog';
import { storedAnswerValueSha256 } from '../audit/answerValueHash';
import { compileTemplate } from '../questionnaire/compile';
import { scoreAssessment } from '../scoring/scoreAssessment';
import { selectAnswers, upsertAnswer } from '../store/answerRows';
import {
  insertAssessment,
  selectAssessment,
  selectNextVersion,
  type AssessmentRow,
} from '../store/assessmentRows';
import {
  insertEvidence,
  insertLink,
  selectAssessmentEvidence,
  selectAssessmentLinks,
} from '../store/evidenceRows';
import type { TemplateBundle } from '../templates/loadTemplate';
import { compareVersions } from '../templates/compareVersions';
import type { Unlocked } from '../store/unlocked';
import { getAssessment, type AssessmentDeps } from './assessmentService';
import { scoreStoredAssessment } from './evaluateAssessment';
import { planCarryOver, type CarryOver } from './planCarryOver';
import type { upgradeAssessmentInputSchema, upgradePlanSchema, upgradeResultSchema } from './upgradeSchemas';

type Plan = z.output<typeof upgradePlanSchema>;
/** An assessment that has a pinned template, the only kind that has versions. */
type PinnedRow = AssessmentRow & { template_hash: string };
type Target = Omit<z.output<typeof upgradeAssessmentInputSchema>, 'assessmentId'>;

/** What upgrading would carry, drop and ask for, and the result before and after; changes nothing. */
export function planUpgrade(deps: AssessmentDeps, assessmentId: string, target: Target = {}): Plan {
  const old = requireUpgradable(deps.ws, assessmentId);
  return planNextVersion(deps, old, resolveTarget(deps, old, target)).plan;
}

/**
 * Makes the new version in one transaction: a new draft assessment pinned to the target template that
 * names the old one as its previous version, with the answers that still apply, every evidence item
 * and the links that still apply, and audit events on both. The decision is never carried: it was
 * taken on the old answers against the old template. The old assessment itself is left as it was.
 */
export function upgradeAssessment(
  deps: AssessmentDeps,
  assessmentId: string,
  target: Target = {},
): z.output<typeof upgradeResultSchema> {
  return deps.ws.db.transaction(() => {
    const old = requireUpgradable(deps.ws, assessmentId);
    return createNextVersion(deps, old, resolveTarget(deps, old, target));
  })();
}

/**
 * The shared step of an upgrade and (later) a re-assessment, which passes the template the old
 * version is already pinned to. Must run inside the caller's transaction.
 */
export function createNextVersion(deps: AssessmentDeps, old: PinnedRow, bundle: TemplateBundle) {
  const { ws, clock, pinned } = deps;
  const { plan, carry } = planNextVersion(deps, old, bundle);
  const at = clock.now();
  const now = at.toISOString();
  pinned.pin(ws.db, bundle, at);
  const row: AssessmentRow = {
    id: randomUUID(),
    title: old.title,
    destination_country: old.destination_country,
    end_user_name: old.end_user_name,
    product_description: old.product_description,
    status: 'draft',
    template_hash: bundle.hash,
    previous_assessment_id: old.id,
    created_at: now,
    created_by: ws.actor,
    updated_at: now,
    archived_at: null,
  };
  insertAssessment(ws.db, row);
  const audit = (subjectType: string, subjectId: string, action: string, payload: Record<string, unknown>) =>
    appendAuditEvent(ws.db, { actor: ws.actor, action, subjectType, subjectId, payload }, at);
  audit('assessment', row.id, 'assessment.created', {
    title: row.title,
    destinationCountry: row.destination_country,
    endUserName: row.end_user_name,
    productDescription: row.product_description,
    template: bundle.ref,
    previousAssessmentId: old.id,
  });
  const revisions = new Map(selectAnswers(ws.db, old.id).map((answer) => [answer.question_id, answer]));
  for (const questionId of plan.carried) {
    const entry = carry.answers[questionId];
    const source = revisions.get(questionId);
    if (!entry || !source) continue;
    const revision = upsertAnswer(ws.db, {
      assessment_id: row.id,
      question_id: questionId,
      value_json: source.value_json,
      note: source.note,
      answered_by: ws.actor,
      answered_at: now,
    });
    audit('assessment', row.id, 'answer.saved', {
      questionId,
      revision,
      value: entry.value,
      valueSha256: storedAnswerValueSha256(source.value_json),
      note: source.note,
      carriedFrom: { assessmentId: old.id, revision: source.revision },
    });
  }
  carryEvidence(ws, old.id, row.id, carry, now, audit);
  audit('assessment', old.id, 'assessment.upgraded', {
    nextAssessmentId: row.id,
    from: `${plan.from.id}@${plan.from.version}#${plan.from.hash}`,
    to: bundle.ref,
    carried: plan.carried,
    dropped: plan.dropped.map(({ questionId, reason }) => ({ questionId, reason })),
  });
  const stored = scoreStoredAssessment(deps, row.id, bundle.hash);
  return {
    assessment: getAssessment(deps, row.id).assessment,
    previousAssessmentId: old.id,
    plan: { ...plan, after: { templateRef: bundle.ref, result: stored.result } },
  };
}

/**
 * Evidence belongs to one assessment (`evidence.assessment_id`), so the new version gets its own
 * items: copies of the old rows that share their vault blob (stored once, erased only when no item
 * refers to it), each starting its custody with `evidence.carried` naming the item it came from.
 */
function carryEvidence(
  ws: Unlocked,
  fromId: string,
  toId: string,
  carry: CarryOver,
  now: string,
  audit: (subjectType: string, subjectId: string, action: string, payload: Record<string, unknown>) => void,
): void {
  const newIds = new Map<string, string>();
  for (const item of selectAssessmentEvidence(ws.db, fromId)) {
    const id = randomUUID();
    newIds.set(item.id, id);
    insertEvidence(ws.db, { ...item, id, assessment_id: toId });
  }
  const linkedTo = new Map<string, string[]>();
  for (const [questionId, evidenceIds] of Object.entries(carry.links)) {
    for (const evidenceId of evidenceIds) {
      const id = newIds.get(evidenceId);
      if (!id) continue;
      insertLink(ws.db, id, questionId, now, ws.actor);
      linkedTo.set(evidenceId, [...(linkedTo.get(evidenceId) ?? []), questionId]);
    }
  }
  for (const [fromEvidenceId, id] of newIds) {
    audit('evidence', id, 'evidence.carried', {
      assessmentId: toId,
      fromAssessmentId: fromId,
      fromEvidenceId,
      questionIds: (linkedTo.get(fromEvidenceId) ?? []).sort(),
      droppedQuestionIds: carry.droppedLinks
        .filter((link) => link.evidenceId === fromEvidenceId)
        .map((link) => link.questionId),
    });
  }
}

function planNextVersion(
  { ws, pinned }: AssessmentDeps,
  old: PinnedRow,
  bundle: TemplateBundle,
): { plan: Plan; carry: CarryOver } {
  const before = scoreStoredAssessment({ ws, pinned }, old.id, old.template_hash);
  const to = compileTemplate(bundle.template);
  const carry = planCarryOver(before.compiled, to, before.answers, selectAssessmentLinks(ws.db, old.id));
  const evidenceLinks = carry.links;
  const evidenceCounts = Object.fromEntries(Object.entries(evidenceLinks).map(([q, ids]) => [q, ids.length]));
  const after = scoreAssessment(to, carry.answers, { evidenceCounts, evidenceLinks });
  const from = before.bundle;
  return {
    carry,
    plan: {
      assessmentId: old.id,
      from: { id: from.template.id, version: from.template.version, hash: from.hash },
      to: { id: bundle.template.id, version: bundle.template.version, hash: bundle.hash },
      carried: carry.carried,
      dropped: carry.dropped,
      newQuestions: carry.newQuestions,
      changedQuestions: carry.changedQuestions,
      toAnswer: carry.toAnswer,
      evidence: {
        items: selectAssessmentEvidence(ws.db, old.id).length,
        links: Object.entries(carry.links).flatMap(([questionId, ids]) =>
          ids.map((evidenceId) => ({ evidenceId, questionId })),
        ),
        droppedLinks: carry.droppedLinks,
      },
      before: { templateRef: from.ref, result: before.result },
      after: { templateRef: bundle.ref, result: after },
    },
  };
}

function requireUpgradable(ws: Unlocked, id: string): PinnedRow {
  const row = selectAssessment(ws.db, id);
  if (!row) throw new NotFoundError('Assessment', id);
  const { template_hash: templateHash } = row;
  if (templateHash === null) {
    throw new AppError(
      'conflict',
      `Assessment ${id} has no questionnaire template, so there is no newer version of one to upgrade to.`,
    );
  }
  const next = selectNextVersion(ws.db, id);
  if (next) {
    throw new AppError(
      'conflict',
      `Assessment ${id} already has a newer version, ${next.id} ("${next.title}"); upgrade that one instead.`,
      { nextAssessmentId: next.id },
    );
  }
  return { ...row, template_hash: templateHash };
}

/** The library version to upgrade to: the same template, strictly newer than the pinned one. */
function resolveTarget(
  { ws, library, pinned }: AssessmentDeps,
  old: PinnedRow,
  target: Target,
): TemplateBundle {
  const current = pinned.get(ws.db, old.template_hash).bundle.template;
  const templateId = target.templateId ?? current.id;
  if (templateId !== current.id) {
    throw new AppError(
      'invalid_input',
      `Assessment ${old.id} is answered against ${current.id}; it can be upgraded only to a newer version of ${current.id}, not to ${templateId}.`,
      { issues: [{ path: 'templateId', message: `expected ${current.id}` }] },
    );
  }
  const versions = library
    .list()
    .filter((bundle) => bundle.template.id === templateId)
    .map((bundle) => bundle.template.version)
    .sort(compareVersions);
  const available = versions.length > 0 ? versions.join(', ') : 'none';
  const version = target.version ?? versions[versions.length - 1];
  if (version === undefined || !versions.includes(version)) {
    throw new AppError(
      'not_found',
      `${templateId}@${version ?? '(newest)'} is not in the template library; versions available: ${available}.`,
      { available: versions },
    );
  }
  if (compareVersions(version, current.version) <= 0) {
    const newer = versions.filter((v) => compareVersions(v, current.version) > 0);
    throw new AppError(
      'conflict',
      `Assessment ${old.id} is on ${current.id}@${current.version}; ${version} is not newer. Newer versions in the library: ${newer.length > 0 ? newer.join(', ') : 'none'}.`,
      { available: versions },
    );
  }
  const bundle = library.get(templateId, version);
  if (!bundle.template.scoring) {
    throw new AppError(
      'invalid_input',
      `${templateId}@${version} has no scoring configuration: an assessment can be upgraded only to a version that scores it.`,
      { issues: [{ path: 'version', message: 'expected a version with a scoring configuration' }] },
    );
  }
  return bundle;
}
