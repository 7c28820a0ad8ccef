import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { WorkspaceSession } from '../workspace/session';
import { cli } from '../../test/helpers/cliRun';

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
    await session.unlock(TEST_PASSPHRASE);
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

describe('assay template, score and assess', () => {
  const TEMPLATE = fileURLToPath(new URL('../../templates/surveillance-export-hria/1.0.0', import.meta.url));
  const EXAMPLES = fileURLToPath(new URL('../../test/fixtures/answers/', import.meta.url));
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('validates the shipped template and names every problem of a broken one', async () => {
    expect((await cli(['template', 'validate', TEMPLATE])).stdout).toMatch(
      /^ok surveillance-export-hria@1\.0\.0#[0-9a-f]{64}: 9 sections, 68 questions/,
    );
    const broken = join(tmp.path, 'broken.json');
    writeFileSync(
      broken,
      JSON.stringify({ format: 'assay-template/1', id: 'Bad Id', version: '1', sections: [] }),
    );
    const result = await cli(['template', 'validate', broken]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('broken.json: $.id: expected a lower-case slug');
    expect(result.stdout).toContain('broken.json: $.version: expected a semantic version');
    expect(result.stderr).toMatch(/problems found/);
  });

  it.each([
    ['example-1-spyware.json', 'Unacceptable', 'deny'],
    ['example-2-frt-airport.json', 'Low', 'approve'],
    ['example-3-li-interior.json', 'High', 'refer'],
  ])('scores %s as %s / %s without a workspace', async (file, tier, recommendation) => {
    const result = await cli(
      ['score', '--template', TEMPLATE, '--answers', `${EXAMPLES}${file}`, '--json'],
      {},
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).result).toMatchObject({ tier, recommendation });
  });

  it('lists the raised flags gravest first: STOP, ESC, NOTIFY, GAP', async () => {
    const example = JSON.parse(readFileSync(`${EXAMPLES}example-1-spyware.json`, 'utf8')) as {
      answers: Record<string, unknown>;
    };
    // B9's STOP comes after B5's ESC in the template.
    example.answers.B9 = { value: 'group-targeting' };
    const file = join(tmp.path, 'stop.json');
    writeFileSync(file, JSON.stringify(example));
    const result = await cli(['score', '--template', TEMPLATE, '--answers', file], {});
    expect(result.code).toBe(0);
    const codes = [...result.stdout.matchAll(/^ {2}(STOP|ESC|NOTIFY|GAP) +\S+:/gm)].map((match) => match[1]);
    expect(codes[0]).toBe('STOP');
    const gravity = ['STOP', 'ESC', 'NOTIFY', 'GAP'];
    expect(codes).toEqual([...codes].sort((a, b) => gravity.indexOf(a ?? '') - gravity.indexOf(b ?? '')));
  });

  it('refuses an answers file that does not fit, naming each answer', async () => {
    const file = join(tmp.path, 'answers.json');
    writeFileSync(
      file,
      JSON.stringify({ template: 'surveillance-export-hria@1.0.0', answers: { B2: 'maybe', Z1: 'x' } }),
    );
    const result = await cli(['score', '--template', TEMPLATE, '--answers', file], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('answers.json: $.answers.B2: B2 (single): expected one of');
    expect(result.stderr).toContain('answers.json: $.answers.Z1: no question "Z1"');
  });

  it('creates a stored assessment from an answers file', async () => {
    const ws = join(tmp.path, 'ws');
    await cli(['workspace', 'init', ws, '--name', 'Batch Assessor']);
    const answers = JSON.parse(readFileSync(`${EXAMPLES}example-3-li-interior.json`, 'utf8')) as Record<
      string,
      unknown
    >;
    delete answers.evidence;
    const file = join(tmp.path, 'li.json');
    writeFileSync(file, JSON.stringify(answers));
    const created = await cli([
      'assess',
      '--workspace',
      ws,
      '--template',
      // The worked example is answered against 1.0.0; without a version the newest (1.1.0) is used.
      'surveillance-export-hria@1.0.0',
      '--answers',
      file,
      '--title',
      'LI analytics',
    ]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const listed = JSON.parse((await cli(['assessment', 'list', '--workspace', ws, '--json'])).stdout) as {
      id: string;
      title: string;
      template: { id: string };
    }[];
    expect(listed).toMatchObject([
      { id: created.stdout.trim(), title: 'LI analytics', template: { id: 'surveillance-export-hria' } },
    ]);
  });
});

describe('assay evidence and vault', () => {
  let tmp: ReturnType<typeof useTempDir>;
  beforeEach(() => {
    tmp = useTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('adds files, prints the SHA-256 of each, and verifies the vault', async () => {
    const ws = join(tmp.path, 'ws');
    await cli(['workspace', 'init', ws, '--name', 'N']);
    const id = (await cli(['assessment', 'create', '--workspace', ws, '--title', 'T'])).stdout.trim();
    const a = join(tmp.path, 'a.txt');
    const b = join(tmp.path, 'b.txt');
    writeFileSync(a, 'end-user statement\n');
    writeFileSync(b, '');
    const added = await cli([
      'evidence',
      'add',
      '--workspace',
      ws,
      '--assessment',
      id,
      '--question',
      'A5',
      a,
      b,
      join(tmp.path, 'missing.pdf'),
    ]);
    expect(added.code).toBe(1);
    const lines = added.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      `${createHash('sha256').update(readFileSync(a)).digest('hex')}  19  text/plain  a.txt`,
    );
    expect(lines).toHaveLength(1);
    expect(added.stderr).toMatch(/b\.txt is empty \(0 bytes\): there is nothing to preserve/);
    expect(added.stderr).toMatch(/missing\.pdf/);
    expect(added.stderr).toMatch(/2 of 3 file\(s\) were not added/);
    const verified = await cli(['vault', 'verify', '--workspace', ws]);
    expect(verified).toMatchObject({ code: 0, stdout: '1 blob(s) re-hashed\n' });
  });
});
