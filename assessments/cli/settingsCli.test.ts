import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cliRun';
import { useTempDir } from '../../test/helpers/tempDir';

describe('assay settings', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let ws: string;
  beforeAll(async () => {
    tmp = useTempDir();
    ws = join(tmp.path, 'ws');
    expect((await cli(['workspace', 'init', ws, '--name', 'Nadia Haddad'])).code).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('shows the 90-day default, changes it, and keeps it', async () => {
    expect(JSON.parse((await cli(['settings', 'get', '--workspace', ws, '--json'])).stdout)).toMatchObject({
      screeningMaxListAgeDays: 90,
      backupKeepCount: 10,
    });
    const set = await cli(['settings', 'set', '--workspace', ws, '--max-list-age-days', '30']);
    expect(set).toMatchObject({ code: 0, stderr: '' });
    expect(set.stdout).toMatch(/^max-list-age-days {2}30 /);
    expect((await cli(['settings', 'get', '--workspace', ws])).stdout).toMatch(/^max-list-age-days {2}30 /);
  });

  it('refuses a value out of range with the field and the range, and a missing value as usage', async () => {
    const refused = await cli(['settings', 'set', '--workspace', ws, '--max-list-age-days', 'ninety']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      'screeningMaxListAgeDays: expected a whole number of days from 1 to 3650',
    );
    const usage = await cli(['settings', 'set', '--workspace', ws]);
    expect(usage).toMatchObject({ code: 2 });
    expect(usage.stderr).toContain('--max-list-age-days N');
  });
});
