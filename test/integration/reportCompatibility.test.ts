import { createHash, X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cachedTemplateLookup } from '../../assessments/verify/checkEmbeddedAssessment';
import { verifyPdf } from '../../assessments/verify/verifyPdf';

/**
 * DESIGN §2a: every report a release has signed keeps verifying. Each folder under
 * test/fixtures/reports/ holds the reports one release signed (en, ar, zh; with and without
 * screening), the signers' certificates and a manifest; they are checked with a pinned clock, so the
 * verdict does not change as the certificates age.
 */
const ROOT = fileURLToPath(new URL('../fixtures/reports/', import.meta.url));
/** Within every fixture certificate's validity, after every fixture was signed. */
const PINNED_NOW = new Date('2026-06-01T00:00:00Z');

interface Manifest {
  release: string;
  commit: string;
  reports: {
    file: string;
    locale: string;
    screening: boolean;
    sha256: string;
    certificate: string;
    signerFingerprint: string;
    signedAt: string;
  }[];
}

const releases = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const cases = releases.flatMap((release) => {
  const manifest = JSON.parse(readFileSync(join(ROOT, release, 'manifest.json'), 'utf8')) as Manifest;
  return manifest.reports.map((report) => ({ release, ...report }));
});
const templates = cachedTemplateLookup();

describe('reports signed by earlier releases keep verifying', () => {
  it('covers en, ar and zh, with and without screening, for every release', () => {
    expect(releases).toContain('0.1.0');
    for (const release of releases) {
      const ofRelease = cases.filter((c) => c.release === release);
      for (const locale of ['en', 'ar', 'zh'])
        for (const screening of [false, true])
          expect(ofRelease.some((c) => c.locale === locale && c.screening === screening)).toBe(true);
    }
  });

  it.each(cases.map((c) => [`${c.release}/${c.file}`, c] as const))(
    '%s is valid with its signer trusted and valid-untrusted without',
    async (_name, report) => {
      const dir = join(ROOT, report.release);
      const bytes = readFileSync(join(dir, report.file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(report.sha256);
      const anchor = new X509Certificate(readFileSync(join(dir, report.certificate)));
      expect(anchor.fingerprint256.replace(/:/g, '').toLowerCase()).toBe(report.signerFingerprint);

      const trusted = await verifyPdf(bytes, { trustAnchors: [anchor], now: PINNED_NOW, templates });
      expect(trusted.error).toBeNull();
      expect(trusted.verdict, trusted.summary.join('\n')).toBe('valid');
      expect(trusted.signatures).toHaveLength(1);
      expect(trusted.signatures[0]?.signer?.fingerprint).toBe(report.signerFingerprint);

      const untrusted = await verifyPdf(bytes, { now: PINNED_NOW, templates });
      expect(untrusted.verdict, untrusted.summary.join('\n')).toBe('valid-untrusted');

      // The shared lookup has seen this template by now and recognises its text instead of
      // decoding it: the result must be exactly what a verifier that knows nothing finds.
      expect(templates.known.length).toBeGreaterThan(0);
      const fresh = await verifyPdf(bytes, { trustAnchors: [anchor], now: PINNED_NOW });
      expect(trusted).toEqual(fresh);
    },
  );
});
