import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../assessments/api/dispatch';
import { sharedFontMetrics } from '../../assessments/report/bidi/fontMetrics';
import { ParagraphLayout } from '../../assessments/report/bidi/layoutParagraph';
import { collectReport } from '../../assessments/report/collectReport';
import { embeddedAssessmentSchema } from '../../assessments/verify/embeddedAssessment';
import { createReportContext } from '../../assessments/report/layout/reportContext';
import { screeningAnnex } from '../../assessments/report/sections/screening';
import { reportString } from '../../assessments/report/strings';
import { unwrapEnvelope as value } from '../helpers/envelope';
import { reportWorkspace, type ReportWorkspace } from '../helpers/reportWorkspace';
import { useTempDir } from '../helpers/tempDir';
import { missingTools } from '../helpers/tools';

const FIXTURES = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));
const REASON =
  'Different person: same name and year of birth, but the passport numbers differ (N1234567, 123456).';
/** A party to the transaction that no list names. */
const FORWARDER = 'Nile Freight Forwarding SAE';
const STALE = 'Out of date: OFAC Specially Designated Nationals (SDN) list';
const missing = missingTools(['pdftotext', 'pdfdetach']);

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
    value: [
      {
        name: 'Abu Abbas',
        aliases: ['Muhammad Zaydan'],
        role: 'consignee',
        birthDate: '1948',
        nationality: 'SY',
        identifiers: [{ type: 'passport', value: 'N1234567' }],
      },
      { name: FORWARDER, aliases: [], role: 'freight forwarder' },
    ],
  });
  // Decided on 2026-01-15 (the test clock): the list is 136 days old then, stale at the default 90.
  await call('reference.import', { kind: 'ofac', path: `${FIXTURES}ofac_sdn.csv`, vintage: '2025-09-01' });
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
      expect(run?.parties).toEqual([
        { name: 'General Intelligence Directorate', aliases: [], role: 'end user', source: 'assessment' },
        {
          name: 'Abu Abbas',
          aliases: ['Muhammad Zaydan'],
          role: 'consignee',
          source: 'E1',
          birthDate: '1948',
          nationality: 'SY',
          identifiers: [{ type: 'passport', value: 'N1234567' }],
        },
        { name: FORWARDER, aliases: [], role: 'freight forwarder', source: 'E1' },
      ]);
      expect(run?.hits.some((hit) => hit.partyName === FORWARDER)).toBe(false);
      expect(doc.screeningPolicy).toEqual({ maxListAgeDays: 90 });
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
        if (locale === 'en') {
          const flowing = text.replace(/\s+/g, ' ');
          expect(text).toContain(reportString('en', 'screening.heading'));
          expect(flowing).toContain('Threshold 0.85');
          expect(flowing).toContain('September 1, 2025');
          expect(flowing).toMatch(/No hits.*No hits/);
          // The consignee's details, as entered, under its name.
          expect(flowing).toContain('Date or year of birth: 1948');
          expect(flowing).toContain('Nationality or country: Syria (SY)');
          expect(flowing).toContain('Passport: N1234567');
          expect(flowing).toContain(STALE);
          expect(flowing).toContain(
            '] was published on September 1, 2025, 136 days before the decision; this workspace warns when a list is more than 90 days old.',
          );
        }
        expect(text).toContain('ABBAS, Abu');
        expect(text).toContain('OFAC');
        expect(text).toContain(FORWARDER);
        expect(text).toContain('General Intelligence Directorate');

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

    it('warns no more once the workspace allows lists as old as this one', async () => {
      const annex = () => {
        const { doc } = collectReport(ws.deps, ws.assessmentId, 'en');
        const ctx = createReportContext('en', new ParagraphLayout(sharedFontMetrics()));
        return { doc, printed: JSON.stringify(screeningAnnex(ctx, doc)) };
      };
      expect(annex().printed).toContain(STALE);
      await value(dispatch(ws.handlers, 'settings.set', { screeningMaxListAgeDays: 200 }));
      const relaxed = annex();
      expect(relaxed.doc.screeningPolicy).toEqual({ maxListAgeDays: 200 });
      expect(relaxed.printed).toContain('September 1, 2025');
      expect(relaxed.printed).not.toContain('Out of date');
    });

    it('leaves the embedded data of an assessment never screened without the field, as before', async () => {
      const other = await reportWorkspace(join(tmp.path, 'unscreened'));
      try {
        const { doc } = collectReport(other.deps, other.assessmentId, 'en');
        expect('screening' in doc).toBe(false);
        expect('screeningPolicy' in doc).toBe(false);
      } finally {
        other.session.lock();
      }
    }, 120_000);
  },
);
