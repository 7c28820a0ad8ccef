import { parseArgs } from 'node:util';
import type { OperationOutput } from '../../api/contract';
import { withWorkspace } from '../context';
import { UsageError, type CliIo } from '../io';

type Plan = OperationOutput<'assessment.planUpgrade'>;

/**
 * `assay assessment upgrade`: shows what a new version on a newer template would carry and ask for,
 * then (unless --dry-run) makes it. The plan is always printed first so the person sees what is
 * dropped before it is done.
 */
export async function assessmentUpgrade(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      workspace: { type: 'string' },
      assessment: { type: 'string' },
      to: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      'passphrase-file': { type: 'string' },
    },
  });
  const assessmentId = values.assessment;
  if (assessmentId === undefined) throw new UsageError('Missing --assessment ID.');
  const input = { assessmentId, ...(values.to === undefined ? {} : { version: values.to }) };
  return withWorkspace(values.workspace, values['passphrase-file'], io, async (ctx) => {
    if (values['dry-run']) {
      const plan = await ctx.call('assessment.planUpgrade', input);
      io.stdout(values.json ? `${JSON.stringify(plan, null, 2)}\n` : describePlan(plan));
      return 0;
    }
    const upgraded = await ctx.call('assessment.upgrade', input);
    if (values.json) io.stdout(`${JSON.stringify(upgraded, null, 2)}\n`);
    else io.stdout(`${describePlan(upgraded.plan)}New version: ${upgraded.assessment.id}\n`);
    return 0;
  });
}

function describePlan(plan: Plan): string {
  const ref = (t: Plan['from']) => `${t.id}@${t.version}`;
  const list = (ids: readonly string[]) => (ids.length > 0 ? ids.join(', ') : 'none');
  const lines = [
    `Upgrade of ${plan.assessmentId} from ${ref(plan.from)} to ${ref(plan.to)}`,
    `  carried:   ${list(plan.carried)}`,
    `  dropped:   ${plan.dropped.length > 0 ? '' : 'none'}`,
    ...plan.dropped.map((d) => `    ${d.questionId}  ${d.message}`),
    `  new:       ${list(plan.newQuestions)}`,
    `  changed:   ${list(plan.changedQuestions)}`,
    `  to answer: ${list(plan.toAnswer)}`,
    `  evidence:  ${plan.evidence.items} item(s), ${plan.evidence.links.length} link(s) carried, ${plan.evidence.droppedLinks.length} dropped`,
    `  result:    ${outcome(plan.before.result)}  →  ${outcome(plan.after.result)}`,
  ];
  return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}

function outcome(result: Plan['before']['result']): string {
  return `${result.tier} / ${result.recommendation}${result.incomplete ? ' (incomplete)' : ''}`;
}
