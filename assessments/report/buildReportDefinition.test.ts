import { createHash } from 'node:crypto';
import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportWorkspace, type ReportWorkspace } from '../../test/helpers/reportWorkspace';
import { useTempDir } from '../../test/helpers/tempDir';
import { verifyAuditChain } from '../audit/auditLog';
import { FontMetrics } from './bidi/fontMetrics';
import { buildReportDefinition } from './buildReportDefinition';
import { collectReport, embeddedAssessmentJson } from './collectReport';
import { embeddedAssessmentSchema, verificationFacts, verificationLines } from '../verify/embeddedAssessment';
import { reviewerBoxPositions } from './reviewerBoxes';
import { signatureBoxPosition } from './signatureBox';
import { definitionTexts } from '../../test/helpers/definitionTexts';

const SIGNER = {
  name: 'Dr. Lena Brandt',
  organisation: 'Acme Export Compliance GmbH',
  email: 'lena.brandt@example.org',
  fingerprint: 'ab'.repeat(32),
};

const texts = definitionTexts;

function footerAt(definition: TDocumentDefinitions, page: number, pages: number): Content {
  return (definition.footer as DynamicContent)(page, pages, {
    width: 595,
    height: 842,
    orientation: 'portrait',
  }) as Content;
}

describe('report definition', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let workspace: ReportWorkspace;
  const fonts = new FontMetrics();

  beforeAll(async () => {
    tmp = useTempDir();
    workspace = await reportWorkspace(tmp.path);
  }, 120_000);
  afterAll(() => {
    workspace.session.lock();
    tmp.cleanup();
  });

  it('collects the embedded assessment: pinned template, fresh score, manifest, audit head', () => {
    const { doc, auditTrail } = collectReport(workspace.deps, workspace.assessmentId, 'en');
    expect(embeddedAssessmentSchema.parse(doc)).toEqual(doc);
    expect(createHash('sha256').update(doc.templateCanonical).digest('hex')).toBe(
      doc.assessment.template?.hash,
    );
    expect(doc.templateRef).toBe(`surveillance-export-hria@1.0.0#${doc.assessment.template?.hash}`);
    const chain = verifyAuditChain(workspace.deps.ws.db);
    expect(doc.auditHead).toEqual({ seq: chain.headSeq, hash: chain.headHash });
    expect(doc.decision?.finalRecommendation).toBe('deny');
    const [open, restricted] = doc.evidence;
    expect(open?.details?.originalName).toBe('terms-of-reference.txt');
    expect(restricted?.restricted).toBe(true);
    expect(restricted?.details).toBeNull();
    expect(embeddedAssessmentJson(doc)).not.toContain('Confidential source S-4');
    expect(auditTrail.map((event) => event.action)).toEqual(
      expect.arrayContaining([
        'assessment.created',
        'answer.saved',
        'evidence.ingested',
        'evidence.linked',
        'decision.recorded',
      ]),
    );
    expect(auditTrail.map((event) => event.seq)).toEqual(
      [...auditTrail.map((event) => event.seq)].sort((a, b) => a - b),
    );
    expect(auditTrail.at(-1)?.hash).toBe(chain.headHash);
  });

  it('declares PDF/A-3b, the language and a creation date taken from the data', () => {
    const { doc, auditTrail } = collectReport(workspace.deps, workspace.assessmentId, 'fr');
    const definition = buildReportDefinition(doc, { locale: 'fr', auditTrail, fonts });
    expect(definition).toMatchObject({ version: '1.7', subset: 'PDF/A-3b', language: 'fr' });
    // No structure tree is written, so the document does not claim to be tagged.
    expect(definition).not.toHaveProperty('tagged');
    expect(definition.info?.creationDate).toEqual(new Date(doc.generatedAt));
    expect(texts(definition.content)).toContain('Synthèse');
  });

  it('prints each verification line whole, unwrapped, exactly as the verifier parses it', () => {
    const { doc } = collectReport(workspace.deps, workspace.assessmentId, 'ar');
    const definition = buildReportDefinition(doc, { locale: 'ar', fonts });
    const nodes = JSON.stringify(definition.content);
    for (const line of verificationLines(verificationFacts(doc))) {
      expect(nodes).toContain(JSON.stringify({ text: line, font: 'NotoSans' }).slice(0, -1));
      expect(texts(definition.content)).toContain(line);
    }
  });

  it('is the same for the same input', () => {
    const { doc, auditTrail } = collectReport(workspace.deps, workspace.assessmentId, 'en');
    const build = () =>
      JSON.stringify(buildReportDefinition(doc, { locale: 'en', auditTrail, signer: SIGNER, fonts }));
    expect(build()).toBe(build());
  });

  it('runs table columns right to left in Arabic, a cell spanning columns included', () => {
    const { doc } = collectReport(workspace.deps, workspace.assessmentId, 'ar');
    const rtl = buildReportDefinition(doc, { locale: 'ar', fonts });
    const ltr = buildReportDefinition({ ...doc, locale: 'en' }, { locale: 'en', fonts });
    // The cover's facts: two label and value pairs a row, the product across the row.
    const factsTable = (definition: TDocumentDefinitions, label: string) =>
      (definition.content as Content[]).find(
        (node) => typeof node === 'object' && 'table' in node && texts(node).join(' ').includes(label),
      ) as { table: { body: unknown[][]; widths: number[] } };
    const facts = { rtl: factsTable(rtl, 'المقصد'), ltr: factsTable(ltr, 'Destination country') };
    const [labelAr, valueAr] = [facts.rtl.table.body[0]?.[3], facts.rtl.table.body[0]?.[2]];
    expect(texts(labelAr).join(' ')).toContain('المقصد');
    expect(texts(valueAr).join(' ')).toContain('(EG)');
    expect(texts(facts.ltr.table.body[0]?.[0])).toEqual(['Destination country']);
    expect(facts.rtl.table.widths).toEqual([...facts.ltr.table.widths].reverse());
    const product = { rtl: facts.rtl.table.body.at(-1) ?? [], ltr: facts.ltr.table.body.at(-1) ?? [] };
    expect(texts(product.ltr[0])).toEqual(['Product']);
    expect(product.ltr[1]).toMatchObject({ colSpan: 3 });
    expect(product.rtl[0]).toMatchObject({ colSpan: 3 });
    expect(texts(product.rtl[0]).join(' ')).toContain('4D004');
    expect(texts(product.rtl[3]).join(' ')).toContain('المنتج');
  });

  it('shows questions in the report language from the template translations', () => {
    const { doc } = collectReport(workspace.deps, workspace.assessmentId, 'zh');
    const all = texts(buildReportDefinition(doc, { locale: 'zh', fonts }).content).join('\n');
    expect(all).toContain('按部分列出的答案');
    expect(all).toContain('本次评估的目的是什么？');
    expect(all).toContain('2025年3月14日');
  });

  it('draws the signature block in the last page footer only, on the side lines start', () => {
    const { doc } = collectReport(workspace.deps, workspace.assessmentId, 'en');
    const definition = buildReportDefinition(doc, { locale: 'en', signer: SIGNER, fonts });
    const last = texts(footerAt(definition, 9, 9)).join('\n');
    expect(last).toContain('Digitally signed by Dr. Lena Brandt');
    // In groups of four, eight to a line, so no line ever ends inside a group.
    expect(last).toContain(`${'ABAB '.repeat(7)}ABAB\n${'ABAB '.repeat(7)}ABAB`);
    expect(last).toContain('as recorded in the digital signature');
    expect(texts(footerAt(definition, 8, 9)).join('\n')).not.toContain('Digitally signed');
    expect(signatureBoxPosition(9, 'ltr')).toEqual({ pageIndex: 8, x: 50, y: 64, width: 300, height: 104 });
    expect(signatureBoxPosition(9, 'rtl').x).toBeCloseTo(595.28 - 50 - 300);
    expect(last).toContain('Reviewer 1 — signature');
    expect(last).toContain('Reviewer 2 — signature');
    const [first, second] = reviewerBoxPositions(9, 'ltr');
    expect(first).toMatchObject({ fieldName: 'Reviewer1', pageIndex: 8, y: 120, height: 48 });
    expect(second).toMatchObject({ fieldName: 'Reviewer2', pageIndex: 8, y: 64, height: 48 });
    // Beside the block, not over it, and inside the right margin; mirrored in right-to-left.
    expect(first?.x).toBe(50 + 300 + 8);
    expect((first?.x ?? 0) + (first?.width ?? 0)).toBeCloseTo(595.28 - 50);
    expect(reviewerBoxPositions(9, 'rtl')[0]?.x).toBe(50);
    const unsigned = buildReportDefinition(doc, { locale: 'en', fonts });
    expect(texts(footerAt(unsigned, 9, 9)).join('\n')).not.toContain('Digitally signed');
    expect(texts(unsigned.content)).toContain('This copy is not signed.');
  });

  it('says so when there is no decision, no evidence and no answer yet', () => {
    const { doc } = collectReport(workspace.deps, workspace.assessmentId, 'en');
    const empty = { ...doc, decision: null, evidence: [], evidenceLinks: {}, answers: {} };
    const all = texts(buildReportDefinition(empty, { locale: 'en', fonts }).content);
    expect(all).toContain('No decision has been recorded for this assessment.');
    expect(all).toContain('No evidence is attached to this assessment.');
    expect(all).toContain('No audit events.');
    const unanswered = all.filter((text) => text === 'Not answered' || text.startsWith('Not asked:'));
    expect(unanswered.length).toBe(68);
  });

  it('refuses to vouch for an audit trail that no longer verifies', () => {
    // An attacker with the key, not the app: the guard triggers go first.
    workspace.deps.ws.db.exec(
      'DROP TRIGGER audit_events_append_only_update; DROP TRIGGER audit_events_append_only_delete;',
    );
    workspace.deps.ws.db.exec("UPDATE audit_events SET actor = 'someone else' WHERE seq = 2");
    expect(() => collectReport(workspace.deps, workspace.assessmentId, 'en')).toThrow(
      /audit trail is broken.*#2/,
    );
  });
});

