import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../assessments/api/dispatch';
import { collectReport } from '../../assessments/report/collectReport';
import { embeddedAssessmentSchema } from '../../assessments/report/embeddedAssessment';
import { reportString } from '../../assessments/report/strings';
import { unwrapEnvelope as value } from '../helpers/envelope';
import { reportWorkspace, type ReportWorkspace } from '../helpers/reportWorkspace';
import { useTempDir } from '../helpers/tempDir';

const FIXTURES = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));
const REASON = 'Different person: the listed Abu Abbas was born in 1948; the consignee in 1979.';
const missing = ['pdftotext', 'pdfdetach'].filter((tool) => spawnSync('which', [tool]).status !== 0);

interface Run {
  id: string;
  hits: { id: string; entryName: string }[];
}

async function screenAndDispose(handlers: Handlers, assessmentId: string): Promise<void> {
  const call = <T>(op: Parameters<typeof dispatch>[1], input: unknown) =>
    value<T>(dispatch(handlers, op, input));
  await call('answers.save', {
    assessmentId,
    questionId: 'E1',
    value: [{ name: 'Abu Abbas', aliases: ['Muhammad Zaydan'], role: 'consignee' }],
  });
  await call('reference.import', { kind: 'ofac', path: `${FIXTURES}ofac_sdn.csv` });
  const run = await call<Run>('screening.run', { assessmentId });
  const hit = run.hits.find((item) => item.entryName === 'ABBAS, Abu');
  if (!hit) throw new Error(`the OFAC fixture no longer lists ABBAS, Abu: ${JSON.stringify(run.hits)}`);
  await call('screening.dispose', { hitId: hit.id, disposition: 'false-positive', reason: REASON });
}

describe.skipIf(missing.length > 0)(
  `a signed report with screening results${missing.length > 0 ? ` (skipped: ${missing.join(', ')} not installed)` : ''}`,
  () => {
    let tmp: ReturnType<typeof useTempDir>;
    let ws: ReportWorkspace;
    let fingerprint: string;
    let certificatePem: string;

    beforeAll(async () => {
      tmp = useTempDir();
      ws = await reportWorkspace(tmp.path, { beforeDecision: screenAndDispose });
      ({ fingerprint } = await value<{ fingerprint: string }>(
        dispatch(ws.handlers, 'identity.create', {
          name: 'Dr. Lena Brandt',
          organisation: 'Helvetic Sensors AG',
          email: 'lena.brandt@example.org',
        }),
      ));
      ({ pem: certificatePem } = await value<{ pem: string }>(
        dispatch(ws.handlers, 'identity.exportCertificate', { fingerprint }),
      ));
    }, 120_000);
    afterAll(() => {
      ws.session.lock();
      tmp.cleanup();
    });

    it('embeds each run with its list versions and every hit with its disposition', () => {
      const { doc } = collectReport(ws.deps, ws.assessmentId, 'en');
      expect(doc.screening).toHaveLength(1);
      const [run] = doc.screening ?? [];
      expect(run?.runBy).toBe('Dr. Lena Brandt');
      expect(run?.datasets).toEqual([
        expect.objectContaining({
          sourceName: expect.stringMatching(/OFAC/),
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        }),
      ]);
      expect(run?.hits.find((hit) => hit.entryName === 'ABBAS, Abu')).toMatchObject({
        partyName: 'Abu Abbas',
        disposition: 'false-positive',
        reason: REASON,
        decidedBy: 'Dr. Lena Brandt',
      });
    });

    it.each(['en', 'ar'] as const)(
      'prints Annex D in %s and the report verifies with the screening embedded',
      async (locale) => {
        const path = join(tmp.path, `screened-${locale}.pdf`);
        await value(
          dispatch(ws.handlers, 'report.export', {
            assessmentId: ws.assessmentId,
            identity: fingerprint,
            locale,
            path,
          }),
        );
        const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
        if (locale === 'en') expect(text).toContain(reportString('en', 'screening.heading'));
        expect(text).toContain('ABBAS, Abu');
        expect(text).toContain('OFAC');

        const dir = join(tmp.path, `detached-${locale}`);
        mkdirSync(dir);
        execFileSync('pdfdetach', ['-saveall', '-o', dir, path]);
        const embedded = embeddedAssessmentSchema.parse(
          JSON.parse(readFileSync(join(dir, 'assessment.json'), 'utf8')),
        );
        expect(embedded.screening?.[0]?.hits.map((hit) => hit.disposition)).toContain('false-positive');

        const verified = await value<{ verdict: string; summary: string[] }>(
          dispatch(ws.handlers, 'pdf.verify', { path, trustAnchorsPem: [certificatePem] }),
        );
        expect(verified.verdict, verified.summary.join('\n')).toBe('valid');
      },
      120_000,
    );

    it('leaves the embedded data of an assessment never screened without the field, as before', async () => {
      const other = await reportWorkspace(join(tmp.path, 'unscreened'));
      try {
        const { doc } = collectReport(other.deps, other.assessmentId, 'en');
        expect('screening' in doc).toBe(false);
      } finally {
        other.session.lock();
      }
    }, 120_000);
  },
);
