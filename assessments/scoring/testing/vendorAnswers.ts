import type { AnswerEntry, Answers } from '../../questionnaire/answers';
import { scoreAssessment, type ScoringOptions } from '../scoreAssessment';
import type { ScoringResult } from '../resultSchema';
import { vendorOnboarding } from './templates';

/**
 * A low-risk supplier for the vendor-onboarding fixture: every required question answered, every
 * scored answer at risk 0 except B1 (logistics, 1). Severity 2, L = 0.3 × 15 = 4.5 → band 1,
 * mitigation credit held (already at band 1) → Low → approve.
 */
export const CLEAN: Answers = {
  A1: { value: 'Acme Components Ltd' },
  A2: { value: 'strong' },
  A3: { value: ['iso27001', 'iso9001', 'soc2', 'sa8000'] },
  A4: { value: 'no' },
  B1: { value: ['logistics'] },
  B2: { value: ['none'] },
  B4: { value: 1 },
  B5: { value: 'complete' },
  C1: { value: 2 },
  C2: { value: 2 },
  C4: { value: 'verified' },
};

export const CLEAN_EVIDENCE: Readonly<Record<string, number>> = { A4: 1, B5: 1 };

/** The clean answers with some replaced; `undefined` removes an answer. */
export function answersWith(
  changes: Record<string, AnswerEntry['value'] | undefined>,
  base: Answers = CLEAN,
): Answers {
  const answers: Record<string, AnswerEntry> = {};
  for (const [id, entry] of Object.entries(base)) if (entry) answers[id] = entry;
  for (const [id, value] of Object.entries(changes)) {
    if (value === undefined) delete answers[id];
    else answers[id] = { value };
  }
  return answers;
}

const compiled = vendorOnboarding();

export function scoreVendor(
  changes: Record<string, AnswerEntry['value'] | undefined> = {},
  options: ScoringOptions = { evidenceCounts: CLEAN_EVIDENCE },
): ScoringResult {
  return scoreAssessment(compiled, answersWith(changes), options);
}
