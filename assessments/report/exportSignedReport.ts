import { existsSync } from 'node:fs';
import { AppError } from '../shared/errors';
import type { AssessmentDeps } from '../assessment/assessmentService';
import type { Locale } from '../questionnaire/templateSchema';
import { writeFileAtomicSync } from '../shared/atomicWrite';
import {
  listIdentities,
  loadSigningKey,
  recordSignedExport,
  type IdentityDeps,
} from '../signing/identityService';
import { reservedFieldOverBox, signPdf, widgetOverBox } from '../signing/signPdf';
import { setAssessmentStatus } from '../store/assessmentRows';
import { buildReportDefinition } from './buildReportDefinition';
import { collectReport, embeddedAssessmentJson } from './collectReport';
import { renderReport } from './renderReportPdf';
import { reviewerBoxPositions } from './reviewerBoxes';
import { signatureBoxPosition } from './signatureBox';

export interface ExportSignedReportInput {
  assessmentId: string;
  /** SHA-256 fingerprint of the signing identity's certificate. */
  identity: string;
  locale: Locale;
  /** Where the PDF goes; an existing file is never overwritten. */
  path: string;
}

export interface SignedReportExport {
  path: string;
  sha256: string;
  sizeBytes: number;
  pageCount: number;
  exportId: string;
  signedAt: string;
}

export const REPORT_SIGNATURE_REASON = 'Human-rights impact assessment report';

/**
 * Builds the report, certifies it (PAdES B-B, DocMDP P=2, the widget over the report's signature
 * block, an empty signature field over each reviewer's box), writes it
 * atomically and records the export. A report vouches for a decision, so one must be recorded and
 * still current.
 */
export async function exportSignedReport(
  deps: Pick<AssessmentDeps, 'pinned' | 'clock'> & IdentityDeps,
  input: ExportSignedReportInput,
): Promise<SignedReportExport> {
  const { ws, clock } = deps;
  const signer = listIdentities({ ws }).find((identity) => identity.fingerprint === input.identity);
  if (!signer) {
    throw new AppError('not_found', `No signing identity has the fingerprint ${input.identity}.`, {
      field: 'identity',
    });
  }
  if (existsSync(input.path)) {
    throw new AppError('conflict', `${input.path} already exists; choose another file name.`, {
      field: 'path',
    });
  }
  const { doc, auditTrail } = collectReport(deps, input.assessmentId, input.locale, signer.fingerprint);
  if (!doc.decision) {
    throw new AppError(
      'conflict',
      `Assessment ${input.assessmentId} has no recorded decision; record one before signing the report.`,
    );
  }
  if (doc.decision.staleSince) {
    throw new AppError(
      'conflict',
      `The decision on assessment ${input.assessmentId} is stale (answers changed on ${doc.decision.staleSince}); decide again before signing the report.`,
    );
  }
  const signedAt = clock.now();
  const definition = buildReportDefinition(doc, {
    locale: input.locale,
    auditTrail,
    signer: {
      name: signer.commonName,
      organisation: signer.organisation,
      email: signer.email,
      fingerprint: signer.fingerprint,
      signingTime: signedAt.toISOString(),
    },
  });
  const { pdf, pageCount } = await renderReport(definition, embeddedAssessmentJson(doc));
  const direction = input.locale === 'ar' ? 'rtl' : 'ltr';
  const signed = await signPdf(pdf, loadSigningKey({ ws }, signer.fingerprint), {
    signingTime: signedAt,
    reason: REPORT_SIGNATURE_REASON,
    widget: widgetOverBox(signatureBoxPosition(pageCount, direction)),
    // Certified: only filling in the reviewers' empty fields (and validation data) may follow.
    certify: { permissions: 2 },
    reservedFields: reviewerBoxPositions(pageCount, direction).map((box) =>
      reservedFieldOverBox(box.fieldName, box),
    ),
  });
  try {
    writeFileAtomicSync(input.path, signed);
  } catch (error) {
    throw new AppError(
      'invalid_input',
      `The report could not be written to ${input.path}: ${(error as Error).message}`,
      {
        field: 'path',
      },
    );
  }
  const recorded = ws.db.transaction(() => {
    const exported = recordSignedExport(deps, {
      assessmentId: input.assessmentId,
      fingerprint: signer.fingerprint,
      path: input.path,
      bytes: signed,
    });
    setAssessmentStatus(ws.db, input.assessmentId, 'signed', signedAt.toISOString());
    return exported;
  })();
  return {
    path: input.path,
    sha256: recorded.sha256,
    sizeBytes: signed.length,
    pageCount,
    exportId: recorded.id,
    signedAt: signedAt.toISOString(),
  };
}
