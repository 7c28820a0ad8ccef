import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../assessments/api/dispatch';
import type { Locale } from '../assessments/questionnaire/templateSchema';
import { buildReportDefinition } from '../assessments/report/buildReportDefinition';
import { collectReport, embeddedAssessmentJson } from '../assessments/report/collectReport';
import { exportSignedReport } from '../assessments/report/exportSignedReport';
import { renderReport } from '../assessments/report/renderReportPdf';
import { listIdentities } from '../assessments/signing/identityService';
import { unwrapEnvelope } from '../test/helpers/envelope';
import { reportWorkspace } from '../test/helpers/reportWorkspace';
import type { BenchResult } from './run';

const EVIDENCE_ITEMS = 200;
const ROUNDS = 3;
const TARGET_RATIO = 1.3;
const LOCALES: Locale[] = ['en', 'ar'];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timeRounds(run: (round: number) => Promise<void>): Promise<number> {
  await run(-1); // warm-up: fonts opened, code compiled
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    await run(round);
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * The signed export of a report (collect, build the definition with the bidi layout, render, sign,
 * write atomically, record) of the full shipped template answered, with 200 evidence items and a
 * decision, against pdfmake alone rendering the very same document definition in the same run.
 */
export async function reportExportBenchmark(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-bench-report-'));
  try {
    const answersDir = fileURLToPath(new URL('../../test/fixtures/answers/', import.meta.url));
    const ws = await reportWorkspace(dir, { answersDir });
    // reportWorkspace links two items; the rest bring the vault to 200, each linked to a question.
    const questions = ['A5', 'B2', 'C8', 'D3', 'E1'];
    for (let i = 2; i < EVIDENCE_ITEMS; i += 1) {
      const path = join(dir, `evidence-${i}.txt`);
      writeFileSync(path, `Evidence item ${i}: field notes and correspondence.`);
      await unwrapEnvelope(
        dispatch(ws.handlers, 'evidence.ingest', {
          assessmentId: ws.assessmentId,
          path,
          questionIds: [questions[i % questions.length]],
          metadata: {
            source: `Source ${i}`,
            acquiredAt: '2025-03-20',
            acquiredHow: 'Sent by the applicant',
            acquiredBy: 'Dr. Lena Brandt',
            reliability: 'B',
            credibility: 2,
            restricted: i % 7 === 0,
          },
        }),
      );
    }
    const { fingerprint } = await unwrapEnvelope<{ fingerprint: string }>(
      dispatch(ws.handlers, 'identity.create', {
        name: 'Dr. Lena Brandt',
        organisation: 'Helvetic Sensors AG',
        email: 'lena.brandt@example.org',
      }),
    );
    const deps = { ...ws.deps, ws: ws.session.require() };
    const signer = listIdentities(deps).find((identity) => identity.fingerprint === fingerprint);
    if (!signer) throw new Error('the benchmark identity was not created');
    // Re-export the same decided assessment: the decision must stay current between exports.
    const lines = [`full shipped template answered, ${EVIDENCE_ITEMS} evidence items, decision, signed`];
    let n = 0;
    for (const locale of LOCALES) {
      let pages = 0;
      const exported = await timeRounds(async () => {
        const result = await exportSignedReport(deps, {
          assessmentId: ws.assessmentId,
          identity: fingerprint,
          locale,
          path: join(dir, `report-${locale}-${(n += 1)}.pdf`),
        });
        pages = result.pageCount;
      });
      const { doc, auditTrail } = collectReport(deps, ws.assessmentId, locale, fingerprint);
      const definition = buildReportDefinition(doc, {
        locale,
        auditTrail,
        signer: {
          name: signer.commonName,
          organisation: signer.organisation,
          email: signer.email,
          fingerprint: signer.fingerprint,
          signingTime: new Date().toISOString(),
        },
      });
      const json = embeddedAssessmentJson(doc);
      const rendered = await timeRounds(async () => {
        await renderReport(definition, json);
      });
      lines.push(
        `${locale}: signed export ${exported.toFixed(0)} ms, pdfmake render of the same definition ${rendered.toFixed(0)} ms (${pages} pages, median of ${ROUNDS}); ratio ${(exported / rendered).toFixed(2)} (target ≤ ${TARGET_RATIO})`,
      );
    }
    ws.session.lock();
    return { name: 'report-export: signed export vs pdfmake render', lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
