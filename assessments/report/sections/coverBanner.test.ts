import type { Content, CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../api/dispatch';
import { FLAG_CODE_ORDER } from '../../scoring/flagOrder';
import { unwrapEnvelope } from '../../../test/helpers/envelope';
import { reportWorkspace, type ReportWorkspace } from '../../../test/helpers/reportWorkspace';
import { useTempDir } from '../../../test/helpers/tempDir';
import { FontMetrics } from '../bidi/fontMetrics';
import { buildReportDefinition } from '../buildReportDefinition';
import { collectReport } from '../collectReport';
import { embeddedAssessmentSchema, type EmbeddedAssessment } from '../../verify/embeddedAssessment';
import { groupedFingerprint } from '../layout/fingerprint';
import { TIER_FILL } from './summary';
import { definitionTexts } from '../../../test/helpers/definitionTexts';

const SIGNER = {
  name: 'Dr. Lena Brandt',
  organisation: 'Export Control Office, Helix',
  email: 'lena.brandt@example.org',
  fingerprint: `${'3f:a9:'.repeat(15)}0c:7e`,
};

const hit = (partyName: string, entryName: string, disposition: 'true-match' | 'false-positive') => ({
  partyName,
  datasetLabel: 'UN consolidated list',
  sourceId: 'QDe.123',
  entryName,
  matchedName: entryName,
  score: 0.93,
  disposition,
  reason: 'Checked against the registration number',
  decidedBy: 'Nadia Haddad',
  decidedAt: '2026-01-11T09:00:00Z',
});

const texts = definitionTexts;

type TableNode = { table: { body: Record<string, unknown>[][] }; layout: CustomTableLayout };

const nodes = (definition: TDocumentDefinitions) => definition.content as Content[];
const banner = (definition: TDocumentDefinitions) =>
  nodes(definition).find((node) => typeof node === 'object' && 'table' in node) as TableNode;

describe('the cover banner and the executive summary', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let workspace: ReportWorkspace;
  let doc: EmbeddedAssessment;
  const fonts = new FontMetrics();
  const build = (input: EmbeddedAssessment, locale: 'en' | 'ar' = 'en') =>
    buildReportDefinition(input, { locale, signer: SIGNER, fonts });

  beforeAll(async () => {
    tmp = useTempDir();
    workspace = await reportWorkspace(tmp.path, {
      // Two STOP flags, raised after an ESC and a NOTIFY in template order.
      beforeDecision: async (handlers, assessmentId) => {
        for (const [questionId, value] of [
          ['B9', 'group-targeting'],
          ['D3', 'hr-sanctions-designation'],
        ])
          await unwrapEnvelope(dispatch(handlers, 'answers.save', { assessmentId, questionId, value }));
      },
    });
    const collected = collectReport(workspace.deps, workspace.assessmentId, 'en').doc;
    doc = embeddedAssessmentSchema.parse({
      ...collected,
      screening: [
        {
          id: '7c0e6a52-9f1d-4a53-8c2e-2d6b1f0a9e11',
          runAt: '2026-01-10T08:00:00Z',
          runBy: 'Nadia Haddad',
          threshold: 0.85,
          datasets: [
            {
              label: 'UN consolidated list',
              sourceName: 'UN',
              vintage: '2025-11-03',
              sha256: 'c'.repeat(64),
            },
          ],
          hits: [
            hit('Nile Integrators SAE', 'NILE INTEGRATORS', 'false-positive'),
            hit('GID', 'GENERAL INTELLIGENCE DIRECTORATE', 'true-match'),
          ],
        },
      ],
    });
  }, 120_000);
  afterAll(() => {
    workspace.session.lock();
    tmp.cleanup();
  });

  it('opens the cover with a framed box: decision, tier, reasons, conditions, review date, signer', () => {
    const definition = build(doc);
    const box = banner(definition);
    const printed = texts(box);
    expect(box.layout.hLineWidth?.(0, box as never)).toBeGreaterThan(1);
    for (const expected of [
      'Final decision',
      'Deny',
      'Risk tier',
      'Unacceptable',
      'Reasons',
      'Sanctions match: GID → GENERAL INTELLIGENCE DIRECTORATE, UN consolidated list',
      '1. Reporting duty: Report any renewed application to the committee within 30 days.',
      'Review date',
      'March 1, 2026',
      'Dr. Lena Brandt, Export Control Office, Helix',
      groupedFingerprint(SIGNER.fingerprint),
    ])
      expect(printed).toContain(expected);
    expect(printed.filter((line) => /^STOP [A-Z]\d+:/.test(line))).toEqual([
      expect.stringMatching(/^STOP B9: End user requested features to single out protected groups/),
      expect.stringMatching(/^STOP D3: The end user is designated under a human.rights sanctions regime/),
    ]);
    expect(printed.join('\n')).not.toContain('NILE INTEGRATORS');
    const tierCell = box.table.body[0]?.[3];
    expect(texts(tierCell)).toEqual(['Unacceptable']);
    expect(tierCell).toMatchObject({ fillColor: TIER_FILL.Unacceptable });
    // Before the assessment's facts, which follow it.
    const facts = nodes(definition).findIndex((node) => texts(node).includes('Destination country'));
    expect(nodes(definition).indexOf(box as Content)).toBeLessThan(facts);
  });

  it('says when the decision is stale, and when there is none', () => {
    const decision = doc.decision;
    if (!decision) throw new Error('the workspace records a decision');
    const stale = texts(
      banner(build({ ...doc, decision: { ...decision, staleSince: '2026-01-16T00:00:00Z' } })),
    );
    expect(stale).toContain('The decision predates later changes to the answers and must be taken again.');
    const none = texts(banner(build({ ...doc, decision: null })));
    expect(none).toContain('No decision recorded');
    expect(none).not.toContain('Review date');
  });

  it('keeps each list to its lines and points to page 2 for the rest', () => {
    const decision = doc.decision;
    if (!decision) throw new Error('the workspace records a decision');
    const conditions = [1, 2, 3, 4, 5].map((n) => ({ category: 'other' as const, text: `Condition ${n}` }));
    const printed = texts(banner(build({ ...doc, decision: { ...decision, conditions } })));
    expect(printed).toContain('1. Other: Condition 1');
    expect(printed).toContain('… and 4 more on page 2');
    expect(printed).not.toContain('2. Other: Condition 2');
  });

  it('lists red flags STOP, ESC, NOTIFY, GAP in the flags table and the summary', () => {
    const engineOrder = doc.result.flags.map((flag) => flag.code);
    expect(engineOrder[0], 'the engine lists flags in template order').not.toBe('STOP');
    const printed = texts(build(doc).content);
    const codes = printed.filter((line): line is (typeof FLAG_CODE_ORDER)[number] =>
      (FLAG_CODE_ORDER as readonly string[]).includes(line),
    );
    expect(codes).toEqual(
      [...engineOrder].sort((a, b) => FLAG_CODE_ORDER.indexOf(a) - FLAG_CODE_ORDER.indexOf(b)),
    );
    const count = (code: string) => engineOrder.filter((c) => c === code).length;
    expect(printed).toContain(`STOP ${count('STOP')}, ESC ${count('ESC')}, NOTIFY ${count('NOTIFY')}`);
  });

  it('gives the reasons, the rationale, the override justification and the conditions on page 2', () => {
    const decision = doc.decision;
    if (!decision) throw new Error('the workspace records a decision');
    const overridden = {
      ...doc,
      decision: { ...decision, overrideJustification: 'The committee asked for it.' },
    };
    const content = nodes(build(overridden));
    const starts = content
      .map((node, index) => ({ node: node as { pageBreak?: string }, index }))
      .filter(({ node }) => node.pageBreak === 'before')
      .map(({ index }) => index);
    const [summaryStart = 0, matrixStart = 0] = starts;
    expect(texts(content[summaryStart])).toEqual(['Executive summary']);
    const summary = texts(content.slice(summaryStart, matrixStart));
    for (const expected of [
      'Rationale',
      decision.rationale,
      'Justification for departing from the computed recommendation',
      'The committee asked for it.',
      '1. Reporting duty: Report any renewed application to the committee within 30 days.',
    ])
      expect(summary).toContain(expected);
    expect(summary.filter((line) => /^STOP [A-Z]\d+:/.test(line))).toHaveLength(2);
  });

  it('mirrors the banner in Arabic: labels on the right, the tier at the far left', () => {
    const arabic = collectReport(workspace.deps, workspace.assessmentId, 'ar').doc;
    const [first = [], ...rest] = banner(build(arabic, 'ar')).table.body;
    expect(texts(first[3]).join(' ')).toContain('النهائي');
    expect(first[0]).toMatchObject({ fillColor: TIER_FILL[arabic.result.tier] });
    // A wide row: the value spans the three columns left of its label.
    const reasons = rest[0] ?? [];
    expect(reasons[0]).toMatchObject({ colSpan: 3 });
    expect(texts(reasons[3]).join(' ')).toContain('المنع');
  });
});
