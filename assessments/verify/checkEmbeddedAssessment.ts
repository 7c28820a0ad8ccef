import { createHash } from 'node:crypto';
import { compileTemplate, type CompiledTemplate } from '../questionnaire/compile';
import {
  EMBEDDED_ASSESSMENT_NAME,
  embeddedAssessmentSchema,
  parseVerificationLines,
  verificationFacts,
  type EmbeddedAssessment,
  type VerificationFacts,
} from '../report/embeddedAssessment';
import { scoreAssessment } from '../scoring/scoreAssessment';
import { canonicalJson } from '../shared/canonicalJson';
import { bundleFromCanonical } from '../templates/loadTemplate';
import { readEmbeddedFile } from './pdf/embeddedFiles';
import { extractText } from './pdf/pageText';
import type { PdfDocument } from './pdf/pdfDocument';
import type { VerificationCheck } from './verificationSchema';

/** The shipped HRIA template with six translations is about 600 kB of canonical JSON. */
export const MAX_TEMPLATE_CHARS = 2 * 1024 * 1024;

/**
 * Turns an embedded template (already checked to hash to `hash`) into a compiled template. The
 * default validates it from scratch; a verifier checking many reports shares one cached lookup.
 */
export type TemplateLookup = (hash: string, canonical: string) => CompiledTemplate;

export function compileEmbeddedTemplate(hash: string, canonical: string): CompiledTemplate {
  return compileTemplate(bundleFromCanonical(canonical, hash).template);
}

/** Validates and compiles each distinct template once; safe because the key is the content hash. */
export function cachedTemplateLookup(): TemplateLookup {
  const cache = new Map<string, CompiledTemplate>();
  return (hash, canonical) => {
    let compiled = cache.get(hash);
    if (!compiled) {
      compiled = compileEmbeddedTemplate(hash, canonical);
      cache.set(hash, compiled);
    }
    return compiled;
  };
}

export interface ContentResult {
  assessmentId: string | null;
  templateRef: string | null;
  checks: VerificationCheck[];
}

const check = (id: string, ok: boolean, pass: string, fail: string): VerificationCheck => ({
  id,
  status: ok ? 'pass' : 'fail',
  message: ok ? pass : fail,
});

