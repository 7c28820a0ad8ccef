import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withWorkspace } from '../context';
import { UsageError, type CliIo } from '../io';

const CONCLUSIONS = ['concur', 'do-not-concur'] as const;
type Conclusion = (typeof CONCLUSIONS)[number];
const isConclusion = (value: string | undefined): value is Conclusion =>
  CONCLUSIONS.some((conclusion) => conclusion === value);

/**
 * `assay countersign --workspace DIR --identity FP IN.pdf --out OUT.pdf --conclusion
 * concur|do-not-concur [--comment TEXT]`: the reviewer's signature in the report's next empty
 * reviewer box, after the report verifies; prints the output's SHA-256, path and field.
 */
export async function countersignCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      'passphrase-file': { type: 'string' },
      identity: { type: 'string' },
      out: { type: 'string' },
      conclusion: { type: 'string' },
      comment: { type: 'string', default: '' },
      json: { type: 'boolean' },
    },
  });
  const [path] = positionals;
  if (path === undefined || positionals.length !== 1)
    throw new UsageError('Name exactly one signed PDF: assay countersign … IN.pdf --out OUT.pdf');
  if (!values.identity) throw new UsageError('Missing --identity FINGERPRINT (see `assay identity list`).');
  if (!values.out) throw new UsageError('Missing --out OUT.pdf.');
  const conclusion = values.conclusion;
  if (!isConclusion(conclusion)) throw new UsageError('--conclusion must be concur or do-not-concur.');
  const out = resolve(values.out);
  const signed = await withWorkspace(values.workspace, values['passphrase-file'], io, (ctx) =>
    ctx.call('report.countersign', {
      identity: values.identity ?? '',
      path: resolve(path),
      outPath: out,
      conclusion,
      comment: values.comment,
    }),
  );
  if (values.json) io.stdout(`${JSON.stringify(signed, null, 2)}\n`);
  else
    io.stdout(
      `${signed.sha256}  ${signed.path}  (${signed.conclusion} in ${signed.field}, signed ${signed.signedAt})\n`,
    );
  return 0;
}
