import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../assessments/api/dispatch';
import { unwrapEnvelope } from '../test/helpers/envelope';
import { reportWorkspace } from '../test/helpers/reportWorkspace';

export interface SignedReports {
  files: string[];
  /** The signer's certificate as PEM, the trust anchor a regulator passes to `assay verify --trust`. */
  trustPem: string;
}

/**
 * `count` signed reports as the app exports them (the worked spyware example answered in full, with
 * evidence and a decision, fonts embedded), written into `dir`.
 */
export async function writeSignedReports(dir: string, count: number): Promise<SignedReports> {
  const answersDir = fileURLToPath(new URL('../../test/fixtures/answers/', import.meta.url));
  const root = join(dir, 'workspace');
  mkdirSync(root);
  const ws = await reportWorkspace(root, { answersDir });
  try {
    const { fingerprint } = await unwrapEnvelope<{ fingerprint: string }>(
      dispatch(ws.handlers, 'identity.create', {
        name: 'Dr. Lena Brandt',
        organisation: 'Helvetic Sensors AG',
        email: 'lena.brandt@example.org',
      }),
    );
    const { pem } = await unwrapEnvelope<{ pem: string }>(
      dispatch(ws.handlers, 'identity.exportCertificate', { fingerprint }),
    );
    const files: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const path = join(dir, `report-${i}.pdf`);
      await unwrapEnvelope(
        dispatch(ws.handlers, 'report.export', {
          assessmentId: ws.assessmentId,
          identity: fingerprint,
          locale: i % 2 === 0 ? 'en' : 'ar',
          path,
        }),
      );
      files.push(path);
    }
    return { files, trustPem: pem };
  } finally {
    ws.session.lock();
  }
}
