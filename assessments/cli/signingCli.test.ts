import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendIncrementalUpdate, signedTestReport } from '../../test/helpers/signingFixtures';
import { useTempDir } from '../../test/helpers/tempDir';
import { TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { pdfVerificationSchema } from '../verify/verificationSchema';
import { cli, toPem } from '../../test/helpers/cliRun';

describe('assay identity and assay verify', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('creates, lists and exports a signing identity; import needs ASSAY_P12_PASSWORD', async () => {
    const ws = join(tmp.path, 'ws');
    expect((await cli(['workspace', 'init', ws, '--name', 'Nadia Haddad'])).code).toBe(0);
    const created = await cli([
      'identity',
      'create',
      '--workspace',
      ws,
      '--name',
      'Nadia Haddad',
      '--org',
      'Export Control Office',
      '--email',
      'nadia@example.org',
    ]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const fingerprint = created.stdout.trim();
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);

    const listed = await cli(['identity', 'list', '--workspace', ws, '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ fingerprint, email: 'nadia@example.org' }),
    ]);
    const out = join(tmp.path, 'nadia.pem');
    expect((await cli(['identity', 'export', '--workspace', ws, fingerprint, '--out', out])).code).toBe(0);

    const noPassword = await cli(['identity', 'import', '--workspace', ws, join(tmp.path, 'x.p12')]);
    expect(noPassword.code).toBe(1);
    expect(noPassword.stderr).toMatch(/ASSAY_P12_PASSWORD/);
    const missing = await cli(['identity', 'import', '--workspace', ws, join(tmp.path, 'x.p12')], {
      ASSAY_PASSPHRASE: TEST_PASSPHRASE,
      ASSAY_P12_PASSWORD: 'pw',
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('x.p12');
    expect((await cli(['identity', 'create', '--workspace', ws, '--name', 'N', '--org', 'O'])).code).toBe(2);
  }, 60_000);

  it('verifies files without a workspace; the exit code is the most severe verdict', async () => {
    const fixture = await signedTestReport(4);
    const good = join(tmp.path, 'report.pdf');
    const appended = join(tmp.path, 'appended.pdf');
    const notPdf = join(tmp.path, 'notes.pdf');
    const trust = join(tmp.path, 'trust.pem');
    writeFileSync(good, fixture.signed);
    writeFileSync(appended, appendIncrementalUpdate(fixture.signed));
    writeFileSync(notPdf, 'not a pdf at all');
    writeFileSync(trust, toPem(fixture.identity.certificate));

    const trusted = await cli(['verify', good, '--trust', trust], {});
    expect(trusted.code).toBe(0);
    expect(trusted.stdout).toContain(`${good}: valid\n`);

    const untrusted = await cli(['verify', good], {});
    expect(untrusted.code).toBe(3);
    expect(untrusted.stdout).toContain('valid-untrusted');

    const several = await cli(['verify', good, appended, notPdf, '--json', '--trust', trust], {});
    expect(several.code).toBe(1);
    const results = pdfVerificationSchema.array().parse(JSON.parse(several.stdout));
    expect(results.map((r) => r.verdict)).toEqual(['valid', 'modified-after-signing', 'invalid']);

    const missing = await cli(['verify', join(tmp.path, 'absent.pdf')], {});
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/absent\.pdf: invalid/);

    const badTrust = join(tmp.path, 'bad.pem');
    writeFileSync(badTrust, 'no certificates here');
    expect((await cli(['verify', good, '--trust', badTrust], {})).code).toBe(2);
  }, 60_000);
});
