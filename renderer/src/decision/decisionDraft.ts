import type { TFunction } from 'i18next';
import * as z from 'zod';
import { contract, type OperationInput, type OperationOutput } from '../../../assessments/api/contract';
import {
  CATALOGUE_CATEGORIES,
  CATALOGUE_IDS,
  CONDITION_CATALOGUE,
  LEGACY_TRIGGER_CATEGORY,
  REASSESSMENT_TRIGGERS,
  catalogueCategory,
  conditionSchema,
  type CatalogueId,
  type ConditionCategory,
  type ReassessmentTrigger,
} from './conditionCatalogue';

type Recommendation = OperationOutput<'decision.record'>['finalRecommendation'];
type Decision = OperationOutput<'decision.record'>;
type Blockers = OperationOutput<'assessment.evaluate'>['blockers'];
export type DecisionInput = OperationInput<'decision.record'>;

export interface ExtraCondition {
  category: ConditionCategory;
  text: string;
}

/** What the decision form holds: catalogue conditions and triggers by id, free text as typed. */
export interface DecisionDraft {
  finalRecommendation: Recommendation | null;
  overrideJustification: string;
  conditions: CatalogueId[];
  triggers: ReassessmentTrigger[];
  extra: ExtraCondition[];
  rationale: string;
  reviewDate: string;
}

/** The fields a problem can be shown beside, in the order the form shows them (focus goes to the first). */
export const DECISION_FIELDS = [
  'finalRecommendation',
  'overrideJustification',
  'extra',
  'rationale',
  'reviewDate',
] as const;
export type DecisionField = (typeof DECISION_FIELDS)[number];

const inputSchema = contract['decision.record'].input;

/** The core's minimum, read from the contract so the counter and the core never disagree. */
export const MIN_RATIONALE = inputSchema.shape.rationale.minLength ?? 1;

const APPROVALS: ReadonlySet<Recommendation> = new Set(['approve', 'approve-with-conditions']);

export function emptyDraft(): DecisionDraft {
  return {
    finalRecommendation: null,
    overrideJustification: '',
    conditions: [],
    triggers: [],
    extra: [],
    rationale: '',
    reviewDate: '',
  };
}

/** What the form is judged against: the outcome computed now, its blockers, and today's date. */
export interface DecisionRules {
  computed: Recommendation;
  blockers: Blockers;
  today: string;
}

/**
 * The form's schema: the contract's own field schemas, plus the service's rules (a justification
 * to override, no approval of an incomplete assessment, no review date in the past) so the form
 * refuses what the core would before the round trip.
 */
export function decisionFormSchema({ computed, blockers, today }: DecisionRules) {
  return z
    .object({
      finalRecommendation: inputSchema.shape.finalRecommendation.nullable(),
      overrideJustification: z.string(),
      conditions: z.array(z.enum(CATALOGUE_IDS as [CatalogueId, ...CatalogueId[]])),
      triggers: inputSchema.shape.triggers,
      extra: z.array(conditionSchema),
      rationale: inputSchema.shape.rationale,
      reviewDate: z.union([z.literal(''), z.iso.date()]),
    })
    .superRefine((draft, ctx) => {
      const problem = (field: DecisionField) =>
        ctx.addIssue({ code: 'custom', path: [field], message: field });
      if (draft.finalRecommendation === null) problem('finalRecommendation');
      else if (APPROVALS.has(draft.finalRecommendation) && hasBlockers(blockers))
        problem('finalRecommendation');
      if (isOverride(draft, computed) && !draft.overrideJustification.trim())
        problem('overrideJustification');
      if (isPastDate(draft.reviewDate, today)) problem('reviewDate');
    });
}

export type DecisionFormSchema = ReturnType<typeof decisionFormSchema>;
/** The values react-hook-form holds for the decision form. */
export type DecisionValues = z.input<DecisionFormSchema>;

export function isPastDate(date: string, today: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && date < today;
}

export function catalogueText(t: TFunction, id: CatalogueId): string {
  return t(`decision.conditions.catalogue.${id}`);
}

/** How a trigger was worded when triggers were stored as reporting-duty conditions. */
function legacyTriggerText(t: TFunction, trigger: ReassessmentTrigger): string {
  return t('decision.triggers.stored', { trigger: t(`decision.triggers.items.${trigger}`) });
}

export function isOverride(
  draft: Pick<DecisionDraft, 'finalRecommendation'>,
  computed: Recommendation,
): boolean {
  return draft.finalRecommendation !== null && draft.finalRecommendation !== computed;
}

export function hasBlockers(blockers: Blockers): boolean {
  return Object.values(blockers).some((ids) => ids.length > 0);
}

/**
 * The draft as the contract's input: catalogue conditions in the language they are shown in (the
 * decision keeps that text), triggers by id.
 */
export function toDecisionInput(
  t: TFunction,
  assessmentId: string,
  draft: DecisionDraft,
  computed: Recommendation,
): DecisionInput {
  const catalogue = CATALOGUE_CATEGORIES.flatMap((category) =>
    (CONDITION_CATALOGUE[category] as readonly CatalogueId[])
      .filter((id) => draft.conditions.includes(id))
      .map((id) => ({ category, text: catalogueText(t, id) })),
  );
  const extra = draft.extra.map(({ category, text }) => ({ category, text }));
  return {
    assessmentId,
    finalRecommendation: draft.finalRecommendation ?? computed,
    rationale: draft.rationale,
    overrideJustification: isOverride(draft, computed) ? draft.overrideJustification : null,
    conditions: [...catalogue, ...extra],
    triggers: REASSESSMENT_TRIGGERS.filter((trigger) => draft.triggers.includes(trigger)),
    reviewDate: draft.reviewDate || null,
  };
}

/** Today on the person's own calendar, as YYYY-MM-DD: the earliest review date. */
export function localToday(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/**
 * A recorded decision as a draft to decide again: catalogue conditions are recognised by their
 * text in the current language, triggers by id. A trigger an earlier release recorded as a
 * reporting-duty condition is recognised here once, so deciding again stores it by id; anything
 * else comes back as a free-text condition.
 */
export function draftFromDecision(t: TFunction, decision: Decision): DecisionDraft {
  const byText = new Map<string, CatalogueId>();
  for (const category of CATALOGUE_CATEGORIES)
    for (const id of CONDITION_CATALOGUE[category] as readonly CatalogueId[])
      byText.set(`${category}\n${catalogueText(t, id)}`, id);
  const legacyTriggers = new Map(
    REASSESSMENT_TRIGGERS.map((trigger) => [legacyTriggerText(t, trigger), trigger]),
  );
  const conditions = new Set<CatalogueId>();
  const triggers = new Set<ReassessmentTrigger>(decision.triggers);
  const extra: ExtraCondition[] = [];
  for (const condition of decision.conditions) {
    const id = byText.get(`${condition.category}\n${condition.text}`);
    const legacy =
      condition.category === LEGACY_TRIGGER_CATEGORY ? legacyTriggers.get(condition.text) : undefined;
    if (id && catalogueCategory(id) === condition.category) conditions.add(id);
    else if (legacy) triggers.add(legacy);
    else extra.push({ category: condition.category, text: condition.text });
  }
  return {
    finalRecommendation: decision.finalRecommendation,
    overrideJustification: decision.overrideJustification ?? '',
    conditions: CATALOGUE_IDS.filter((id) => conditions.has(id)),
    triggers: REASSESSMENT_TRIGGERS.filter((trigger) => triggers.has(trigger)),
    extra,
    rationale: decision.rationale,
    reviewDate: decision.reviewDate ?? '',
  };
}
