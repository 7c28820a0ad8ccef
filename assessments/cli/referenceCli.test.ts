import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { cli } from '../../test/helpers/cliRun';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/reference/', import.meta.url));

describe('assay import and assay screen', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let ws: string;
  beforeAll(async () => {
    tmp = useTempDir();
    ws = join(tmp.path, 'ws');
    expect((await cli(['workspace', 'init', ws, '--name', 'Nadia Haddad'])).code).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('imports lists and indicators, reporting unresolved countries, and skips a file imported before', async () => {
    const un = await cli(['import', '--workspace', ws, '--kind', 'un', `${FIXTURES}un_consolidated.xml`]);
    expect(un).toMatchObject({ code: 0, stderr: '' });
    expect(un.stdout).toMatch(
      /^imported {2}[0-9a-f-]{36} {2}UN Security Council Consolidated List 2022-09-15 {2}4 records\n$/,
    );
    const rsf = await cli(['import', '--workspace', ws, '--kind', 'rsf', `${FIXTURES}rsf_index.csv`]);
    expect(rsf.stdout).toContain('unresolved country: Northern Cyprus (CTU)');
    const again = await cli([
      'import',
      '--workspace',
      ws,
      '--kind',
      'un',
      '--json',
      `${FIXTURES}un_consolidated.xml`,
    ]);
    expect(JSON.parse(again.stdout)).toMatchObject([{ imported: false, dataset: { records: 4 } }]);
  });

  it('screens names and prints the hits as JSON', async () => {
    const ofac = await cli([
      'import',
      '--workspace',
      ws,
      '--kind',
      'ofac',
      '--json',
      `${FIXTURES}ofac_sdn.csv`,
    ]);
    const [{ dataset }] = JSON.parse(ofac.stdout) as [{ dataset: { id: string } }];
    const all = await cli(['screen', '--workspace', ws, 'Abu Abbas', 'Jin Tiesan', 'Maria Schneider']);
    expect(all.code).toBe(0);
    const results = JSON.parse(all.stdout) as {
      query: { name: string };
      hits: { entryName: string; sourceId: string }[];
    }[];
    expect(results.map((result) => result.hits[0]?.entryName ?? null)).toEqual([
      'ABBAS, Abu',
      'JANG CHANG HA',
      null,
    ]);
    const one = await cli([
      'screen',
      '--workspace',
      ws,
      '--dataset',
      dataset.id,
      '--type',
      'individual',
      'Jin Tiesan',
    ]);
    expect(JSON.parse(one.stdout)).toEqual([{ query: { name: 'Jin Tiesan', type: 'individual' }, hits: [] }]);
  });

  it('names the file, line and field of a bad file and imports nothing from it', async () => {
    const bad = await cli([
      'import',
      '--workspace',
      ws,
      '--kind',
      'ofac',
      `${FIXTURES}ofac_too_many_fields.csv`,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/ofac_too_many_fields\.csv, line 3: expected the 12 columns/);
    const wrongKind = await cli(['import', '--workspace', ws, '--kind', 'sdn', `${FIXTURES}ofac_sdn.csv`]);
    expect(wrongKind).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown --kind; expected one of un, ofac/),
    });
    const threshold = await cli(['screen', '--workspace', ws, '--threshold', '2', 'X']);
    expect(threshold.code).toBe(2);
  });
});
