import { checkByteRange } from './byteRange';
import { checkCertification, readCertification } from './certification';
import { Checks } from './checks';
import { inSigningOrder, signedEnd, type RevisionAnalysis } from './checkRevisions';
import { checkSignature } from './checkSignature';
import type { SignatureCandidate } from './pdf/pdfDocument';
import { isName } from './pdf/pdfValues';
import { revisionEndingAt } from './pdf/revisions';
import { checkDocumentTimestamp } from './timestamp/checkDocumentTimestamp';
import type { SignatureVerification } from './verificationSchema';
import type { X509Certificate } from 'node:crypto';

export interface SignaturesOptions {
  anchors: readonly X509Certificate[];
  tsaAnchors: readonly X509Certificate[];
  /** CRLs and OCSP responses (DER): given by the verifier's user and found in the file's DSS. */
  crls: readonly Buffer[];
  ocsps: readonly Buffer[];
  /** Certificates from the DSS that may complete a chain. */
  extraCertificates: readonly Buffer[];
  now: Date;
}

/** An RFC 3161 document timestamp: proves when the bytes it covers existed, says nothing of who. */
async function documentTimestamp(
  bytes: Buffer,
  candidate: SignatureCandidate,
  base: SignatureVerification,
  options: SignaturesOptions,
): Promise<SignatureVerification> {
  const checks = new Checks();
  checks.pass('sub-filter', 'revCheckDocumentTimestamp');
  const range = checkByteRange(bytes, candidate, checks);
  if (!range) return { ...base, checks: checks.list };
  const timestamp = await checkDocumentTimestamp(
    { fileBytes: bytes, byteRange: range.ranges, contents: range.contents },
    { tsaAnchors: options.tsaAnchors, now: options.now, crls: options.crls },
  );
  return {
    ...base,
    byteRange: [...range.ranges],
    bytesAfterSignedRange: bytes.length - (range.ranges[2] + range.ranges[3]),
    provenTime: timestamp.trusted && timestamp.genTime ? timestamp.genTime.toISOString() : null,
    signingTime: timestamp.genTime?.toISOString() ?? null,
    timestampAuthority: timestamp.tsa ? { ...timestamp.tsa, trusted: timestamp.trusted } : null,
    trusted: timestamp.trusted,
    status: timestamp.status,
    checks: [...checks.list, ...timestamp.checks],
  };
}

/**
 * Every signature and document timestamp in the order they were made. The first signature is the
 * assessor's; later ones countersign (a missing signing-certificate attribute is then only a warning).
 * A signature with a DocMDP reference certifies the document, which only the first may do.
 * Each is tied to the revision its signed bytes end at.
 */
export async function verifySignatures(
  bytes: Buffer,
  candidates: readonly SignatureCandidate[],
  revisions: RevisionAnalysis,
  options: SignaturesOptions,
): Promise<SignatureVerification[]> {
  const results: SignatureVerification[] = [];
  let signatures = 0;
  for (const [index, candidate] of inSigningOrder(candidates).entries()) {
    const isTimestamp = isName(candidate.dict.entries.get('SubFilter'), 'ETSI.RFC3161');
    const end = signedEnd(candidate);
    const revision = revisions.report && end !== null ? revisionEndingAt(revisions.report, end) : undefined;
    let result: SignatureVerification;
    if (isTimestamp) {
      const base: SignatureVerification = {
        index,
        objectNumber: candidate.num,
        kind: 'document-timestamp',
        role: 'timestamp',
        subFilter: 'ETSI.RFC3161',
        byteRange: null,
        revision: null,
        bytesAfterSignedRange: null,
        signingTime: null,
        provenTime: null,
        timestampAuthority: null,
        signer: null,
        certification: null,
        trusted: false,
        status: 'invalid',
        conclusion: null,
        checks: [],
      };
      result = await documentTimestamp(bytes, candidate, base, options);
    } else {
      const role = signatures === 0 ? 'assessor' : 'countersigner';
      signatures += 1;
      const checked = await checkSignature(bytes, candidate, index, {
        anchors: options.anchors,
        tsaAnchors: options.tsaAnchors,
        crls: options.crls,
        ocsps: options.ocsps,
        extraCertificates: options.extraCertificates,
        now: options.now,
        role: role === 'assessor' ? 'first' : 'later',
      });
      result = { ...checked, kind: 'signature', role };
      const certification = readCertification(candidate.dict, revisions.latest);
      if (certification) {
        const checks = new Checks();
        const objects = revisions.signedView;
        checkCertification(
          certification,
          { index, objectNumber: candidate.num, signedCatalog: objects?.catalog(), objects },
          checks,
        );
        result = {
          ...result,
          certification,
          status: checks.failed ? 'invalid' : result.status,
          checks: [...result.checks, ...checks.list],
        };
      }
    }
    result.revision = revision === undefined ? null : revision + 1;
    if (revision === undefined && revisions.report && result.byteRange) {
      const checks = new Checks();
      checks.fail('byte-range', 'revCheckRangeNotRevision', { end: end ?? '—' });
      result = { ...result, status: 'invalid', checks: [...result.checks, ...checks.list] };
    }
    results.push(result);
  }
  return results;
}
