import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cliRun';
import { useTempDir } from '../../test/helpers/tempDir';

describe('assay assessment rename / archive', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let ws: string;
  let id: string;
  beforeEach(async () => {
    tmp = useTempDir();
    ws = join(tmp.path, 'ws');
    await cli(['workspace', 'init', ws, '--name', 'Nadia Haddad']);
    id = (await cli(['assessment', 'create', '--workspace', ws, '--title', 'IMSI catchers'])).stdout.trim();
  });
  afterEach(() => tmp.cleanup());

  const titles = async (...flags: string[]) =>
    (
      JSON.parse((await cli(['assessment', 'list', '--workspace', ws, '--json', ...flags])).stdout) as {
        title: string;
      }[]
    ).map((a) => a.title);

  it('renames, and refuses an empty title naming the rule', async () => {
    const renamed = await cli([
      'assessment',
      'rename',
      '--workspace',
      ws,
      '--assessment',
      id,
      '--title',
      'Egypt',
    ]);
    expect(renamed).toMatchObject({ code: 0, stdout: `${id}  Egypt\n` });
    expect(await titles()).toEqual(['Egypt']);
    const empty = await cli(['assessment', 'rename', '--workspace', ws, '--assessment', id, '--title', ' ']);
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toContain('enter a title');
  });

  it('archives out of the list and back with --undo', async () => {
    const archived = await cli(['assessment', 'archive', '--workspace', ws, '--assessment', id]);
    expect(archived).toMatchObject({ code: 0, stdout: expect.stringMatching(/ archived \d{4}-/) });
    expect(await titles()).toEqual([]);
    expect(await titles('--archived')).toEqual(['IMSI catchers']);
    await cli(['assessment', 'archive', '--workspace', ws, '--assessment', id, '--undo']);
    expect(await titles()).toEqual(['IMSI catchers']);
  });
});
