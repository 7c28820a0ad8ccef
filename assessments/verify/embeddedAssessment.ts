import * as z from 'zod';
import { assessmentSummarySchema } from '../assessment/schemas';
import { decisionSchema } from '../decision/schemas';
import { evidenceMetadataSchema } from '../evidence/schemas';
import { answerEntrySchema } from '../questionnaire/answers';
import type { recommendationSchema, tierSchema } from '../questionnaire/templateSchema';
import { scoringResultSchema } from '../scoring/resultSchema';

/** The name of the file attachment that carries the machine-readable assessment inside the PDF. */
export const EMBEDDED_ASSESSMENT_NAME = 'assessment.json';
/** Reports signed before the signer binding (release 0.1.0) carry format 1; the verifier reads both. */
export const EMBEDDED_ASSESSMENT_FORMAT_V1 = 'assay-assessment/1';
/** Adds `signer`: the certificate that must make the report's first signature. */
export const EMBEDDED_ASSESSMENT_FORMAT = 'assay-assessment/2';

/**
 * One evidence item as a report shows it. Restricted items keep only what proves integrity
 * (hash, size, type): their name, source and notes never leave the workspace.
 */
export const evidenceManifestEntrySchema = z.object({
  id: z.uuid(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().min(0),
  mimeType: z.string(),
  restricted: z.boolean(),
  questionIds: z.array(z.string()),
  ingestedAt: z.string(),
  /** Absent for restricted items. */
  details: evidenceMetadataSchema
    .omit({ restricted: true })
    .extend({ originalName: z.string(), ingestedBy: z.string() })
    .nullable(),
});

/** A party as it was screened: its name and the aliases screened with it, its role, where it came from. */
export const embeddedScreenedPartySchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  role: z.string(),
  /** The question the party was entered in, or "assessment" for the assessment's end user. */
  source: z.string(),
  /**
   * What else identified the party when it was screened, as entered (answers version 2). Each is
   * written only when given, so a report made before they existed reads and verifies as it was.
   */
  birthDate: z.string().optional(),
  /** ISO 3166-1 alpha-2. */
  nationality: z.string().optional(),
  identifiers: z.array(z.object({ type: z.string(), value: z.string() })).optional(),
});

/**
 * One screening run as the report records it: the list versions used and every hit with its
 * disposition. Added after the first reports were signed, so it is optional: a report without it
 * (an older one, or an assessment never screened) verifies as before.
 */
