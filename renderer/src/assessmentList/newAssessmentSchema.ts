import * as z from 'zod';
import { contract } from '../../../assessments/api/contract';
import { identifiedPartySchema } from '../../../assessments/questionnaire/answers';

const createInput = contract['assessment.create'].input;

const identifiedParty = identifiedPartySchema.shape;

/**
 * The contract's own fields are the form's validation, so what passes here passes the core; the
 * rest are the intake facts the dialog turns into initial answers. An end user marked not
 * identified is not sent, so neither its name nor its details are checked.
 */
export function newAssessmentSchema({
  asksControlStatus,
  asksParties,
}: {
  asksControlStatus: boolean;
  asksParties: boolean;
}) {
  return createInput
    .pick({ title: true, destinationCountry: true, productDescription: true })
    .extend({
      endUserName: z.string(),
      endUserNotIdentified: z.boolean(),
      endUserNationality: z.string(),
      endUserIdentifierType: z.string(),
      endUserIdentifierValue: z.string(),
      intermediaries: z.array(z.string()),
      intermediaryDraft: z.string(),
      productCategories: z.array(z.string()),
      controlStatus: z.string(),
      controlCode: z.string(),
    })
    .superRefine((values, context) => {
      if (!values.endUserNotIdentified) {
        const name = createInput.shape.endUserName.safeParse(values.endUserName);
        for (const issue of name.error?.issues ?? []) context.addIssue({ ...issue, path: ['endUserName'] });
        if (asksParties) checkEndUserDetails(values, context);
      }
      if (asksControlStatus && values.controlCode.trim() && !values.controlStatus)
        context.addIssue({
          code: 'custom',
          path: ['controlStatus'],
          message: 'a control code needs its status',
        });
    });
}

type NewAssessmentSchema = ReturnType<typeof newAssessmentSchema>;
export type NewAssessmentValues = z.input<NewAssessmentSchema>;
export type NewAssessmentOutput = z.output<NewAssessmentSchema>;

/**
 * The end user's details as the questionnaire's party schema takes them: a country from the list,
 * an identifier with both its type and its value, and a name for them to belong to.
 */
function checkEndUserDetails(
  values: Pick<
    NewAssessmentValues,
    'endUserName' | 'endUserNationality' | 'endUserIdentifierType' | 'endUserIdentifierValue'
  >,
  context: z.RefinementCtx,
) {
  const nationality = values.endUserNationality;
  const type = values.endUserIdentifierType.trim();
  const value = values.endUserIdentifierValue.trim();
  const invalid = (path: string, message: string) =>
    context.addIssue({ code: 'custom', path: [path], message });
  if (nationality && !identifiedParty.nationality.safeParse(nationality).success)
    invalid('endUserNationality', 'not a country of the list');
  if (value && !type) invalid('endUserIdentifierType', 'an identifier needs its type');
  if (type && !value) invalid('endUserIdentifierValue', 'an identifier type needs its value');
  if ((nationality || type || value) && !values.endUserName.trim())
    invalid('endUserName', 'details without the name they belong to');
}
