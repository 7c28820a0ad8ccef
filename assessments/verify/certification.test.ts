import { SignPdf } from '@signpdf/signpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillReservedField } from '../../test/helpers/fillReservedField';
import { addAnnotation, addDss, touchInfo } from '../../test/helpers/incrementalUpdates';
import {
  buildEmbeddedAssessment,
  certificateFingerprint,
  renderTestReport,
  TEST_SIGNATURE_RECT,
  testSigningIdentity,
} from '../../test/helpers/signingFixtures';
import { writeIncrementalUpdate } from '../signing/incrementalUpdate';
import { readNewestRevision } from '../signing/newestRevision';
import { signatureFieldObjects } from '../signing/signatureField';
import { BYTE_RANGE_PLACEHOLDER, docMdpReference, type DocMdpPermissions } from '../signing/signatureUpdate';
import { CadesDetachedSigner, signPdf, type SigningKeyMaterial } from '../signing/signPdf';
import { verifyPdf } from './verifyPdf';

const RESERVED = {
  name: 'Reviewer1',
  pageIndex: 1,
  rect: [320, 60, 500, 120] as [number, number, number, number],
};

describe('certification (DocMDP)', () => {
  const assessor = testSigningIdentity();
  const reviewer = testSigningIdentity('Reviewer One');
  let unsigned: Buffer;
  const certified = new Map<DocMdpPermissions, Buffer>();
  beforeAll(async () => {
    unsigned = await renderTestReport(
      buildEmbeddedAssessment(9, undefined, certificateFingerprint(assessor.certificate)),
    );
    for (const permissions of [1, 2, 3] as const)
      certified.set(
        permissions,
        await signPdf(unsigned, assessor, {
          signingTime: new Date('2026-02-01T10:00:00Z'),
          reason: 'Human-rights impact assessment report',
          widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
          certify: { permissions },
          reservedFields: [RESERVED],
        }),
      );
  }, 60_000);
  const at = (permissions: DocMdpPermissions) => certified.get(permissions) as Buffer;

  it('is read from the signature and checked, for each permission level', async () => {
    for (const [permissions, key] of [
      [1, 'certNoChanges'],
      [2, 'certFormFilling'],
      [3, 'certAnnotations'],
    ] as const) {
      const result = await verifyPdf(at(permissions));
      expect(result.verdict, result.summary.join('\n')).toBe('valid-untrusted');
      expect(result.signatures[0]?.certification).toEqual({ permissions });
      expect(result.signatures[0]?.checks.filter((c) => c.id === 'certification').map((c) => c.key)).toEqual([
        key,
      ]);
    }
  });

  it('refuses to certify an already signed PDF', async () => {
    await expect(
      signPdf(at(2), reviewer, {
        signingTime: new Date('2026-02-02T10:00:00Z'),
        reason: 'x',
        widget: { pageIndex: 0, rect: [0, 0, 0, 0] },
        certify: { permissions: 2 },
      }),
    ).rejects.toThrow(/first signature/);
  });

  it('P=1: signing the reserved field, or refreshing the dates, is a modification; validation data is not', async () => {
    const filled = await verifyPdf(await fillReservedField(at(1), 'Reviewer1', reviewer));
    expect(filled.verdict).toBe('modified-after-signing');
    expect(filled.revisions.changes.filter((c) => c.verdict === 'disallowed').map((c) => c.key)).toEqual([
      'revCertifiedSignatureRefused',
    ]);
    expect((await verifyPdf(touchInfo(at(1)))).verdict).toBe('modified-after-signing');
    expect((await verifyPdf(addDss(at(1)))).verdict).toBe('valid-untrusted');
  }, 30_000);

  it('P=2: signing the reserved field is allowed, an annotation is not', async () => {
    expect((await verifyPdf(await fillReservedField(at(2), 'Reviewer1', reviewer))).verdict).toBe(
      'valid-untrusted',
    );
    const annotated = await verifyPdf(addAnnotation(at(2), 0));
    expect(annotated.verdict).toBe('modified-after-signing');
    expect(annotated.revisions.changes.map((c) => c.key)).toEqual(['revAnnotationAdded']);
  }, 30_000);

  it('P=3: an annotation is listed as permitted, not a modification', async () => {
    const annotated = await verifyPdf(addAnnotation(at(3), 0));
    expect(annotated.verdict, annotated.summary.join('\n')).toBe('valid-untrusted');
    expect(annotated.revisions.changes.map((c) => [c.verdict, c.key])).toEqual([
      ['warning', 'revAnnotationPermitted'],
    ]);
  });

  it('a certification that is not the first signature is invalid', async () => {
    const first = await signPdf(unsigned, assessor, {
      signingTime: new Date('2026-02-01T10:00:00Z'),
      reason: 'Human-rights impact assessment report',
      widget: { pageIndex: 1, rect: TEST_SIGNATURE_RECT },
    });
    const result = await verifyPdf(await lateCertification(first, reviewer));
    expect(result.verdict).toBe('invalid');
    expect(result.signatures[1]?.status).toBe('invalid');
    expect(result.signatures[1]?.checks.map((c) => [c.status, c.key])).toContainEqual([
      'fail',
      'certNotFirst',
    ]);
  });
});

/** A second signature whose dictionary claims DocMDP, as no honest tool writes it. */
async function lateCertification(pdf: Buffer, identity: SigningKeyMaterial): Promise<Buffer> {
  const base = readNewestRevision(pdf);
  const signingTime = new Date('2026-02-03T10:00:00Z');
  const valueDict = `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached ${BYTE_RANGE_PLACEHOLDER} /Contents <${'0'.repeat(16_000)}> /M (D:20260203100000Z) ${docMdpReference(2)} >>`;
  const objects = signatureFieldObjects(base, {
    valueDict,
    namePrefix: 'Signature',
    widget: { pageIndex: 0, rect: [0, 0, 0, 0] },
  });
  return new SignPdf().sign(
    writeIncrementalUpdate(pdf, base, objects),
    new CadesDetachedSigner(identity),
    signingTime,
  );
}
