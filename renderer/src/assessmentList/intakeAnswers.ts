import type { OperationInput } from '../../../assessments/api/contract';
import type { TemplateBundle } from '../templates/templateBundle';

type Question = TemplateBundle['template']['sections'][number]['questions'][number];
type InitialAnswers = NonNullable<OperationInput<'assessment.create'>['initialAnswers']>;

/**
 * The questions of the surveillance-export template that the facts asked for at creation answer:
 * the destination (C1), every party to the transaction (E1: end user and intermediaries), the
 * capability category (B1) and the export-control status with its code (B2, code in the note).
 * A template without a question of that id and type simply does not get that answer.
 */
const INTAKE = {
  destination: { id: 'C1', type: 'country' },
  parties: { id: 'E1', type: 'entity' },
  productCategory: { id: 'B1', type: 'multi' },
  controlStatus: { id: 'B2', type: 'single' },
} as const;

export type IntakeQuestions = { [K in keyof typeof INTAKE]: Question | null };

export function intakeQuestions(bundle: TemplateBundle | null): IntakeQuestions {
  const all = bundle?.template.sections.flatMap((section) => section.questions) ?? [];
  const find = ({ id, type }: { id: string; type: string }) =>
    all.find((question) => question.id === id && question.type === type) ?? null;
  return {
    destination: find(INTAKE.destination),
    parties: find(INTAKE.parties),
    productCategory: find(INTAKE.productCategory),
    controlStatus: find(INTAKE.controlStatus),
  };
}

export interface IntakeValues {
  destinationCountry: string;
  endUserName: string;
  /** The end user's country of registration or nationality (ISO alpha-2); empty or absent if not given. */
  endUserNationality?: string;
  /** One identifier of the end user, kept only when both its type and its value are given. */
  endUserIdentifierType?: string;
  endUserIdentifierValue?: string;
  intermediaries: readonly string[];
  productCategories: readonly string[];
  controlStatus: string;
  controlCode: string;
}

/** Party roles as the assessor's language writes them; the entity editor shows them as typed. */
export interface PartyRoles {
  endUser: string;
  intermediary: string;
}

export function buildInitialAnswers(
  questions: IntakeQuestions,
  values: IntakeValues,
  roles: PartyRoles,
): InitialAnswers {
  const answers: InitialAnswers = {};
  if (questions.destination && values.destinationCountry)
    answers[questions.destination.id] = { value: values.destinationCountry };
  const parties = [
    ...(values.endUserName.trim() ? [endUserParty(values, roles.endUser)] : []),
    ...values.intermediaries
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => ({ name, role: roles.intermediary })),
  ];
  if (questions.parties && parties.length > 0)
    answers[questions.parties.id] = { value: questions.parties.multiple ? parties : (parties[0] ?? null) };
  if (questions.productCategory && values.productCategories.length > 0)
    answers[questions.productCategory.id] = { value: [...values.productCategories] };
  if (questions.controlStatus && values.controlStatus) {
    const code = values.controlCode.trim();
    answers[questions.controlStatus.id] = code
      ? { value: values.controlStatus, note: code }
      : { value: values.controlStatus };
  }
  return answers;
}

/** The named end user, with its nationality and identifier only when they were given. */
function endUserParty(values: IntakeValues, role: string) {
  const nationality = values.endUserNationality ?? '';
  const type = values.endUserIdentifierType?.trim() ?? '';
  const value = values.endUserIdentifierValue?.trim() ?? '';
  return {
    name: values.endUserName.trim(),
    role,
    ...(nationality ? { nationality } : {}),
    ...(type && value ? { identifiers: [{ type, value }] } : {}),
  };
}
