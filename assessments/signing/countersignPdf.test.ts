import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import { ContentInfo, SignedData } from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewriteWith } from '../../test/helpers/pdfRewrites';
import { appendEmptySignatureField, appendReviewerFields } from '../../test/helpers/reviewerFields';
import {
  appendIncrementalUpdate,
  signedTestReport,
  testSigningIdentity,
  TEST_SIGNATURE_RECT,
  type SignedFixture,
} from '../../test/helpers/signingFixtures';
import { useTempDir } from '../../test/helpers/tempDir';
import { missingTools, skipNote } from '../../test/helpers/tools';
import { verifyPdf } from '../verify/verifyPdf';
import { COMMITMENT_OID } from '../verify/cms/commitmentType';
import { countersignPdf, firstEmptyReviewerField, type CountersignPdfOptions } from './countersignPdf';
import { SignatureFieldError, signatureFields } from './fillSignatureField';
import { readNewestRevision } from './newestRevision';
import { signPdf } from './signPdf';

const NOW = new Date('2026-06-01T00:00:00Z');
const missingPdfTools = missingTools(['pdfsig', 'qpdf']);
const reviewer = testSigningIdentity('Tomás Ortega');
const options: CountersignPdfOptions = {
  fieldName: 'Reviewer1',
  conclusion: 'concur',
  comment: 'Checked the end-user screening and the mitigation plan; the tier is justified.',
  signingTime: new Date('2026-02-03T15:30:00Z'),
};
const anchorsFor = (fixture: SignedFixture) => ({
  trustAnchors: [
    new X509Certificate(fixture.identity.certificate),
    new X509Certificate(reviewer.certificate),
  ],
  now: NOW,
});

/** An OID's DER, hex: asn1js cannot print an arc above 2^53 (the UUID arc) as decimal. */
const oid = (value: string) =>
  Buffer.from(new asn1js.ObjectIdentifier({ value }).toBER(false)).toString('hex');

/** The commitment-type-indication of the newest signature's CMS: OIDs as DER hex, strings as text. */
function commitmentOids(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const hex = [...text.matchAll(/\/Contents\s*<([0-9a-fA-F]+)>/g)].at(-1)?.[1] ?? '';
  const der = Buffer.from(hex, 'hex');
  const info = new ContentInfo({ schema: asn1js.fromBER(der).result });
  const signed = new SignedData({ schema: info.content });
  const attribute = signed.signerInfos[0]?.signedAttrs?.attributes.find(
    (attr) => attr.type === COMMITMENT_OID.commitmentTypeIndication,
  );
  if (!attribute) return [];
  const collect = (block: asn1js.AsnType): string[] =>
    block instanceof asn1js.ObjectIdentifier
      ? [Buffer.from(block.valueBeforeDecodeView).toString('hex')]
      : block instanceof asn1js.Sequence
        ? block.valueBlock.value.flatMap(collect)
        : block instanceof asn1js.Utf8String
          ? [block.getValue()]
          : [];
  return attribute.values.flatMap((value: asn1js.AsnType) => collect(value));
}

