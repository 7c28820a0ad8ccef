import { AppError } from '../shared/errors';
import type { AssessmentDeps } from '../assessment/assessmentService';
import { getAssessment } from '../assessment/assessmentService';
import { evaluateAssessment } from '../assessment/evaluateAssessment';
import { listAssessmentTrail, type AuditTrailEntry } from '../audit/assessmentTrail';
import { verifyAuditChain } from '../audit/auditLog';
import { getDecision } from '../decision/decisionService';
import { listEvidence } from '../evidence/evidenceService';
import type { ScreenedParty } from '../screening/screeningParties';
import { listScreenings } from '../screening/screeningService';
import { getWorkspaceSettings } from '../settings/settingsService';
import type { AnswerEntry } from '../questionnaire/answers';
import type { Locale } from '../questionnaire/templateSchema';
import { canonicalJson } from '../shared/canonicalJson';
import { selectAssessmentLinks } from '../store/evidenceRows';
import {
  EMBEDDED_ASSESSMENT_FORMAT,
  embeddedAssessmentSchema,
  type EmbeddedAssessment,
  type EmbeddedScreenedParty,
  type EmbeddedScreeningPolicy,
  type EmbeddedScreeningRun,
  type EvidenceManifestEntry,
} from '../verify/embeddedAssessment';

export interface CollectedReport {
  /** What the PDF embeds as `assessment.json`, and what its pages show. */
  doc: EmbeddedAssessment;
  /** The audit-trail annex: this assessment's events (not embedded; the head hash is). */
  auditTrail: AuditTrailEntry[];
}

/**
 * Gathers everything a report shows from the workspace, scoring the assessment afresh against its
 * pinned template. Refuses when the audit chain is broken: a report must not vouch for a head hash
 * over altered history.
 */
export function collectReport(
  deps: Pick<AssessmentDeps, 'ws' | 'pinned' | 'clock'>,
  assessmentId: string,
  locale: Locale,
  /** The certificate fingerprint of the identity that will sign; absent for an unsigned draft. */
  signerFingerprint?: string,
): CollectedReport {
  const { ws, pinned } = deps;
  const { assessment, answers: stored } = getAssessment(deps, assessmentId);
  if (!assessment.template) {
    throw new AppError(
      'conflict',
      `Assessment ${assessmentId} has no questionnaire template, so there is nothing to report.`,
    );
  }
  const chain = verifyAuditChain(ws.db);
  if (!chain.ok) {
    throw new AppError(
      'workspace_corrupt',
      `The audit trail is broken (${chain.firstBreak?.reason ?? 'unknown reason'}); no report can vouch for it.`,
      { firstBreak: chain.firstBreak },
    );
  }
  const { templateRef, result } = evaluateAssessment(deps, assessmentId);
  const { bundle } = pinned.get(ws.db, assessment.template.hash);
  const answers: Record<string, AnswerEntry> = {};
  for (const answer of stored) {
    answers[answer.questionId] =
      answer.note === null ? { value: answer.value } : { value: answer.value, note: answer.note };
  }
  const doc = embeddedAssessmentSchema.parse({
    format: EMBEDDED_ASSESSMENT_FORMAT,
    generatedAt: deps.clock.now().toISOString(),
    locale,
    assessment,
    templateRef,
    templateCanonical: bundle.canonical,
    answers,
    evidenceLinks: Object.fromEntries(selectAssessmentLinks(ws.db, assessmentId)),
    result,
    decision: getDecision(deps, assessmentId),
    evidence: listEvidence(deps, assessmentId).map((item): EvidenceManifestEntry => ({
      id: item.id,
      sha256: item.sha256,
      sizeBytes: item.sizeBytes,
      mimeType: item.mimeType,
      restricted: item.restricted,
      questionIds: item.questionIds,
      ingestedAt: item.ingestedAt,
      details: item.restricted
        ? null
        : {
            source: item.source,
            acquiredAt: item.acquiredAt,
            acquiredHow: item.acquiredHow,
            acquiredBy: item.acquiredBy,
            reliability: item.reliability,
            credibility: item.credibility,
            notes: item.notes,
            originalName: item.originalName,
            ingestedBy: item.ingestedBy,
          },
    })),
    auditHead: { seq: chain.headSeq, hash: chain.headHash },
    ...screeningOf(deps, assessmentId),
    signer: signerFingerprint ? { fingerprint: signerFingerprint } : null,
  });
  return { doc, auditTrail: listAssessmentTrail(ws.db, assessmentId) };
}

/**
 * The assessment's screening runs, oldest first, and the list-age rule in force; nothing (not an
 * empty list) when never screened, so such reports stay as they were.
 */
function screeningOf(
  deps: Pick<AssessmentDeps, 'ws'>,
  assessmentId: string,
): { screening?: EmbeddedScreeningRun[]; screeningPolicy?: EmbeddedScreeningPolicy } {
  const runs = listScreenings(deps, assessmentId).reverse();
  if (runs.length === 0) return {};
  return {
    screeningPolicy: { maxListAgeDays: getWorkspaceSettings(deps).screeningMaxListAgeDays },
    screening: runs.map((run) => ({
      id: run.id,
      runAt: run.runAt,
      runBy: run.runBy,
      threshold: run.threshold,
      datasets: run.datasets.map(({ label, sourceName, vintage, sha256 }) => ({
        label,
        sourceName,
        vintage,
        sha256,
      })),
      hits: run.hits.map((hit) => ({
        partyName: hit.partyName,
        datasetLabel: hit.datasetLabel,
        sourceId: hit.sourceId,
        entryName: hit.entryName,
        matchedName: hit.matchedName,
        score: hit.score,
        disposition: hit.disposition,
        reason: hit.reason,
        decidedBy: hit.decidedBy,
        decidedAt: hit.decidedAt,
      })),
      parties: run.parties.map(embeddedParty),
    })),
  };
}

/**
 * A screened party for the report. Its birth date, nationality and identifiers are written only
 * when the party has them, so a party without them embeds exactly the bytes earlier releases did.
 */
export function embeddedParty(party: ScreenedParty): EmbeddedScreenedParty {
  const { name, aliases, role, source, birthDate, nationality, identifiers } = party;
  return {
    name,
    aliases,
    role,
    source,
    ...(birthDate ? { birthDate } : {}),
    ...(nationality ? { nationality } : {}),
    ...(identifiers && identifiers.length > 0
      ? { identifiers: identifiers.map(({ type, value }) => ({ type, value })) }
      : {}),
  };
}

/** The exact bytes embedded as `assessment.json`: canonical JSON, so equal data gives equal bytes. */
export function embeddedAssessmentJson(doc: EmbeddedAssessment): string {
  return canonicalJson(doc);
}
