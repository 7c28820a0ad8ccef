import {
  EMBEDDED_ASSESSMENT_NAME,
  embeddedAssessmentSchema,
  type EmbeddedAssessment,
} from './embeddedAssessment';
import type { Checks } from './checks';
import { readEmbeddedFile } from './pdf/embeddedFiles';
import type { PdfObjects } from './pdf/pdfObjects';
import { BudgetExceededError } from './pdf/pdfValues';
import { parseEmbeddedJson } from './parseEmbeddedJson';
import type { KnownTemplate } from './templateLookup';

/**
 * assessment.json of the revision `doc` reads, checked against every format a release has written.
 * Templates the verifier already knows are recognised in it rather than decoded again.
 */
export function readEmbeddedAssessment(
  doc: PdfObjects,
  checks: Checks,
  known: readonly KnownTemplate[] = [],
): EmbeddedAssessment | null {
  const name = EMBEDDED_ASSESSMENT_NAME;
  let bytes: Buffer | undefined;
  try {
    bytes = readEmbeddedFile(doc, name);
  } catch (error) {
    if (error instanceof BudgetExceededError) throw error;
    checks.fail('embedded-file', 'contentEmbeddedUnreadable', { name, reason: (error as Error).message });
    return null;
  }
  if (!bytes) {
    checks.fail('embedded-file', 'contentEmbeddedMissing', { name });
    return null;
  }
  let json: unknown;
  try {
    json = parseEmbeddedJson(bytes, known);
  } catch (error) {
    checks.fail('embedded-file', 'contentEmbeddedNotJson', { name, reason: (error as Error).message });
    return null;
  }
  const parsed = embeddedAssessmentSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '$'}: ${issue.message}`);
    checks.fail('embedded-file', 'contentEmbeddedBadFormat', { name, issues: issues.join('; ') });
    return null;
  }
  checks.pass('embedded-file', 'contentEmbeddedOk', {
    name,
    bytes: bytes.length,
    format: parsed.data.format,
  });
  return parsed.data;
}
