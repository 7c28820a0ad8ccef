import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { WorkspaceSession } from '../workspace/session';
import { runCli } from './runCli';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(
  argv: string[],
  env: Record<string, string | undefined> = { ASSAY_PASSPHRASE: TEST_PASSPHRASE },
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    untilInterrupted: () => Promise.resolve('SIGTERM'),
  });
  return { code, stdout, stderr };
}

describe('assay CLI', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let ws: string;
  beforeEach(() => {
    tmp = useTempDir();
    ws = join(tmp.path, 'ws');
  });
  afterEach(() => tmp.cleanup());

  it('initialises a workspace, creates and lists assessments', async () => {
    expect(await cli(['workspace', 'init', ws, '--name', 'Nadia Haddad'])).toMatchObject({
      code: 0,
      stderr: '',
    });
    const created = await cli([
      'assessment',
      'create',
      '--workspace',
      ws,
      '--title',
      'IMSI catcher sale',
      '--destination',
      'egy',
      '--end-user',
      'MoI',
    ]);
    expect(created.code).toBe(0);
    const id = created.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const listed = await cli(['assessment', 'list', '--workspace', ws, '--json']);
    expect(JSON.parse(listed.stdout)).toMatchObject([
      {
        id,
        title: 'IMSI catcher sale',
        destinationCountry: 'EG',
        endUserName: 'MoI',
        createdBy: 'Nadia Haddad',
        status: 'draft',
      },
    ]);
    const table = await cli(['assessment', 'list', '--workspace', ws]);
    expect(table.stdout).toContain(`${id}  draft      EG`);
    const verified = await cli(['workspace', 'verify', ws]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/ok {3}audit trail: \d+ events/);
  });

  it('reads the passphrase from a file and never from argv', async () => {
    const file = join(tmp.path, 'pass.txt');
    writeFileSync(file, `${TEST_PASSPHRASE}\n`);
    expect((await cli(['workspace', 'init', ws, '--name', 'N', '--passphrase-file', file], {})).code).toBe(0);
    expect((await cli(['assessment', 'list', '--workspace', ws, '--passphrase-file', file], {})).code).toBe(
      0,
    );
    const inArgv = await cli(['assessment', 'list', '--workspace', ws, '--passphrase', TEST_PASSPHRASE], {});
    expect(inArgv.code).toBe(2);
    expect(inArgv.stderr).toMatch(/never taken from the command line/);
    const none = await cli(['assessment', 'list', '--workspace', ws], {});
    expect(none).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/set ASSAY_PASSPHRASE or pass --passphrase-file/),
    });
  });

  it('explains bad input on stderr with a non-zero exit', async () => {
    await cli(['workspace', 'init', ws, '--name', 'N']);
    const wrong = await cli(['assessment', 'list', '--workspace', ws], {
      ASSAY_PASSPHRASE: 'not the passphrase',
    });
    expect(wrong).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/Wrong passphrase/) });
    const country = await cli([
      'assessment',
      'create',
      '--workspace',
      ws,
      '--title',
      'T',
      '--destination',
      'Atlantis',
    ]);
    expect(country).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--destination Atlantis: expected an ISO 3166-1/),
    });
    const flag = await cli(['assessment', 'list', '--workspace', ws, '--colour']);
    expect(flag).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown option '--colour'/) });
    const twice = await cli(['workspace', 'init', ws, '--name', 'N']);
    expect(twice).toMatchObject({ code: 1, stderr: expect.stringMatching(/already exists/) });
    const weak = await cli(['workspace', 'init', join(tmp.path, 'other'), '--name', 'N'], {
      ASSAY_PASSPHRASE: 'short',
    });
    expect(weak).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/passphrase: the passphrase must have at least 10/),
    });
    expect((await cli([])).code).toBe(2);
    expect(await cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: assay/) });
  });

  it('fails verification naming the audit row edited by hand', async () => {
    await cli(['workspace', 'init', ws, '--name', 'N']);
    await cli(['assessment', 'create', '--workspace', ws, '--title', 'First']);
    await cli(['assessment', 'create', '--workspace', ws, '--title', 'Second']);
    const session = new WorkspaceSession(ws, { clock: steppingClock() });
    session.unlock(TEST_PASSPHRASE);
    const { db } = session.require();
    db.exec('DROP TRIGGER audit_events_append_only_update');
    const target = db
      .prepare("SELECT seq FROM audit_events WHERE action = 'assessment.created' ORDER BY seq LIMIT 1")
      .pluck()
      .get() as number;
    db.prepare(
      `UPDATE audit_events SET payload_json = replace(payload_json, 'First', 'Forged') WHERE seq = ?`,
    ).run(target);
    session.lock();
    const result = await cli(['workspace', 'verify', ws]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`FAIL audit trail: audit event #${target} (assessment.created at`);
    expect(result.stderr).toContain(`audit event #${target}`);
  });
});
