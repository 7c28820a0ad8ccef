import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendReviewerFields } from '../../test/helpers/reviewerFields';
import { signedTestReport } from '../../test/helpers/signingFixtures';
import { useTempDir } from '../../test/helpers/tempDir';
import { cli, toPem } from '../../test/helpers/cliRun';

describe('assay countersign', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('signs the next reviewer box with the conclusion; assay verify shows it', async () => {
    const fixture = await signedTestReport(10);
    const report = join(tmp.path, 'report.pdf');
    writeFileSync(report, appendReviewerFields(fixture.signed));
    const ws = join(tmp.path, 'reviewer');
    expect((await cli(['workspace', 'init', ws, '--name', 'Tomás Ortega'])).code).toBe(0);
    const created = await cli(
      ['identity', 'create', '--workspace', ws, '--name', 'Tomás Ortega', '--org', 'Review Board'].concat([
        '--email',
        'tomas@example.org',
      ]),
    );
    const fingerprint = created.stdout.trim();
    const out = join(tmp.path, 'countersigned.pdf');
    const args = ['countersign', '--workspace', ws, '--identity', fingerprint, report, '--out', out];

    const signed = await cli([
      ...args,
      '--conclusion',
      'do-not-concur',
      '--comment',
      'Retention not covered.',
    ]);
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    expect(signed.stdout).toMatch(
      /^[0-9a-f]{64} {2}.*countersigned\.pdf {2}\(do-not-concur in Reviewer1, signed /,
    );

    const trust = join(tmp.path, 'trust.pem');
    const reviewerPem = join(tmp.path, 'reviewer.pem');
    expect(
      (await cli(['identity', 'export', '--workspace', ws, fingerprint, '--out', reviewerPem])).code,
    ).toBe(0);
    writeFileSync(trust, toPem(fixture.identity.certificate));
    const verified = await cli(['verify', out, '--trust', trust, '--trust', reviewerPem], {});
    expect(verified.code, verified.stdout).toBe(0);
    expect(verified.stdout).toContain('(countersigner, revision 5)');
    expect(verified.stdout).toContain(
      'Conclusion (signed): proof of creation; reason "Reviewed: do not concur — Retention not covered."',
    );

    const again = await cli([...args, '--conclusion', 'concur']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect((await cli([...args, '--conclusion', 'maybe'])).code).toBe(2);
    expect((await cli(args.slice(0, 5).concat(['--out', out, '--conclusion', 'concur']))).code).toBe(2);
  }, 120_000);
});
