import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cliRun';
import { useTempDir } from '../../test/helpers/tempDir';

/** Commands that print a result print it as one JSON document with --json (docs/cli.md). */
describe('assay --json on the commands that print a result', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let ws: string;
  const json = async (...argv: string[]) => {
    const run = await cli([...argv, '--json']);
    expect(run, argv.join(' ')).toMatchObject({ code: 0, stderr: '' });
    return JSON.parse(run.stdout) as unknown;
  };
  beforeAll(() => {
    tmp = useTempDir();
    ws = join(tmp.path, 'ws');
  });
  afterAll(() => tmp.cleanup());

  it('workspace init, assessment create, rename and archive, evidence add, identity create and export', async () => {
    expect(await json('workspace', 'init', ws, '--name', 'Nadia Haddad')).toMatchObject({
      directory: ws,
    });
    const created = await json('assessment', 'create', '--workspace', ws, '--title', 'IMSI catchers');
    expect(created).toMatchObject({ id: expect.any(String), title: 'IMSI catchers' });
    const { id } = created as { id: string };
    expect(
      await json('assessment', 'rename', '--workspace', ws, '--assessment', id, '--title', 'Phase 2'),
    ).toMatchObject({
      id,
      title: 'Phase 2',
    });
    const file = join(tmp.path, 'terms.txt');
    writeFileSync(file, 'Terms of reference.');
    const added = await json('evidence', 'add', '--workspace', ws, '--assessment', id, file);
    expect(added).toEqual([expect.objectContaining({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(await json('assessment', 'archive', '--workspace', ws, '--assessment', id)).toMatchObject({
      id,
      archivedAt: expect.any(String),
    });
    const identity = await json(
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
    );
    const { fingerprint } = identity as { fingerprint: string };
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await json('identity', 'export', '--workspace', ws, fingerprint)).toMatchObject({
      fingerprint,
      pem: expect.stringContaining('BEGIN CERTIFICATE'),
    });
  }, 60_000);
});
