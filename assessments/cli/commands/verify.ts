import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { cachedTemplateLookup } from '../../verify/templateLookup';
import { extractSignedAssessmentJson, extractRevision } from '../../verify/extractFromReport';
import type { PdfVerification } from '../../verify/verificationSchema';
import { EXIT_CODE, mostSevere } from '../../verify/verdicts';
import { verifyPdfInput } from '../../verify/verifyPdfFile';
import { CommandError, UsageError, type CliIo } from '../io';

/** `--extract-revision N OUT` takes two values, which parseArgs cannot express: lift it out first. */
function liftExtractRevision(args: string[]): { rest: string[]; revision?: { n: number; out: string } } {
  const at = args.indexOf('--extract-revision');
  if (at < 0) return { rest: args };
  const [n, out] = [args[at + 1], args[at + 2]];
  if (n === undefined || out === undefined || !/^[1-9]\d*$/.test(n))
    throw new UsageError('--extract-revision takes a revision number (1 is the oldest) and an output file.');
  return { rest: [...args.slice(0, at), ...args.slice(at + 3)], revision: { n: Number(n), out } };
}

function readOption(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandError(`Cannot read the ${what} in ${file}: ${(error as Error).message}`, 2);
  }
}

function failedResult(path: string, message: string): PdfVerification {
  return {
    file: path,
    sizeBytes: 0,
    sha256: null,
    verdict: 'invalid',
    summary: [`INVALID: ${message}`],
    signatures: [],
    revisions: { count: 0, signedRevision: null, changes: [], checks: [] },
    content: { assessmentId: null, templateRef: null, format: null, facts: null, checks: [] },
    error: { key: 'fileUnreadable', params: { reason: message }, message },
  };
}

/**
 * `assay verify FILE... [--json] [--trust CERTS.pem]... [--trust-tsa CERTS.pem]... [--crl FILE]...
 * [--extract-json OUT] [--extract-revision N OUT]`: no workspace needed. The exit code is the most
 * severe verdict's (docs/signing.md): 0 valid, 1 invalid or modified, 3 untrusted, 4 indeterminate,
 * 5 not verified.
 */
export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const { rest, revision } = liftExtractRevision(args);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      trust: { type: 'string', multiple: true },
      'trust-tsa': { type: 'string', multiple: true },
      crl: { type: 'string', multiple: true },
      'extract-json': { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('Name at least one PDF FILE to verify.');
  const extracting = values['extract-json'] !== undefined || revision !== undefined;
  if (extracting && positionals.length !== 1)
    throw new UsageError('--extract-json and --extract-revision take exactly one PDF FILE.');
  const trustAnchorsPem = (values.trust ?? []).map((file) => readOption(file, 'trust anchors'));
  const tsaAnchorsPem = (values['trust-tsa'] ?? []).map((file) => readOption(file, 'TSA trust anchors'));
  const templates = cachedTemplateLookup();
  const results: PdfVerification[] = [];
  for (const path of positionals) {
    try {
      results.push(
        await verifyPdfInput({ path, trustAnchorsPem, tsaAnchorsPem, crlPaths: values.crl ?? [] }, templates),
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'invalid_input') throw new CommandError(error.message, 2);
      results.push(failedResult(path, error.message));
    }
  }
  if (values.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else {
    for (const result of results) {
      io.stdout(`${result.file ?? ''}: ${result.verdict}\n`);
      for (const line of result.summary) io.stdout(`  ${line}\n`);
    }
  }
  const [only] = positionals;
  if (only !== undefined && extracting) {
    const bytes = readFileSync(only);
    if (values['extract-json'] !== undefined)
      writeExtract(values['extract-json'], () => extractSignedAssessmentJson(bytes), io);
    if (revision) writeExtract(revision.out, () => extractRevision(bytes, revision.n), io);
  }
  return EXIT_CODE[mostSevere(results.map((result) => result.verdict))];
}

function writeExtract(out: string, extract: () => Buffer, io: CliIo): void {
  let data: Buffer;
  try {
    data = extract();
  } catch (error) {
    throw new CommandError(`Nothing extracted to ${out}: ${(error as Error).message}`);
  }
  try {
    writeFileSync(out, data, { flag: 'wx' });
  } catch (error) {
    throw new CommandError(`Cannot write ${out}: ${(error as Error).message}`, 2);
  }
  io.stderr(`Wrote ${data.length} bytes to ${out}.\n`);
}
