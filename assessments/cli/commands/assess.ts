import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseAnswersFile } from '../../questionnaire/answersFile';
import { compileTemplate } from '../../questionnaire/compile';
import { formatProblems } from '../../questionnaire/templateErrors';
import { normaliseCountryCode } from '../../shared/countries';
import { createCliContext } from '../context';
import { CommandError, readPassphrase, UsageError, type CliIo } from '../io';

/** Reads and parses a JSON file, naming the file in every error. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new CommandError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** `assay assess`: a whole assessment from an answers file, for batch use. Prints the new id. */
export async function assessCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      workspace: { type: 'string' },
      template: { type: 'string' },
      answers: { type: 'string' },
      title: { type: 'string' },
      destination: { type: 'string' },
      'end-user': { type: 'string' },
      'passphrase-file': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (!values.workspace) throw new UsageError('Missing --workspace DIR.');
  if (!values.template) throw new UsageError('Missing --template ID (e.g. surveillance-export-hria).');
  if (!values.answers) throw new UsageError('Missing --answers FILE (see docs/answers-format.md).');
  const destination = values.destination === undefined ? null : normaliseCountryCode(values.destination);
  if (values.destination !== undefined && !destination) {
    throw new UsageError(
      `--destination ${values.destination}: expected an ISO 3166-1 country code such as EG or EGY.`,
    );
  }
  const ctx = createCliContext(values.workspace);
  const [id, version] = values.template.split('@');
  const bundle = (await ctx.call('template.get', { id: id ?? '', version })).template;
  const parsed = parseAnswersFile(
    readJsonFile(values.answers),
    compileTemplate(bundle),
    basename(values.answers),
  );
  if (!parsed.ok) {
    throw new CommandError(
      `${values.answers} does not fit ${bundle.id}@${bundle.version}:\n${formatProblems(parsed.problems)}`,
    );
  }
  if (Object.keys(parsed.evidence).length > 0) {
    throw new CommandError(
      `${values.answers} lists evidence for ${Object.keys(parsed.evidence).join(', ')}: evidence is attached to a stored assessment as files (hashed into the vault), not referenced from an answers file. Remove "evidence" to import the answers.`,
    );
  }
  await ctx.call('workspace.unlock', { passphrase: readPassphrase(values['passphrase-file'], io) });
  try {
    const created = await ctx.call('assessment.import', {
      title: values.title ?? `${bundle.title} (${basename(values.answers)})`,
      destinationCountry: destination as never,
      endUserName: values['end-user'] ?? null,
      productDescription: null,
      templateId: bundle.id,
      templateVersion: bundle.version,
      answers: parsed.answers,
    });
    io.stdout(values.json ? `${JSON.stringify(created, null, 2)}\n` : `${created.id}\n`);
    return 0;
  } finally {
    await ctx.call('workspace.lock', {});
  }
}
