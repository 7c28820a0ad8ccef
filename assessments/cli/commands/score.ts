import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseAnswersFile } from '../../questionnaire/answersFile';
import { compileTemplate } from '../../questionnaire/compile';
import { formatProblems } from '../../questionnaire/templateErrors';
import { inFlagOrder } from '../../scoring/flagOrder';
import { scoreAssessment } from '../../scoring/scoreAssessment';
import { loadTemplate } from '../../templates/loadTemplate';
import { CommandError, UsageError, type CliIo } from '../io';
import { readJsonFile } from './assess';

/** `assay score`: pure scoring of an answers file against a template; no workspace involved. */
export async function scoreCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { template: { type: 'string' }, answers: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (!values.template) throw new UsageError('Missing --template PATH (a template folder or template.json).');
  if (!values.answers) throw new UsageError('Missing --answers FILE (see docs/answers-format.md).');
  const bundle = loadTemplate(values.template);
  const compiled = compileTemplate(bundle.template);
  const parsed = parseAnswersFile(readJsonFile(values.answers), compiled, basename(values.answers));
  if (!parsed.ok) {
    throw new CommandError(
      `${values.answers} does not fit ${bundle.template.id}@${bundle.template.version}:\n${formatProblems(parsed.problems)}`,
    );
  }
  const evidenceCounts = Object.fromEntries(
    Object.entries(parsed.evidence).map(([id, items]) => [id, items.length]),
  );
  const result = scoreAssessment(compiled, parsed.answers, {
    evidenceCounts,
    evidenceLinks: parsed.evidence,
  });
  if (values.json) {
    io.stdout(`${JSON.stringify({ templateRef: bundle.ref, result }, null, 2)}\n`);
    return 0;
  }
  io.stdout(`${bundle.ref}\n`);
  io.stdout(
    `tier ${result.tier}, recommendation ${result.recommendation}${result.incomplete ? ' (incomplete)' : ''}\n`,
  );
  io.stdout(
    `severity ${result.severity.band}, likelihood ${result.likelihood.finalBand} (score ${result.likelihood.score}), matrix ${result.matrixTier}\n`,
  );
  for (const section of result.sections) io.stdout(`  section ${section.section}: ${section.score ?? '—'}\n`);
  for (const flag of inFlagOrder(result.flags))
    io.stdout(`  ${flag.code.padEnd(6)} ${flag.id}: ${flag.message}\n`);
  const gaps = result.gaps;
  if (gaps.unknownAnswers.length) io.stdout(`  unknown answers: ${gaps.unknownAnswers.join(', ')}\n`);
  if (gaps.missingRequired.length) io.stdout(`  unanswered required: ${gaps.missingRequired.join(', ')}\n`);
  return 0;
}