describe('Annex D: screening', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let workspace: ReportWorkspace;
  const fonts = new FontMetrics();
  const run = {
    id: '7c0e6a52-9f1d-4a53-8c2e-2d6b1f0a9e11',
    runAt: '2026-01-10T08:00:00Z',
    runBy: 'Nadia Haddad',
    threshold: 0.85,
    datasets: [
      {
        label: 'UN consolidated list',
        sourceName: 'United Nations Security Council',
        vintage: '2025-11-03',
        sha256: 'c'.repeat(64),
      },
    ],
    hits: [],
  };
  const hit = {
    partyName: 'Nile Integrators SAE',
    datasetLabel: 'UN consolidated list',
    sourceId: 'QDe.123',
    entryName: 'NILE INTEGRATORS',
    matchedName: 'Nile Integrators Co.',
    score: 0.914,
    disposition: null,
    reason: null,
    decidedBy: null,
    decidedAt: null,
  };

  beforeAll(async () => {
    tmp = useTempDir();
    workspace = await reportWorkspace(tmp.path);
  }, 120_000);
  afterAll(() => {
    workspace.session.lock();
    tmp.cleanup();
  });

  it('is absent for an assessment never screened', () => {
    const { doc } = collectReport(workspace.deps, workspace.assessmentId, 'en');
    const printed = texts(buildReportDefinition(doc, { locale: 'en', fonts }).content);
    expect(printed.join('\n')).not.toContain('Annex D');
  });

  it('prints a run without hits, and an undecided hit with the alias that matched and its score', () => {
    const { doc } = collectReport(workspace.deps, workspace.assessmentId, 'en');
    const screened = embeddedAssessmentSchema.parse({
      ...doc,
      screening: [run, { ...run, id: '8d1f7b63-0a2e-4b64-9d3f-3e7c2a1b0f22', hits: [hit] }],
    });
    const printed = texts(buildReportDefinition(screened, { locale: 'en', fonts }).content).join('\n');
    expect(printed).toContain('Annex D: Screening');
    for (const fact of [
      'UN consolidated list',
      'United Nations Security Council',
      'November 3, 2025',
      'cccccccccccccccc…',
    ])
      expect(printed).toContain(fact);
    expect(printed).toContain('No hits at or above the threshold.');
    expect(printed).toContain('Nile Integrators Co.');
    expect(printed).toContain('0.91');
    expect(printed).toContain('Not yet decided');
  });

  it('rejects an empty run list and a dataset hash that is not SHA-256 hex', () => {
    const { doc } = collectReport(workspace.deps, workspace.assessmentId, 'en');
    expect(embeddedAssessmentSchema.safeParse({ ...doc, screening: [] }).success).toBe(false);
    const badHash = { ...run, datasets: [{ ...run.datasets[0], sha256: 'not-a-hash' }] };
    expect(embeddedAssessmentSchema.safeParse({ ...doc, screening: [badHash] }).success).toBe(false);
  });
});
