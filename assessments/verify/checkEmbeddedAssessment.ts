import type { EmbeddedAssessment } from './embeddedAssessment';
import { checkSignerBinding, checkSigningTimes, type SignatureSummary } from './checkReportBinding';
import { Checks } from './checks';
import { compareVisibleFacts } from './compareVisibleFacts';
import type { PdfObjects } from './pdf/pdfObjects';
import { readEmbeddedAssessment } from './readEmbeddedAssessment';
import { recomputeScore } from './recomputeScore';
import type { TemplateLookup } from './templateLookup';
import type { ReportFacts, VerificationCheck } from './verificationSchema';

export { cachedTemplateLookup, compileEmbeddedTemplate, type TemplateLookup } from './templateLookup';
export type { SignatureSummary };

export interface ContentResult {
  assessmentId: string | null;
  templateRef: string | null;
  format: string | null;
  facts: ReportFacts | null;
  checks: VerificationCheck[];
}

/** What a licensing officer reads first: the decision the signed report carries. */
function reportFacts(data: EmbeddedAssessment): ReportFacts {
  return {
    tier: data.result.tier,
    computedRecommendation: data.result.recommendation,
    finalRecommendation: data.decision?.finalRecommendation ?? null,
    reviewDate: data.decision?.reviewDate ?? null,
    decidedBy: data.decision?.decidedBy ?? null,
    decidedAt: data.decision?.decidedAt ?? null,
    generatedAt: data.generatedAt,
    signerFingerprint: data.format === 'assay-assessment/1' ? null : (data.signer?.fingerprint ?? null),
  };
}

/**
 * The embedded assessment.json of the signed revision: present, well-formed, recomputable,
 * consistent with the pages, bound to the certificate of the first signature, and signed no earlier
 * than it was generated and decided.
 */
export function checkEmbeddedAssessment(
  doc: PdfObjects,
  signatures: readonly SignatureSummary[],
  templates?: TemplateLookup,
): ContentResult {
  const checks = new Checks();
  const data = readEmbeddedAssessment(doc, checks, templates?.known);
  if (!data) return { assessmentId: null, templateRef: null, format: null, facts: null, checks: checks.list };
  recomputeScore(data, templates, checks);
  compareVisibleFacts(doc, data, checks);
  checkSignerBinding(data, signatures, checks);
  checkSigningTimes(data, signatures, checks);
  return {
    assessmentId: data.assessment.id,
    templateRef: data.templateRef,
    format: data.format,
    facts: reportFacts(data),
    checks: checks.list,
  };
}