export const embeddedScreeningRunSchema = z.object({
  id: z.uuid(),
  runAt: z.string(),
  runBy: z.string(),
  threshold: z.number(),
  datasets: z.array(
    z.object({
      label: z.string(),
      sourceName: z.string(),
      vintage: z.string().nullable(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  hits: z.array(
    z.object({
      partyName: z.string(),
      datasetLabel: z.string(),
      sourceId: z.string(),
      entryName: z.string(),
      matchedName: z.string(),
      score: z.number().min(0).max(1),
      disposition: z.enum(['true-match', 'false-positive']).nullable(),
      reason: z.string().nullable(),
      decidedBy: z.string().nullable(),
      decidedAt: z.string().nullable(),
    }),
  ),
  /**
   * Every party screened, with or without hits. Added later still: reports signed before it name
   * only the parties that had hits, and are read as they were.
   */
  parties: z.array(embeddedScreenedPartySchema).optional(),
});

/**
 * The workspace's rule for the age of screening lists when the report was made. Present whenever
 * `screening` is, from the release that added it; the annex judges each list's publication date
 * against it, at the decision (or, undecided, at `generatedAt`).
 */
export const embeddedScreeningPolicySchema = z.object({
  /** A list published more than this many days before that moment is out of date. */
  maxListAgeDays: z.number().int().min(1),
});

const embeddedAssessmentFields = {
  generatedAt: z.string(),
  locale: z.enum(['en', 'fr', 'es', 'ar', 'ru', 'zh']),
  assessment: assessmentSummarySchema,
  /** `id@version#sha256` of the pinned template. */
  templateRef: z.string(),
  /** The canonical JSON the template hash was computed over ({ template, translations }). */
  templateCanonical: z.string(),
  answers: z.record(z.string(), answerEntrySchema),
  /** Evidence counts and links per question, as scoring saw them. */
  evidenceLinks: z.record(z.string(), z.array(z.string())),
  result: scoringResultSchema,
  decision: decisionSchema.nullable(),
  evidence: z.array(evidenceManifestEntrySchema),
  auditHead: z.object({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  /** Screening runs, oldest first; absent when the assessment was never screened. */
  screening: z.array(embeddedScreeningRunSchema).min(1).optional(),
  screeningPolicy: embeddedScreeningPolicySchema.optional(),
};

/** The certificate a report is issued under, bound into the signed content before signing. */
export const embeddedSignerSchema = z.object({
  /** SHA-256 of the signer certificate's DER, lowercase hex. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * `assessment.json`, embedded in every report. It carries the pinned template's canonical JSON so
 * a verifier can recompute the score anywhere, with nothing but the PDF. Format 2 names the signer
 * (null only for an unsigned draft); format 1 is what release 0.1.0 signed.
 */
export const embeddedAssessmentSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal(EMBEDDED_ASSESSMENT_FORMAT_V1), ...embeddedAssessmentFields }),
  z.object({
    format: z.literal(EMBEDDED_ASSESSMENT_FORMAT),
    ...embeddedAssessmentFields,
    signer: embeddedSignerSchema.nullable(),
  }),
]);

export type EmbeddedAssessment = z.infer<typeof embeddedAssessmentSchema>;
export type EmbeddedScreeningRun = z.infer<typeof embeddedScreeningRunSchema>;
export type EmbeddedScreenedParty = z.infer<typeof embeddedScreenedPartySchema>;
export type EmbeddedScreeningPolicy = z.infer<typeof embeddedScreeningPolicySchema>;
export type EvidenceManifestEntry = z.infer<typeof evidenceManifestEntrySchema>;

/**
 * The facts a regulator compares between the visible pages and the embedded file. The report prints
 * them on the cover as one Latin-only line per field (`ASSAY-VERIFY key=value`), never reordered
 * by bidi layout, so a verifier can read them back out of the page text in any document language.
 */
export interface VerificationFacts {
  /** Printed from format 2 on; absent (undefined) for format 1 reports. */
  format?: string;
  assessmentId: string;
  templateRef: string;
  tier: z.infer<typeof tierSchema>;
  computedRecommendation: z.infer<typeof recommendationSchema>;
  finalRecommendation: z.infer<typeof recommendationSchema> | 'none';
  auditHead: string;
  /** The signer certificate's fingerprint, or 'none' (format 2 on). */
  signer?: string;
}

const FACT_KEYS = {
  format: 'format',
  assessmentId: 'id',
  templateRef: 'template',
  tier: 'tier',
  computedRecommendation: 'computed',
  finalRecommendation: 'final',
  auditHead: 'audit',
  signer: 'signer',
} as const satisfies Record<keyof VerificationFacts, string>;

export const VERIFICATION_PREFIX = 'ASSAY-VERIFY';

/** The format number the lines print: the part after the slash of `assay-assessment/N`. */
export const formatNumber = (format: string) => format.slice(format.indexOf('/') + 1);

export function verificationFacts(doc: EmbeddedAssessment): VerificationFacts {
  const facts: VerificationFacts = {
    assessmentId: doc.assessment.id,
    templateRef: doc.templateRef,
    tier: doc.result.tier,
    computedRecommendation: doc.result.recommendation,
    finalRecommendation: doc.decision?.finalRecommendation ?? 'none',
    auditHead: doc.auditHead.hash,
  };
  if (doc.format === EMBEDDED_ASSESSMENT_FORMAT_V1) return facts;
  return { format: formatNumber(doc.format), ...facts, signer: doc.signer?.fingerprint ?? 'none' };
}

/** The lines the cover prints, in this order; a fact a format does not have is not printed. */
export function verificationLines(facts: VerificationFacts): string[] {
  return (Object.keys(FACT_KEYS) as (keyof VerificationFacts)[])
    .filter((key) => facts[key] !== undefined)
    .map((key) => `${VERIFICATION_PREFIX} ${FACT_KEYS[key]}=${facts[key]}`);
}

/**
 * Reads the facts back from extracted page text (whitespace and line breaks may differ). Returns
 * the fields found; a field printed twice with different values is reported as conflicting.
 */
export function parseVerificationLines(text: string): {
  facts: Partial<Record<keyof VerificationFacts, string>>;
  conflicts: (keyof VerificationFacts)[];
} {
  const facts: Partial<Record<keyof VerificationFacts, string>> = {};
  const conflicts: (keyof VerificationFacts)[] = [];
  const byKey = new Map<string, keyof VerificationFacts>(
    Object.entries(FACT_KEYS).map(([field, key]) => [key, field as keyof VerificationFacts]),
  );
  const pattern = new RegExp(`${VERIFICATION_PREFIX}\\s+([a-z]+)=(\\S+)`, 'g');
  for (const match of text.matchAll(pattern)) {
    const field = byKey.get(match[1] ?? '');
    const value = match[2] ?? '';
    if (!field) continue;
    const seen = facts[field];
    if (seen !== undefined && seen !== value) {
      if (!conflicts.includes(field)) conflicts.push(field);
    } else {
      facts[field] = value;
    }
  }
  return { facts, conflicts };
}
