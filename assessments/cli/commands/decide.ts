import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { dispatch } from '../../api/dispatch';
import type { OperationInput, OperationOutput } from '../../api/contract';
import {
  CONDITION_CATEGORIES,
  type conditionSchema,
  recordDecisionInputSchema,
  REASSESSMENT_TRIGGERS,
} from '../../decision/schemas';
import { RECOMMENDATIONS } from '../../questionnaire/templateSchema';
import { withWorkspace } from '../context';
import { CommandError, UsageError, type CliIo } from '../io';

type DecisionInput = OperationInput<'decision.record'>;

/** The flag that gives each field of the decision, so that an error names what to change. */
const FLAG_OF: Record<string, string> = {
  assessmentId: '--assessment',
  finalRecommendation: '--recommendation',
  rationale: '--rationale-file',
  overrideJustification: '--override-justification-file',
  conditions: '--condition',
  triggers: '--trigger',
  reviewDate: '--review-date',
};

/** A text given as a file (UTF-8, a leading byte-order mark dropped); errors name the flag and file. */
function readTextFlag(flag: string, file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  } catch (error) {
    throw new CommandError(`${flag} ${file}: cannot read the file: ${(error as Error).message}`, 2);
  }
}

/** `--condition CATEGORY:TEXT`, e.g. `--condition "reporting-duty:Report every deployment."`. */
function parseCondition(given: string): z.infer<typeof conditionSchema> {
  const colon = given.indexOf(':');
  const category = colon < 0 ? '' : given.slice(0, colon).trim();
  if (!(CONDITION_CATEGORIES as readonly string[]).includes(category))
    throw new UsageError(
      `--condition ${given}: expected CATEGORY:TEXT with CATEGORY one of ${CONDITION_CATEGORIES.join(', ')}.`,
    );
  return { category: category as (typeof CONDITION_CATEGORIES)[number], text: given.slice(colon + 1).trim() };
}

/** Checks the flags against the operation's own schema; the first problem is reported by its flag. */
function decisionInput(values: ReturnType<typeof parseDecideArgs>['values']): DecisionInput {
  if (!values.assessment) throw new UsageError('Missing --assessment ID.');
  if (!values.recommendation)
    throw new UsageError(`Missing --recommendation (one of ${RECOMMENDATIONS.join(', ')}).`);
  if (!values['rationale-file'])
    throw new UsageError('Missing --rationale-file FILE (the reasons, as text).');
  const justificationFile = values['override-justification-file'];
  const parsed = recordDecisionInputSchema.safeParse({
    assessmentId: values.assessment,
    finalRecommendation: values.recommendation,
    rationale: readTextFlag('--rationale-file', values['rationale-file']),
    overrideJustification:
      justificationFile === undefined
        ? null
        : readTextFlag('--override-justification-file', justificationFile),
    conditions: (values.condition ?? []).map(parseCondition),
    triggers: [...new Set(values.trigger ?? [])],
    reviewDate: values['review-date'] ?? null,
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  const flag = FLAG_OF[field] ?? 'decision';
  const given =
    field === 'rationale'
      ? ` ${values['rationale-file']}`
      : field === 'overrideJustification'
        ? ` ${justificationFile}`
        : '';
  const accepted =
    field === 'finalRecommendation'
      ? ` (one of ${RECOMMENDATIONS.join(', ')})`
      : field === 'triggers'
        ? ` (each one of ${REASSESSMENT_TRIGGERS.join(', ')})`
        : '';
  throw new UsageError(`${flag}${given}: ${issue?.message ?? 'not accepted'}${accepted}.`);
}

const parseDecideArgs = (args: string[]) =>
  parseArgs({
    args,
    options: {
      workspace: { type: 'string' },
      'passphrase-file': { type: 'string' },
      assessment: { type: 'string' },
      recommendation: { type: 'string' },
      'rationale-file': { type: 'string' },
      'override-justification-file': { type: 'string' },
      condition: { type: 'string', multiple: true },
      trigger: { type: 'string', multiple: true },
      'review-date': { type: 'string' },
      json: { type: 'boolean' },
    },
  });

/**
 * `assay decide`: records the assessor's decision on an assessment (the one the app's decision step
 * records), so that `assay report` can sign it. Prints the decision.
 */
export async function decideCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseDecideArgs(args);
  if (!values.workspace) throw new UsageError('Missing --workspace DIR.');
  const input = decisionInput(values);
  const decision = await withWorkspace(values.workspace, values['passphrase-file'], io, async (ctx) => {
    const recorded = await dispatch(ctx.handlers, 'decision.record', input);
    if (recorded.ok) return recorded.value as OperationOutput<'decision.record'>;
    // The service's own refusals (an override without justification, a past review date) name a
    // field of the input: say which flag gives it.
    const issues = (recorded.error.details as { issues?: { path?: unknown }[] } | undefined)?.issues;
    const flag = FLAG_OF[String(issues?.[0]?.path ?? '')];
    throw new CommandError(flag ? `${flag}: ${recorded.error.message}` : recorded.error.message);
  });
  if (values.json) io.stdout(`${JSON.stringify(decision, null, 2)}\n`);
  else {
    io.stdout(
      `${decision.id}  ${decision.finalRecommendation} (computed: ${decision.computedTier}, ${decision.computedRecommendation})\n`,
    );
  }
  return 0;
}
