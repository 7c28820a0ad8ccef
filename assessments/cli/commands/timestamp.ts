import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { writeTimestampedPdfFile, writeTimestampRequestFile } from '../../signing/timestampFiles';
import { CommandError, UsageError, type CliIo } from '../io';

/**
 * A refused response or an unreadable PDF exits 1; a file that cannot be read or an output that
 * already exists exits 2, as for `assay verify`.
 */
function run<T>(operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw new CommandError(error.message, error.code === 'invalid_input' ? 1 : 2);
  }
}

/**
 * `assay timestamp request IN.pdf --out REQUEST.tsq` and `assay timestamp apply IN.pdf
 * RESPONSE.tsr --out OUT.pdf`: a trusted time added later, for assessors who sign offline and
 * reach a time-stamping authority by other means. No workspace is needed.
 */
export async function timestampCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { out: { type: 'string' }, json: { type: 'boolean' } },
  });
  const out = values.out;
  if (sub === 'request') {
    const [path] = positionals;
    if (path === undefined || positionals.length !== 1)
      throw new UsageError('Name exactly one PDF: assay timestamp request IN.pdf --out REQUEST.tsq');
    if (!out) throw new UsageError('Missing --out REQUEST.tsq.');
    const written = run(() => writeTimestampRequestFile({ path, outPath: out }));
    if (values.json) io.stdout(`${JSON.stringify(written, null, 2)}\n`);
    else
      io.stdout(
        `Wrote the time-stamp request for ${path} to ${written.path} (${written.sizeBytes} bytes; ` +
          `SHA-256 ${written.imprintSha256}).\nSend it to a time-stamping authority, then run: ` +
          `assay timestamp apply ${path} RESPONSE.tsr --out OUT.pdf\n`,
      );
    return 0;
  }
  if (sub === 'apply') {
    const [path, responsePath] = positionals;
    if (path === undefined || responsePath === undefined || positionals.length !== 2)
      throw new UsageError(
        'Name the PDF and the response: assay timestamp apply IN.pdf RESPONSE.tsr --out OUT.pdf',
      );
    if (!out) throw new UsageError('Missing --out OUT.pdf.');
    const written = run(() => writeTimestampedPdfFile({ path, responsePath, outPath: out }));
    if (values.json) io.stdout(`${JSON.stringify(written, null, 2)}\n`);
    else
      io.stdout(
        `Wrote ${written.path}: document timestamp by ${written.tsaName ?? 'an unnamed TSA'} stating ` +
          `${written.genTime}.\nThe time is proven once verified with the TSA trusted: ` +
          `assay verify ${written.path} --trust-tsa TSA.pem\n`,
      );
    return 0;
  }
  throw new UsageError('Use "assay timestamp request" or "assay timestamp apply".');
}