function readAssessment(doc: PdfDocument, checks: VerificationCheck[]): EmbeddedAssessment | null {
  let bytes: Buffer | undefined;
  try {
    bytes = readEmbeddedFile(doc, EMBEDDED_ASSESSMENT_NAME);
  } catch (error) {
    checks.push({
      id: 'embedded-file',
      status: 'fail',
      message: `${EMBEDDED_ASSESSMENT_NAME} cannot be read: ${(error as Error).message}.`,
    });
    return null;
  }
  if (!bytes) {
    checks.push({
      id: 'embedded-file',
      status: 'fail',
      message: `The PDF carries no embedded ${EMBEDDED_ASSESSMENT_NAME}; it is not an Assay report.`,
    });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    checks.push({
      id: 'embedded-file',
      status: 'fail',
      message: `${EMBEDDED_ASSESSMENT_NAME} is not valid JSON: ${(error as Error).message}.`,
    });
    return null;
  }
  const parsed = embeddedAssessmentSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '$'}: ${issue.message}`);
    checks.push({
      id: 'embedded-file',
      status: 'fail',
      message: `${EMBEDDED_ASSESSMENT_NAME} does not match the report format: ${issues.join('; ')}.`,
    });
    return null;
  }
  checks.push({
    id: 'embedded-file',
    status: 'pass',
    message: `${EMBEDDED_ASSESSMENT_NAME} is present and well-formed (${bytes.length} bytes).`,
  });
  return parsed.data;
}

function recompute(
  data: EmbeddedAssessment,
  templates: TemplateLookup | undefined,
  checks: VerificationCheck[],
): void {
  if (data.templateCanonical.length > MAX_TEMPLATE_CHARS) {
    checks.push({
      id: 'template-hash',
      status: 'fail',
      message: `The embedded template is larger than ${MAX_TEMPLATE_CHARS} characters.`,
    });
    return;
  }
  const hash = /#([0-9a-f]{64})$/.exec(data.templateRef)?.[1];
  const actual = createHash('sha256').update(data.templateCanonical, 'utf8').digest('hex');
  const pinned = data.assessment.template?.hash;
  if (!hash || hash !== actual || (pinned !== undefined && pinned !== hash)) {
    checks.push({
      id: 'template-hash',
      status: 'fail',
      message: `The embedded template does not hash to the pinned ${data.templateRef}.`,
    });
    return;
  }
  checks.push({
    id: 'template-hash',
    status: 'pass',
    message: `The embedded template hashes to the pinned ${data.templateRef}.`,
  });
  let recomputed;
  try {
    const compiled = (templates ?? compileEmbeddedTemplate)(hash, data.templateCanonical);
    const evidenceCounts = Object.fromEntries(
      Object.entries(data.evidenceLinks).map(([q, ids]) => [q, ids.length]),
    );
    recomputed = scoreAssessment(compiled, data.answers, {
      evidenceCounts,
      evidenceLinks: data.evidenceLinks,
    });
  } catch (error) {
    checks.push({
      id: 'score',
      status: 'fail',
      message: `The score cannot be recomputed from the embedded data: ${(error as Error).message}.`,
    });
    return;
  }
  const flags = (r: { flags: { id: string }[] }) =>
    r.flags
      .map((f) => f.id)
      .sort()
      .join(',');
  const differences = [
    recomputed.tier !== data.result.tier && `tier ${data.result.tier} (recomputed ${recomputed.tier})`,
    recomputed.recommendation !== data.result.recommendation &&
      `recommendation ${data.result.recommendation} (recomputed ${recomputed.recommendation})`,
    flags(recomputed) !== flags(data.result) &&
      `red flags [${flags(data.result)}] (recomputed [${flags(recomputed)}])`,
  ].filter(Boolean);
  if (differences.length > 0) {
    checks.push({
      id: 'score',
      status: 'fail',
      message: `The embedded result disagrees with the recomputed score: ${differences.join('; ')}.`,
    });
  } else if (canonicalJson(recomputed) !== canonicalJson(data.result)) {
    checks.push({
      id: 'score',
      status: 'fail',
      message:
        'Tier, recommendation and red flags recompute, but other scoring details in the embedded result differ.',
    });
  } else {
    checks.push({
      id: 'score',
      status: 'pass',
      message: `The score recomputes to the same result: tier ${recomputed.tier}, recommendation ${recomputed.recommendation}, ${recomputed.flags.length} red flag(s).`,
    });
  }
}

/**
 * Layout may wrap a long verification line after a hyphen (a template id such as
 * "vendor-onboarding"); such a line continues on the next one, which has no spaces.
 */
export function joinWrappedVerificationLines(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (
      previous?.startsWith('ASSAY-VERIFY') &&
      previous.endsWith('-') &&
      /^\S+\s*$/.test(line) &&
      !line.startsWith('ASSAY-VERIFY')
    ) {
      out[out.length - 1] = previous + line.trim();
    } else out.push(line);
  }
  return out.join('\n');
}

function compareVisible(doc: PdfDocument, data: EmbeddedAssessment, checks: VerificationCheck[]): void {
  const expected = verificationFacts(data);
  const complete = (text: string) => {
    const found = parseVerificationLines(joinWrappedVerificationLines(text)).facts;
    return (Object.keys(expected) as (keyof VerificationFacts)[]).every((key) => found[key] !== undefined);
  };
  let text: string;
  try {
    text = extractText(doc, complete);
  } catch (error) {
    checks.push({
      id: 'visible-facts',
      status: 'fail',
      message: `The page text cannot be read: ${(error as Error).message}.`,
    });
    return;
  }
  const { facts, conflicts } = parseVerificationLines(joinWrappedVerificationLines(text));
  const mismatched = (Object.keys(expected) as (keyof VerificationFacts)[]).filter(
    (key) => facts[key] !== expected[key],
  );
  checks.push(
    check(
      'visible-facts',
      mismatched.length === 0 && conflicts.length === 0,
      'The verification block on the pages agrees with the embedded assessment.',
      `The verification block on the pages ${conflicts.length > 0 ? `prints conflicting values for ${conflicts.join(', ')}` : ''}${conflicts.length > 0 && mismatched.length > 0 ? ' and ' : ''}${mismatched.length > 0 ? `disagrees with or lacks ${mismatched.map((key) => `${key} (page: ${facts[key] ?? 'missing'}, embedded: ${expected[key]})`).join(', ')}` : ''}.`,
    ),
  );
}

/** The embedded assessment.json: present, well-formed, recomputable and consistent with the pages. */
export function checkEmbeddedAssessment(doc: PdfDocument, templates?: TemplateLookup): ContentResult {
  const checks: VerificationCheck[] = [];
  const data = readAssessment(doc, checks);
  if (!data) return { assessmentId: null, templateRef: null, checks };
  // Each step is bounded; the time limit is checked between them (an exceeded one throws).
  doc.budget.check();
  const started = performance.now();
  recompute(data, templates, checks);
  doc.budget.extend(performance.now() - started);
  compareVisible(doc, data, checks);
  return { assessmentId: data.assessment.id, templateRef: data.templateRef, checks };
}
