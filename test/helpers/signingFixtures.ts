import { createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  EMBEDDED_ASSESSMENT_FORMAT,
  verificationFacts,
  verificationLines,
  type EmbeddedAssessment,
} from '../../assessments/verify/embeddedAssessment';
import { compileTemplate } from '../../assessments/questionnaire/compile';
import { scoreAssessment } from '../../assessments/scoring/scoreAssessment';
import { seededRandom } from '../../assessments/scoring/testing/prng';
import { randomAnswers } from '../../assessments/scoring/testing/randomAnswers';
import { createSelfSignedCertificate } from '../../assessments/signing/selfSignedCertificate';
import type { SigningKeyMaterial } from '../../assessments/signing/signPdf';
import { loadTemplate } from '../../assessments/templates/loadTemplate';

const nodeRequire = createRequire(import.meta.url);
const FIXTURE_TEMPLATE = fileURLToPath(new URL('../fixtures/templates/vendor-onboarding/', import.meta.url));
const FONT_DIR = dirname(
  nodeRequire.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
);

/** Where the test report draws its signature block on the last page (points, PDF coordinates). */
export const TEST_SIGNATURE_RECT: [number, number, number, number] = [60, 60, 300, 120];

/**
 * A consistent assessment.json over a template (by default the small vendor-onboarding fixture),
 * issued for the certificate with `signerFingerprint` (none: an unsigned draft).
 */
export function buildEmbeddedAssessment(
  seed = 7,
  templateDir = FIXTURE_TEMPLATE,
  signerFingerprint?: string,
): EmbeddedAssessment {
  const bundle = loadTemplate(templateDir);
  const compiled = compileTemplate(bundle.template);
  const answers = Object.fromEntries(
    Object.entries(randomAnswers(compiled, seededRandom(seed))).filter(([, entry]) => entry !== undefined),
  ) as EmbeddedAssessment['answers'];
  const result = scoreAssessment(compiled, answers, { evidenceCounts: {}, evidenceLinks: {} });
  const at = '2026-01-15T09:00:00.000Z';
  return {
    format: EMBEDDED_ASSESSMENT_FORMAT,
    generatedAt: at,
    locale: 'en',
    assessment: {
      id: randomUUID(),
      title: 'Test export',
      destinationCountry: null,
      endUserName: null,
      productDescription: null,
      status: 'decided',
      template: { id: bundle.template.id, version: bundle.template.version, hash: bundle.hash },
      decision: null,
      createdAt: at,
      createdBy: 'Nadia Haddad',
      updatedAt: at,
    },
    templateRef: bundle.ref,
    templateCanonical: bundle.canonical,
    answers,
    evidenceLinks: {},
    result,
    decision: null,
    evidence: [],
    auditHead: { seq: 3, hash: 'c'.repeat(64) },
    signer: signerFingerprint ? { fingerprint: signerFingerprint } : null,
  };
}

/** SHA-256 of a DER certificate, lowercase hex: how reports name their signer. */
export const certificateFingerprint = (der: Buffer) => createHash('sha256').update(der).digest('hex');

/** A small report-like PDF: verification lines on the cover, assessment.json attached, two pages. */
export async function renderTestReport(doc: EmbeddedAssessment, linesOverride?: string[]): Promise<Buffer> {
  const pdfmake = nodeRequire('pdfmake') as {
    setFonts(fonts: unknown): void;
    setUrlAccessPolicy(policy: () => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(dd: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
  };
  const dir = mkdtempSync(join(tmpdir(), 'assay-report-'));
  try {
    const jsonPath = join(dir, 'assessment.json');
    writeFileSync(jsonPath, JSON.stringify(doc));
    const font = join(FONT_DIR, 'NotoSans_400Regular.ttf');
    pdfmake.setFonts({ Noto: { normal: font, bold: font, italics: font, bolditalics: font } });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR) || path.startsWith(dir));
    const lines = linesOverride ?? verificationLines(verificationFacts(doc));
    const dd = {
      version: '1.7',
      subset: 'PDF/A-3b',
      tagged: true,
      defaultStyle: { font: 'Noto', fontSize: 10 },
      info: { title: `Assessment ${doc.assessment.id}` },
      files: {
        'assessment.json': {
          src: jsonPath,
          name: 'assessment.json',
          type: 'application/json',
          relationship: 'Data',
        },
      },
      content: [
        { text: 'Human-rights impact assessment', fontSize: 18 },
        ...lines.map((line) => ({ text: line })),
        {
          text: `Tier ${doc.result.tier}, recommendation ${doc.result.recommendation}.`,
          pageBreak: 'after' as const,
        },
        { text: 'Signature' },
        {
          canvas: [{ type: 'rect' as const, x: 0, y: 0, w: 240, h: 60, lineWidth: 1 }],
          absolutePosition: { x: 60, y: 842 - 120 },
        },
      ],
    } as unknown as TDocumentDefinitions;
    return await pdfmake.createPdf(dd).getBuffer();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh self-signed certificate with an RSA-2048 or P-256 key, for CMS tests that need both kinds. */
export function selfSignedKeyPair(type: 'rsa' | 'ec', name: string, email = 'a@example.org') {
  const keys =
    type === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const certificate = createSelfSignedCertificate({ name, organisation: 'Assay Test', email }, keys, {
    notBefore: new Date('2025-01-01T00:00:00Z'),
    notAfter: new Date('2030-01-01T00:00:00Z'),
  });
  return { keys, certificate };
}

/** A fresh self-signed RSA-3072 identity, as `identity.create` makes them. */
export function testSigningIdentity(
  name = 'Nadia Haddad',
  validity?: { notBefore: Date; notAfter: Date },
): SigningKeyMaterial {
  const keys = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const certificate = createSelfSignedCertificate(
    { name, organisation: 'Assay Test Org', email: 'nadia@example.org' },
    keys,
    validity ?? { notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2030-01-01T00:00:00Z') },
  );
  return { certificate, chain: [], privateKey: keys.privateKey, signerName: name };
}

export interface SignedFixture {
  assessment: EmbeddedAssessment;
  unsigned: Buffer;
  signed: Buffer;
  identity: SigningKeyMaterial;
}

/** A rendered test report signed over its last-page signature block. */
export async function signedTestReport(seed = 7): Promise<SignedFixture> {
  const { signPdf } = await import('../../assessments/signing/signPdf');
  const identity = testSigningIdentity();
  const assessment = buildEmbeddedAssessment(seed, undefined, certificateFingerprint(identity.certificate));
  const unsigned = await renderTestReport(assessment);
  const signed = await signPdf(unsigned, identity, {
    signingTime: new Date('2026-02-01T10:00:00Z'),
    reason: 'Human-rights impact assessment report',
    location: 'Geneva',
    widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
  });
  return { assessment, unsigned, signed, identity };
}

/** A well-formed incremental update appended after the signature (changes the document title). */
export function appendIncrementalUpdate(signed: Buffer, title = 'Altered'): Buffer {
  const text = signed.toString('latin1');
  const prev = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? '0';
  const size = Number(/\/Size (\d+)/g.exec(text.slice(text.lastIndexOf('trailer')))?.[1] ?? '100');
  const root = /\/Root (\d+ \d+ R)/.exec(text.slice(text.lastIndexOf('trailer')))?.[1] ?? '1 0 R';
  const objAt = signed.length + 1;
  const body = `\n${size} 0 obj\n<< /Title (${title}) >>\nendobj\n`;
  const xrefAt = signed.length + Buffer.byteLength(body, 'latin1');
  const tail = `xref\n${size} 1\n${String(objAt).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([signed, Buffer.from(body + tail, 'latin1')]);
}
