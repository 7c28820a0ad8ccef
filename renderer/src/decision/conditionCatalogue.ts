import { contract, type OperationInput } from '../../../assessments/api/contract';

export type ConditionCategory = NonNullable<
  OperationInput<'decision.record'>['conditions']
>[number]['category'];
export type CatalogueCategory = Exclude<ConditionCategory, 'other'>;

/**
 * Concrete conditions an assessor can attach to a decision, by category, drawn from the
 * methodology's mitigation section (contract clauses G1, technical controls G2, monitoring and
 * post-shipment verification G5) and its reporting duties. Their wording lives in the UI locales
 * (`decision.conditions.catalogue.<id>`); the recorded decision keeps the text as chosen.
 */
export const CONDITION_CATALOGUE = {
  'contract-clause': [
    'lawfulPurpose',
    'noTargeting',
    'auditRights',
    'misuseNotification',
    'suspension',
    'noRetransfer',
    'cooperation',
  ],
  'technical-safeguard': [
    'geofence',
    'targetCaps',
    'auditLogs',
    'licenceExpiry',
    'remoteDisable',
    'protectedTraits',
  ],
  'post-shipment-verification': ['psvOnSite', 'installationCheck', 'rescreenParties', 'updatesAfterCheck'],
  'reporting-duty': ['misuseReport', 'annualReport', 'authorityNotice', 'changeNotice'],
} as const satisfies Record<CatalogueCategory, readonly string[]>;

export type CatalogueId = (typeof CONDITION_CATALOGUE)[CatalogueCategory][number];

export const CATALOGUE_CATEGORIES = Object.keys(CONDITION_CATALOGUE) as CatalogueCategory[];

/** Every category a free-text condition may be filed under, in the order the form lists them. */
export const CONDITION_CATEGORIES: readonly ConditionCategory[] = [...CATALOGUE_CATEGORIES, 'other'];

export function catalogueCategory(id: CatalogueId): CatalogueCategory {
  const found = CATALOGUE_CATEGORIES.find((category) =>
    (CONDITION_CATALOGUE[category] as readonly string[]).includes(id),
  );
  if (!found) throw new Error(`Unknown catalogue condition ${id}`);
  return found;
}

const decisionInput = contract['decision.record'].input;

/** Events that call for a new assessment before any further delivery (BRIEF I5), stored by id. */
export const REASSESSMENT_TRIGGERS = decisionInput.shape.triggers.unwrap().element.options;
export type ReassessmentTrigger = (typeof REASSESSMENT_TRIGGERS)[number];

/** A free-text condition as the contract takes it. */
export const conditionSchema = decisionInput.shape.conditions.unwrap().element;

/** Every catalogue id, for the form's schema. */
export const CATALOGUE_IDS = CATALOGUE_CATEGORIES.flatMap(
  (category) => CONDITION_CATALOGUE[category] as readonly CatalogueId[],
);

/**
 * Decisions recorded before triggers were stored by id carry them as reporting-duty conditions
 * ("re-assess … if: …"), worded in the language of the day; deciding again recognises them.
 */
export const LEGACY_TRIGGER_CATEGORY: ConditionCategory = 'reporting-duty';
