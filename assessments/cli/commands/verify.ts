import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../api/errors';
import { cachedTemplateLookup } from '../../verify/checkEmbeddedAssessment';
import type { PdfVerification } from '../../verify/verificationSchema';
import { verifyPdfInput } from '../../verify/verifyPdfFile';
import { CommandError, UsageError, type CliIo } from '../io';

/**
 * `assay verify FILE... [--json] [--trust CERTS.pem]...`: no workspace needed. Exit 0 only when
 * every file is valid (signed, intact, consistent and by a trusted signer); 1 otherwise.
 */
export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, trust: { type: 'string', multiple: true } },
  });
  if (positionals.length === 0) throw new UsageError('Name at least one PDF FILE to verify.');
  const trustAnchorsPem = (values.trust ?? []).map((file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new CommandError(`Cannot read the trust anchors in ${file}: ${(error as Error).message}`);
    }
  });
  const templates = cachedTemplateLookup();
  const results: PdfVerification[] = [];
  for (const path of positionals) {
    try {
      results.push(verifyPdfInput({ path, trustAnchorsPem }, templates));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'invalid_input') throw new CommandError(error.message, 2);
      results.push({
        file: path,
        sizeBytes: 0,
        sha256: null,
        verdict: 'invalid',
        summary: [`INVALID: ${error.message}`],
        signatures: [],
        content: { assessmentId: null, templateRef: null, checks: [] },
        error: error.message,
      });
    }
  }
  if (values.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else {
    for (const result of results) {
      io.stdout(`${result.file ?? ''}: ${result.verdict}\n`);
      for (const line of result.summary) io.stdout(`  ${line}\n`);
    }
  }
  return results.every((result) => result.verdict === 'valid') ? 0 : 1;
}
