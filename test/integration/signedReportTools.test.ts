import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../assessments/api/dispatch';
import { unwrapEnvelope as value } from '../helpers/envelope';
import { reportWorkspace, type ReportWorkspace } from '../helpers/reportWorkspace';
import { CLI_BUNDLE } from '../helpers/serverProcess';
import { useTempDir } from '../helpers/tempDir';
import { missingTools } from '../helpers/tools';

const tools = ['pdfsig', 'qpdf', 'mutool'];
const missing = [
  ...missingTools(tools),
  ...(existsSync(CLI_BUNDLE) ? [] : [`${CLI_BUNDLE} (run npm run build)`]),
];

const run = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' });

/**
 * What a regulator's own tools and the shipped command line say about signed reports in three
 * scripts: poppler, qpdf and MuPDF accept the file, and `assay verify` (the built CLI, as it ships)
 * exits 0 only with the signer's exported certificate as trust anchor (3: valid but untrusted).
 */
describe.skipIf(missing.length > 0)(
  `signed en, ar and zh reports checked by external tools and the built CLI${missing.length > 0 ? ` (skipped: ${missing.join(', ')} missing)` : ''}`,
  () => {
    let tmp: ReturnType<typeof useTempDir>;
    let ws: ReportWorkspace;
    let fingerprint: string;
    let trustFile: string;

    beforeAll(async () => {
      tmp = useTempDir();
      ws = await reportWorkspace(tmp.path);
      ({ fingerprint } = await value<{ fingerprint: string }>(
        dispatch(ws.handlers, 'identity.create', {
          name: 'Wang Fang',
          organisation: 'Helvetic Sensors AG',
          email: 'wang.fang@example.org',
        }),
      ));
      const { pem } = await value<{ pem: string }>(
        dispatch(ws.handlers, 'identity.exportCertificate', { fingerprint }),
      );
      trustFile = join(tmp.path, 'signer.pem');
      writeFileSync(trustFile, pem);
    }, 120_000);
    afterAll(() => {
      ws.session.lock();
      tmp.cleanup();
    });

    it.each(['en', 'ar', 'zh'])(
      '%s: pdfsig, qpdf and mutool accept it; assay verify exits 0 trusted, 3 untrusted',
      async (locale) => {
        const path = join(tmp.path, `report-${locale}.pdf`);
        await value(
          dispatch(ws.handlers, 'report.export', {
            assessmentId: ws.assessmentId,
            identity: fingerprint,
            locale,
            path,
          }),
        );

        const pdfsig = run('pdfsig', [path]);
        expect(pdfsig.stdout).toContain('Signature is Valid.');
        expect(pdfsig.stdout).toContain('Total document signed');
        const qpdf = run('qpdf', ['--check', path]);
        expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);
        expect(qpdf.stderr).toBe('');
        const mutool = run('mutool', ['info', path]);
        expect(mutool.status, mutool.stderr).toBe(0);
        expect(mutool.stderr).not.toMatch(/error|warning/i);
        expect(mutool.stdout).toMatch(/Pages: \d+/);

        const trusted = run(process.execPath, [CLI_BUNDLE, 'verify', path, '--trust', trustFile]);
        expect(trusted.status, trusted.stdout + trusted.stderr).toBe(0);
        expect(trusted.stdout).toContain(`${path}: valid`);
        const untrusted = run(process.execPath, [CLI_BUNDLE, 'verify', path, '--json']);
        expect(untrusted.status, untrusted.stdout + untrusted.stderr).toBe(3);
        const verdicts = (JSON.parse(untrusted.stdout) as { verdict: string }[]).map((r) => r.verdict);
        expect(verdicts).toEqual(['valid-untrusted']);
      },
      120_000,
    );
  },
);
