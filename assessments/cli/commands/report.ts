import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../../questionnaire/templateSchema';
import { withWorkspace } from '../context';
import { UsageError, type CliIo } from '../io';

/**
 * `assay report --workspace DIR --assessment ID --identity FINGERPRINT --lang LL --out FILE`:
 * the signed PDF report of a decided assessment; prints the file's SHA-256 and path.
 */
export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      workspace: { type: 'string' },
      'passphrase-file': { type: 'string' },
      assessment: { type: 'string' },
      identity: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      out: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (!values.assessment) throw new UsageError('Missing --assessment ID.');
  if (!values.identity) throw new UsageError('Missing --identity FINGERPRINT (see `assay identity list`).');
  if (!values.out) throw new UsageError('Missing --out FILE.');
  const exported = await withWorkspace(values.workspace, values['passphrase-file'], io, (ctx) =>
    ctx.call('report.export', {
      assessmentId: values.assessment ?? '',
      identity: values.identity ?? '',
      // The contract checks the language and names the accepted ones.
      locale: values.lang as Locale,
      path: resolve(values.out ?? ''),
    }),
  );
  if (values.json) io.stdout(`${JSON.stringify(exported, null, 2)}\n`);
  else
    io.stdout(
      `${exported.sha256}  ${exported.path}  (${exported.pageCount} pages, signed ${exported.signedAt})\n`,
    );
  return 0;
}
