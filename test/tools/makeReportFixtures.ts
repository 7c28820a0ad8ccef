// Writes signed reports made by this checkout's export path into test/fixtures/reports/<release>/,
// with the signer's certificate and a manifest. Run once per release, never over an existing folder:
// the files are a promise that every later verifier keeps (DESIGN §2a).
//   npx esbuild test/tools/makeReportFixtures.ts --bundle --platform=node --format=esm \
//     --loader:.sql=text --external:better-sqlite3-multiple-ciphers --outfile=dist/tools/make-fixtures.mjs \
//     --banner:js="import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);"
//   node dist/tools/make-fixtures.mjs RELEASE COMMIT
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dispatch, type Handlers } from '../../assessments/api/dispatch';
import { unwrapEnvelope as value } from '../helpers/envelope';
import { reportWorkspace } from '../helpers/reportWorkspace';

const [release, commit] = process.argv.slice(2);
if (!release || !commit) throw new Error('usage: make-fixtures RELEASE COMMIT');
const root = resolve('test/fixtures/reports', release);
if (existsSync(root)) throw new Error(`${root} exists; fixtures of a release are never rewritten`);
const OFAC = resolve('test/fixtures/reference/ofac_sdn.csv');
const ANSWERS = resolve('test/fixtures/answers');
const REASON = 'Different person: the listed Abu Abbas was born in 1948; the consignee in 1979.';

async function screenAndDispose(handlers: Handlers, assessmentId: string): Promise<void> {
  const call = <T>(op: Parameters<typeof dispatch>[1], input: unknown) =>
    value<T>(dispatch(handlers, op, input));
  await call('answers.save', {
    assessmentId,
    questionId: 'E1',
    value: [{ name: 'Abu Abbas', aliases: ['Muhammad Zaydan'], role: 'consignee' }],
  });
  await call('reference.import', { kind: 'ofac', path: OFAC });
  const run = await call<{ hits: { id: string; entryName: string }[] }>('screening.run', { assessmentId });
  const hit = run.hits.find((item) => item.entryName === 'ABBAS, Abu');
  if (!hit) throw new Error('the OFAC fixture no longer lists ABBAS, Abu');
  await call('screening.dispose', { hitId: hit.id, disposition: 'false-positive', reason: REASON });
}

mkdirSync(root, { recursive: true });
const manifest: Record<string, unknown>[] = [];
for (const screened of [false, true]) {
  const tmp = mkdtempSync(join(tmpdir(), 'assay-fixtures-'));
  try {
    const ws = await reportWorkspace(tmp, {
      answersDir: ANSWERS,
      beforeDecision: screened ? screenAndDispose : undefined,
    });
    const { fingerprint } = await value<{ fingerprint: string }>(
      dispatch(ws.handlers, 'identity.create', {
        name: screened ? 'Wang Fang' : 'Dr. Lena Brandt',
        organisation: 'Helvetic Sensors AG',
        email: screened ? 'wang.fang@example.org' : 'lena.brandt@example.org',
      }),
    );
    const { pem } = await value<{ pem: string }>(
      dispatch(ws.handlers, 'identity.exportCertificate', { fingerprint }),
    );
    const certificate = `signer-${screened ? 'screened' : 'plain'}.pem`;
    writeFileSync(join(root, certificate), pem);
    for (const locale of ['en', 'ar', 'zh'] as const) {
      const name = `report-${locale}${screened ? '-screened' : ''}.pdf`;
      const out = join(tmp, name);
      const exported = await value<{ signedAt: string }>(
        dispatch(ws.handlers, 'report.export', {
          assessmentId: ws.assessmentId,
          identity: fingerprint,
          locale,
          path: out,
        }),
      );
      const bytes = readFileSync(out);
      writeFileSync(join(root, name), bytes);
      manifest.push({
        file: name,
        locale,
        screening: screened,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        certificate,
        signerFingerprint: fingerprint,
        signedAt: exported.signedAt,
      });
    }
    ws.session.lock();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
writeFileSync(
  join(root, 'manifest.json'),
  `${JSON.stringify({ release, commit, reports: manifest }, null, 2)}\n`,
);
console.log(`wrote ${manifest.length} reports to ${root}`);
