import { parseArgs } from 'node:util';
import { formatProblems } from '../../questionnaire/templateErrors';
import { loadTemplate, TemplateInvalidError } from '../../templates/loadTemplate';
import { CommandError, UsageError, type CliIo } from '../io';

export async function templateCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'validate')
    throw new UsageError(`Unknown command "template ${sub ?? ''}". Expected "template validate PATH".`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
  });
  if (positionals.length !== 1 || !positionals[0])
    throw new UsageError('Expected one template folder or template.json: assay template validate PATH');
  const path = positionals[0];
  try {
    const bundle = loadTemplate(path);
    const questions = bundle.template.sections.reduce((sum, section) => sum + section.questions.length, 0);
    if (values.json)
      io.stdout(
        `${JSON.stringify({ ok: true, ref: bundle.ref, questions, locales: bundle.template.locales }, null, 2)}\n`,
      );
    else
      io.stdout(
        `ok ${bundle.ref}: ${bundle.template.sections.length} sections, ${questions} questions, locales ${bundle.template.locales.join(', ')}\n`,
      );
    return 0;
  } catch (error) {
    if (!(error instanceof TemplateInvalidError)) throw error;
    if (values.json) io.stdout(`${JSON.stringify({ ok: false, problems: error.problems }, null, 2)}\n`);
    else io.stdout(`${formatProblems(error.problems)}\n`);
    throw new CommandError(
      `${path}: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} found.`,
    );
  }
}
