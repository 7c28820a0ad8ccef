import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cliRun';
import { useTempDir } from '../../test/helpers/tempDir';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/reference/', import.meta.url));

describe('assay import: dry runs, accepted changes and the OFAC package', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let ws: string;
  beforeAll(async () => {
    tmp = useTempDir();
    ws = join(tmp.path, 'ws');
    expect((await cli(['workspace', 'init', ws, '--name', 'Nadia Haddad'])).code).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('imports sdn.csv with alt.csv, add.csv and sdn_comments.csv found beside it', async () => {
    const dir = join(tmp.path, 'download');
    cpSync(`${FIXTURES}ofac_package`, dir, { recursive: true });
    const run = await cli([
      'import',
      '--workspace',
      ws,
      '--kind',
      'ofac',
      '--vintage',
      '2024-05-03',
      join(dir, 'sdn.csv'),
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^imported {2}[0-9a-f-]{36} {2}OFAC .* 2024-05-03 {2}3 records\n/u);
    expect(run.stdout).toContain(`  with alt: ${join(dir, 'alt.csv')}\n`);
    expect(run.stdout).toContain(`  with comments: ${join(dir, 'sdn_comments.csv')}\n`);
  });

  it('shows a shrink in a dry run, refuses it, and imports it with --accept-change', async () => {
    const lines = readFileSync(`${FIXTURES}ofac_package/sdn.csv`, 'latin1').split('\r\n');
    const path = join(tmp.path, 'sdn_2024-05-10.csv');
    writeFileSync(path, [...lines.slice(0, 2), '\x1a'].join('\r\n'), 'latin1');
    const args = ['import', '--workspace', ws, '--kind', 'ofac', path];
    const dry = await cli([...args, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      'would import  sdn_2024-05-10.csv  OFAC Specially Designated Nationals (SDN) list 2024-05-10  2 records',
    );
    expect(dry.stdout).toContain('  needs --accept-change REASON: 3 → 2 records');
    const refused = await cli(args);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(
      /sdn_2024-05-10\.csv: not imported: it has 2 records where the previous 2024-05-03 list had 3/u,
    );
    expect(refused.stderr).toContain('--accept-change REASON');
    const accepted = await cli([...args, '--accept-change', 'AEROCARIBBEAN delisted 2024-05-09']);
    expect(accepted).toMatchObject({ code: 0, stderr: '' });
    expect(accepted.stdout).toContain('  change accepted: AEROCARIBBEAN delisted 2024-05-09');
  });
});