describe('countersigning into a reserved signature field', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let fixture: SignedFixture;
  let reserved: Buffer;

  beforeAll(async () => {
    tmp = useTempDir();
    fixture = await signedTestReport(8);
    reserved = appendReviewerFields(fixture.signed);
  }, 120_000);
  afterAll(() => tmp.cleanup());

  const external = (pdf: Buffer, name: string) => {
    const path = join(tmp.path, name);
    writeFileSync(path, pdf);
    return {
      pdfsig: spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout,
      qpdf: spawnSync('qpdf', ['--check', path], { encoding: 'utf8' }),
    };
  };

  it.skipIf(missingPdfTools.length > 0)(
    `signs Reviewer1 in one update; both signatures verify with the conclusion${skipNote(missingPdfTools)}`,
    async () => {
      expect(firstEmptyReviewerField(reserved).name).toBe('Reviewer1');
      const countersigned = await countersignPdf(reserved, reviewer, options);
      expect(countersigned.subarray(0, reserved.length).equals(reserved)).toBe(true);
      const result = await verifyPdf(countersigned, anchorsFor(fixture));
      expect(result.verdict, result.summary.join('\n')).toBe('valid');
      expect(result.signatures.map((s) => [s.role, s.status])).toEqual([
        ['assessor', 'valid'],
        ['countersigner', 'valid'],
      ]);
      expect(result.signatures[0]?.conclusion).toBeNull();
      expect(result.signatures[1]?.conclusion).toEqual({
        commitment: 'approval',
        reason: `Reviewed: concur — ${options.comment}`,
      });
      expect(result.summary.join('\n')).toContain(
        'Conclusion (signed): proof of approval; reason "Reviewed: concur',
      );
      expect(commitmentOids(countersigned)).toEqual([oid(COMMITMENT_OID.proofOfApproval)]);
      const fields = signatureFields(readNewestRevision(countersigned));
      expect(fields.map((f) => [f.name, f.signed])).toEqual([
        [expect.stringMatching(/^Signature\d+$/), true],
        ['Reviewer1', true],
        ['Reviewer2', false],
      ]);
      expect(firstEmptyReviewerField(countersigned).name).toBe('Reviewer2');

      const { pdfsig, qpdf } = external(countersigned, 'countersigned.pdf');
      expect(pdfsig).toMatch(
        /Signature #1:[\s\S]*Signature is Valid\.[\s\S]*Signature #2:[\s\S]*Signature is Valid\./,
      );
      expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);
      expect(qpdf.stdout).toContain('No syntax or stream encoding errors found');
    },
    60_000,
  );

  it('records "do not concur" as proofOfCreation qualified do-not-concur; both reviewers can sign', async () => {
    const first = await countersignPdf(reserved, reviewer, options);
    const second = await countersignPdf(first, reviewer, {
      ...options,
      fieldName: 'Reviewer2',
      conclusion: 'do-not-concur',
      comment: 'Le plan d’atténuation ne couvre pas la rétention des données — 数据保留',
    });
    expect(commitmentOids(second)).toEqual([
      oid(COMMITMENT_OID.proofOfCreation),
      oid(COMMITMENT_OID.assayReviewConclusion),
      'do-not-concur',
    ]);
    const result = await verifyPdf(second, anchorsFor(fixture));
    expect(result.verdict, result.summary.join('\n')).toBe('valid');
    expect(result.signatures.map((s) => [s.role, s.conclusion?.commitment ?? null])).toEqual([
      ['assessor', null],
      ['countersigner', 'approval'],
      ['countersigner', 'creation'],
    ]);
    expect(result.signatures[2]?.conclusion?.reason).toMatch(
      /^Reviewed: do not concur — Le plan .*数据保留$/,
    );
    expect(() => firstEmptyReviewerField(second)).toThrow(/every reviewer signature field/);
  }, 60_000);

  it('refuses a missing field and a signed one', async () => {
    const refusal = async (pdf: Buffer, fieldName: string) => {
      try {
        await countersignPdf(pdf, reviewer, { ...options, fieldName });
      } catch (error) {
        return error instanceof SignatureFieldError ? error.problem : String(error);
      }
      return 'signed';
    };
    expect(await refusal(fixture.signed, 'Reviewer1')).toBe('no-such-field');
    expect(() => firstEmptyReviewerField(fixture.signed)).toThrow(/no reviewer signature field/);
    const once = await countersignPdf(reserved, reviewer, options);
    expect(await refusal(once, 'Reviewer1')).toBe('already-signed');
    const assessorField = signatureFields(readNewestRevision(once))[0]?.name ?? '';
    expect(await refusal(once, assessorField)).toBe('already-signed');
  }, 60_000);

  it('signs a field whose widget is a separate kid, giving the kid the appearance', async () => {
    const kids = appendEmptySignatureField(fixture.signed, 'Reviewer1', { separateWidget: true });
    const countersigned = await countersignPdf(kids, reviewer, options);
    const result = await verifyPdf(countersigned, anchorsFor(fixture));
    expect(result.signatures.map((s) => s.status)).toEqual(['valid', 'valid']);
    // The revision diff (diffForm.ts) accepts /AP only on a widget merged with its field and so
    // reports the kid's new appearance as a change, and poppler's pdfsig does not read /V on a
    // parent of a widget kid: reports reserve merged field-widgets, which both accept.
    const [field] = signatureFields(readNewestRevision(countersigned)).filter((f) => f.name === 'Reviewer1');
    expect(field?.signed).toBe(true);
    expect(field?.widget?.ref.num).not.toBe(field?.ref.num);
    expect(field?.widget?.dict.entries.has('AP')).toBe(true);
  }, 60_000);

  it.skipIf(missingPdfTools.length > 0)(
    `countersigns after a rewrite with object streams, then signed (cross-reference streams)${skipNote(missingPdfTools)}`,
    async () => {
      const packed = rewriteWith(fixture.unsigned, 'qpdf', ['--object-streams=generate']);
      const signed = await signPdf(packed, fixture.identity, {
        signingTime: new Date('2026-02-01T10:00:00Z'),
        reason: 'Human-rights impact assessment report',
        widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
      });
      const countersigned = await countersignPdf(appendReviewerFields(signed), reviewer, options);
      expect(countersigned.toString('latin1', signed.length)).toContain('/Type /XRef');
      const result = await verifyPdf(countersigned, anchorsFor(fixture));
      expect(result.verdict, result.summary.join('\n')).toBe('valid');
      const { pdfsig, qpdf } = external(countersigned, 'packed-countersigned.pdf');
      expect(pdfsig).toMatch(/Signature #2:[\s\S]*Signature is Valid\./);
      expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);
    },
    60_000,
  );

  it('the verifier calls an update after the countersignature a modification', async () => {
    const countersigned = await countersignPdf(reserved, reviewer, options);
    const result = await verifyPdf(appendIncrementalUpdate(countersigned), anchorsFor(fixture));
    expect(result.verdict).toBe('modified-after-signing');
  }, 60_000);
});
