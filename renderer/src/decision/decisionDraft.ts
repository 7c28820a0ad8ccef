import type { TFunction } from 'i18next';
import { contract, type OperationInput, type OperationOutput } from '../../../assessments/api/contract';
import {
  CATALOGUE_CATEGORIES,
  CONDITION_CATALOGUE,
  REASSESSMENT_TRIGGERS,
  TRIGGER_CATEGORY,
  catalogueCategory,
  type CatalogueId,
  type ConditionCategory,
  type ReassessmentTrigger,
} from './conditionCatalogue';

type Recommendation = OperationOutput<'decision.record'>['finalRecommendation'];
type Decision = OperationOutput<'decision.record'>;
type Blockers = OperationOutput<'assessment.evaluate'>['blockers'];
export type DecisionInput = OperationInput<'decision.record'>;

export interface ExtraCondition {
  key: number;
  category: ConditionCategory;
  text: string;
}

export interface DecisionDraft {
  finalRecommendation: Recommendation | null;
  overrideJustification: string;
  conditions: ReadonlySet<CatalogueId>;
  triggers: ReadonlySet<ReassessmentTrigger>;
  extra: readonly ExtraCondition[];
  rationale: string;
  reviewDate: string;
}

/** The fields a problem can be shown beside, in the order the form shows them (focus goes to the first). */
export const DECISION_FIELDS = [
  'finalRecommendation',
  'overrideJustification',
  'conditions',
  'rationale',
  'reviewDate',
] as const;
export type DecisionField = (typeof DECISION_FIELDS)[number];
export type DecisionProblems = Partial<Record<DecisionField, string>>;

const inputSchema = contract['decision.record'].input;

/** The core's minimum, read from the contract so the counter and the core never disagree. */
export const MIN_RATIONALE = inputSchema.shape.rationale.minLength ?? 1;

const APPROVALS: ReadonlySet<Recommendation> = new Set(['approve', 'approve-with-conditions']);

export function emptyDraft(): DecisionDraft {
  return {
    finalRecommendation: null,
    overrideJustification: '',
    conditions: new Set(),
    triggers: new Set(),
    extra: [],
    rationale: '',
    reviewDate: '',
  };
}

export function catalogueText(t: TFunction, id: CatalogueId): string {
  return t(`decision.conditions.catalogue.${id}`);
}

export function triggerText(t: TFunction, trigger: ReassessmentTrigger): string {
  return t('decision.triggers.stored', { trigger: t(`decision.triggers.items.${trigger}`) });
}

export function isOverride(draft: DecisionDraft, computed: Recommendation): boolean {
  return draft.finalRecommendation !== null && draft.finalRecommendation !== computed;
}

export function hasBlockers(blockers: Blockers): boolean {
  return Object.values(blockers).some((ids) => ids.length > 0);
}

/** The draft as the contract's input, in the language it is shown in (the decision keeps that text). */
export function toDecisionInput(
  t: TFunction,
  assessmentId: string,
  draft: DecisionDraft,
  computed: Recommendation,
): DecisionInput {
  const catalogue = CATALOGUE_CATEGORIES.flatMap((category) =>
    (CONDITION_CATALOGUE[category] as readonly CatalogueId[])
      .filter((id) => draft.conditions.has(id))
      .map((id) => ({ category, text: catalogueText(t, id) })),
  );
  const triggers = REASSESSMENT_TRIGGERS.filter((trigger) => draft.triggers.has(trigger)).map((trigger) => ({
    category: TRIGGER_CATEGORY,
    text: triggerText(t, trigger),
  }));
  const extra = draft.extra.map(({ category, text }) => ({ category, text }));
  return {
    assessmentId,
    finalRecommendation: draft.finalRecommendation ?? computed,
    rationale: draft.rationale,
    overrideJustification: isOverride(draft, computed) ? draft.overrideJustification : null,
    conditions: [...catalogue, ...triggers, ...extra],
    reviewDate: draft.reviewDate || null,
  };
}

