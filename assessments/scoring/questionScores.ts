import type { Answers } from '../questionnaire/answers';
import type { CompiledTemplate } from '../questionnaire/compile';
import { questionRisk, type QuestionRisk } from '../questionnaire/questionRisk';
import { RISK_MAX } from '../questionnaire/templateSchema';
import type { QuestionScore, SectionScore } from './resultSchema';
import { round2, type ScoringState } from './scoringState';

/**
 * Risk of every visible scored question. An answer the template cannot score (an option value it
 * does not define, a scale point without a risk) counts as no answer: it is listed as missing rather
 * than guessed at.
 */
export function questionRisks(
  compiled: CompiledTemplate,
  answers: Answers,
  visible: ReadonlySet<string>,
  unknownRisk: number,
): Map<string, QuestionRisk> {
  const risks = new Map<string, QuestionRisk>();
  for (const id of compiled.order) {
    const found = compiled.questions.get(id);
    if (!found || !visible.has(id) || found.question.importance === undefined) continue;
    const risk = questionRisk(found.question, answers[id], unknownRisk);
    if (risk) risks.set(id, risk);
  }
  return risks;
}

export function questionScores(state: ScoringState): QuestionScore[] {
  const scores: QuestionScore[] = [];
  for (const id of state.compiled.order) {
    const risk = state.risks.get(id);
    const found = state.compiled.questions.get(id);
    if (!risk || risk.notApplicable || !found || found.question.importance === undefined) continue;
    scores.push({
      questionId: id,
      section: found.section.id,
      importance: found.question.importance,
      risk: risk.risk,
      rule: risk.rule,
      unknown: risk.unknown,
    });
  }
  return scores;
}

/** Raw (unrounded) score of a set of questions, for sections and likelihood components alike. */
export interface QuestionSetScore {
  /** 0–100, or null when no visible scored question of the set is answered. */
  score: number | null;
  answered: number;
  scored: number;
  unknown: number;
  missing: string[];
}

/**
 * S = 100 × Σ(imp·r) / Σ(imp·4) over the visible, answered, scored questions among `ids`. Hidden
 * questions are not applicable and drop out of both sums; unanswered ones drop out too but are
 * reported as missing, so a half-filled section is never mistaken for a low-risk one at finalisation.
 */
export function questionSetScore(state: ScoringState, ids: readonly string[]): QuestionSetScore {
  let weighted = 0;
  let possible = 0;
  const result: QuestionSetScore = { score: null, answered: 0, scored: 0, unknown: 0, missing: [] };
  for (const id of ids) {
    const importance = state.compiled.questions.get(id)?.question.importance;
    if (importance === undefined || !state.visible.has(id)) continue;
    const risk = state.risks.get(id);
    // "Does not apply" drops out of both sums, exactly like a hidden question.
    if (risk?.notApplicable) continue;
    result.scored += 1;
    if (!risk) {
      result.missing.push(id);
      continue;
    }
    result.answered += 1;
    if (risk.unknown) result.unknown += 1;
    weighted += importance * risk.risk;
    possible += importance * RISK_MAX;
  }
  result.score = possible > 0 ? (100 * weighted) / possible : null;
  return result;
}

/** Question ids of each section, in document order. */
export function sectionQuestionIds(compiled: CompiledTemplate): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const section of compiled.template.sections) {
    ids.set(
      section.id,
      section.questions.map((question) => question.id),
    );
  }
  return ids;
}

/** One entry per section that has visible scored questions. */
export function sectionScores(state: ScoringState, bySection: ReadonlyMap<string, string[]>): SectionScore[] {
  const sections: SectionScore[] = [];
  for (const [section, ids] of bySection) {
    const set = questionSetScore(state, ids);
    if (set.scored === 0) continue;
    sections.push({
      section,
      score: set.score === null ? null : round2(set.score),
      answered: set.answered,
      scored: set.scored,
      unknown: set.unknown,
      missing: set.missing,
    });
  }
  return sections;
}
