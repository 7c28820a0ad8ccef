import {
  parseVerificationLines,
  verificationFacts,
  type EmbeddedAssessment,
  type VerificationFacts,
} from './embeddedAssessment';
import type { Checks } from './checks';
import { extractText } from './pdf/pageText';
import type { PdfObjects } from './pdf/pdfObjects';
import { BudgetExceededError } from './pdf/pdfValues';

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

/** The ASSAY-VERIFY lines on the pages must print exactly the embedded facts, each once. */
export function compareVisibleFacts(doc: PdfObjects, data: EmbeddedAssessment, checks: Checks): void {
  const expected = verificationFacts(data);
  const keys = (Object.keys(expected) as (keyof VerificationFacts)[]).filter(
    (k) => expected[k] !== undefined,
  );
  const complete = (text: string) => {
    const found = parseVerificationLines(joinWrappedVerificationLines(text)).facts;
    return keys.every((key) => found[key] !== undefined);
  };
  let text: string;
  try {
    text = extractText(doc, complete);
  } catch (error) {
    if (error instanceof BudgetExceededError) throw error;
    checks.fail('visible-facts', 'contentPageTextUnreadable', { reason: (error as Error).message });
    return;
  }
  const { facts, conflicts } = parseVerificationLines(joinWrappedVerificationLines(text));
  const mismatched = keys.filter((key) => facts[key] !== expected[key]);
  if (conflicts.length > 0)
    checks.fail('visible-facts', 'contentVisibleConflict', { fields: conflicts.join(', ') });
  if (mismatched.length > 0)
    checks.fail('visible-facts', 'contentVisibleMismatch', {
      fields: mismatched.map((key) => `${key} (${facts[key] ?? '—'} ≠ ${expected[key]})`).join(', '),
    });
  if (conflicts.length === 0 && mismatched.length === 0) checks.pass('visible-facts', 'contentVisibleOk');
}