/**
 * What the core would refuse, checked before the round trip with the contract's own schema plus
 * the service's two rules (override justification, approval of an incomplete assessment).
 */
export function validateDraft(
  t: TFunction,
  assessmentId: string,
  draft: DecisionDraft,
  computed: Recommendation,
  blockers: Blockers,
): DecisionProblems {
  const problems: DecisionProblems = {};
  if (draft.finalRecommendation === null) problems.finalRecommendation = t('decision.errors.finalRequired');
  else if (APPROVALS.has(draft.finalRecommendation) && hasBlockers(blockers))
    problems.finalRecommendation = t('decision.errors.approvalBlocked');
  if (isOverride(draft, computed) && !draft.overrideJustification.trim())
    problems.overrideJustification = t('decision.errors.overrideRequired');
  if (draft.reviewDate && draft.reviewDate < localToday())
    problems.reviewDate = t('decision.errors.reviewDatePast');
  const parsed = inputSchema.safeParse(toDecisionInput(t, assessmentId, draft, computed));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(String(issue.path[0] ?? ''));
      if (field && !problems[field]) problems[field] = problemText(t, field);
    }
  }
  return problems;
}

/** Today on the person's own calendar, as YYYY-MM-DD: what a date input's `min` takes. */
export function localToday(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Problems the core reported (`details.issues[].path`), placed beside their fields. */
export function problemsFromCore(t: TFunction, details: unknown): DecisionProblems {
  const problems: DecisionProblems = {};
  const issues = (details as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return problems;
  for (const issue of issues) {
    const path = (issue as { path?: unknown } | null)?.path;
    const field = typeof path === 'string' ? fieldOf(path.split('.')[0] ?? '') : null;
    if (field && !problems[field]) problems[field] = problemText(t, field);
  }
  return problems;
}

function fieldOf(name: string): DecisionField | null {
  return (DECISION_FIELDS as readonly string[]).includes(name) ? (name as DecisionField) : null;
}

function problemText(t: TFunction, field: DecisionField): string {
  switch (field) {
    case 'finalRecommendation':
      return t('decision.errors.finalRequired');
    case 'overrideJustification':
      return t('decision.errors.overrideRequired');
    case 'conditions':
      return t('decision.errors.conditionEmpty');
    case 'rationale':
      return t('decision.errors.rationaleTooShort', { min: MIN_RATIONALE });
    case 'reviewDate':
      return t('decision.errors.reviewDate');
  }
}

/**
 * A recorded decision as a draft to decide again: catalogue conditions and triggers are recognised
 * by their text in the current language; anything else comes back as a free-text condition.
 */
export function draftFromDecision(t: TFunction, decision: Decision): DecisionDraft {
  const byText = new Map<string, CatalogueId>();
  for (const category of CATALOGUE_CATEGORIES)
    for (const id of CONDITION_CATALOGUE[category] as readonly CatalogueId[])
      byText.set(`${category}\n${catalogueText(t, id)}`, id);
  const triggersByText = new Map(REASSESSMENT_TRIGGERS.map((trigger) => [triggerText(t, trigger), trigger]));
  const conditions = new Set<CatalogueId>();
  const triggers = new Set<ReassessmentTrigger>();
  const extra: ExtraCondition[] = [];
  decision.conditions.forEach((condition, index) => {
    const id = byText.get(`${condition.category}\n${condition.text}`);
    const trigger = condition.category === TRIGGER_CATEGORY ? triggersByText.get(condition.text) : undefined;
    if (id && catalogueCategory(id) === condition.category) conditions.add(id);
    else if (trigger) triggers.add(trigger);
    else extra.push({ key: index, category: condition.category, text: condition.text });
  });
  return {
    finalRecommendation: decision.finalRecommendation,
    overrideJustification: decision.overrideJustification ?? '',
    conditions,
    triggers,
    extra,
    rationale: decision.rationale,
    reviewDate: decision.reviewDate ?? '',
  };
}
