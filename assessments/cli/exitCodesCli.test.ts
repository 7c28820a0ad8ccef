import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, toPem } from '../../test/helpers/cliRun';
import { signedTestReport } from '../../test/helpers/signingFixtures';
import { useTempDir } from '../../test/helpers/tempDir';

/** The exit codes docs/cli.md lists, for a few commands of each kind. */
describe('assay exit codes as documented', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let ws: string;
  beforeAll(async () => {
    tmp = useTempDir();
    ws = join(tmp.path, 'ws');
    expect((await cli(['workspace', 'init', ws, '--name', 'Nadia Haddad'])).code).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('0 for help, 2 for usage: no command, unknown words, missing flags, a passphrase argument', async () => {
    expect((await cli(['--help'])).code).toBe(0);
    expect((await cli([])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['constructor'])).code).toBe(2);
    expect((await cli(['assessment', 'list', '--workspace', ws, '--colour'])).code).toBe(2);
    expect((await cli(['report', '--workspace', ws])).code).toBe(2);
    expect((await cli(['workspace', 'verify', ws, '--passphrase', 'x'])).code).toBe(2);
    expect((await cli(['verify'], {})).code).toBe(2);
    const unreadable = await cli([
      'decide',
      '--workspace',
      ws,
      '--assessment',
      'a7d7c9a8-3b0e-4e0e-9a51-6f3f8f0c2d11',
      '--recommendation',
      'deny',
      '--rationale-file',
      join(tmp.path, 'absent.txt'),
    ]);
    expect(unreadable.code).toBe(2);
  });

  it('1 when the operation fails or is refused', async () => {
    expect((await cli(['assessment', 'list', '--workspace', ws], { ASSAY_PASSPHRASE: 'wrong' })).code).toBe(
      1,
    );
    const rationale = join(tmp.path, 'rationale.txt');
    writeFileSync(rationale, 'The reasons, given at enough length.');
    const unknown = await cli([
      'decide',
      '--workspace',
      ws,
      '--assessment',
      'a7d7c9a8-3b0e-4e0e-9a51-6f3f8f0c2d11',
      '--recommendation',
      'deny',
      '--rationale-file',
      rationale,
    ]);
    expect(unknown.code).toBe(1);
    expect((await cli(['verify', join(tmp.path, 'absent.pdf')], {})).code).toBe(1);
  });

  it('verify: 0 valid and trusted, 3 valid but untrusted, 2 for unreadable trust anchors', async () => {
    const fixture = await signedTestReport(5);
    const pdf = join(tmp.path, 'report.pdf');
    const trust = join(tmp.path, 'trust.pem');
    writeFileSync(pdf, fixture.signed);
    writeFileSync(trust, toPem(fixture.identity.certificate));
    expect((await cli(['verify', pdf, '--trust', trust, '--json'], {})).code).toBe(0);
    expect((await cli(['verify', pdf], {})).code).toBe(3);
    expect((await cli(['verify', pdf, '--trust', join(tmp.path, 'absent.pem')], {})).code).toBe(2);
  }, 60_000);
});
