import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cliRun';
import { useTempDir } from '../../test/helpers/tempDir';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/reference/', import.meta.url));

interface ScreenResult {
  query: { name: string; birthDate?: string; countries?: string[]; identifiers?: string[] };
  hits: { entryName: string; score: number; features: string[]; identifiers?: string[] }[];
}

describe('assay screen with party details', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let ws: string;
  const screen = async (...args: string[]) => {
    const run = await cli(['screen', '--workspace', ws, ...args]);
    return { ...run, results: run.code === 0 ? (JSON.parse(run.stdout) as ScreenResult[]) : [] };
  };
  const batchFile = (name: string, content: unknown) => {
    const path = join(tmp.path, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  beforeAll(async () => {
    tmp = useTempDir();
    ws = join(tmp.path, 'ws');
    expect((await cli(['workspace', 'init', ws, '--name', 'Nadia Haddad'])).code).toBe(0);
    // ABBAS, Abu: DOB 1948, Passport 123456; HADDAD, Nasser: DOB 1938 (alt. 1936), nationality Lebanon.
    const ofac = await cli(['import', '--workspace', ws, '--kind', 'ofac', `${FIXTURES}ofac_sdn.csv`]);
    expect(ofac.code).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('finds a listed passport number under a misspelt name', async () => {
    const without = await screen('Zayed Abbasi');
    const [nameOnly] = without.results[0]?.hits ?? [];
    expect(nameOnly?.features ?? []).not.toContain('identifier-matches');
    const withId = await screen('--id', '123456', 'Zayed Abbasi');
    expect(withId.code).toBe(0);
    const [hit] = withId.results[0]?.hits ?? [];
    expect(hit).toMatchObject({
      entryName: 'ABBAS, Abu',
      features: expect.arrayContaining(['identifier-matches']),
    });
    expect(hit?.score).toBeGreaterThan(nameOnly?.score ?? 0);
    expect(hit?.identifiers?.join(' ')).toContain('123456');
    expect(withId.results[0]?.query.identifiers).toEqual(['123456']);
  });

  it('lowers the score for a differing birth year, and --birth-date is --birth-year', async () => {
    const plain = await screen('--threshold', '0.5', 'Nasser Haddad');
    const differs = await screen('--threshold', '0.5', '--birth-year', '1950', 'Nasser Haddad');
    const [before] = plain.results[0]?.hits ?? [];
    const [after] = differs.results[0]?.hits ?? [];
    expect(after?.features).toContain('birth-date-differs');
    expect(after?.score).toBeLessThan(before?.score ?? 0);
    const byYear = await screen('--birth-year', '1938-05-01', 'Nasser Haddad');
    const byDate = await screen('--birth-date', '1938-05-01', 'Nasser Haddad');
    expect(byYear.results[0]?.hits[0]?.features).toContain('birth-year-matches');
    expect(byDate.stdout).toBe(byYear.stdout);
    const both = await screen('--birth-year', '1938-05-01', '--birth-date', '1938-05-01', 'Nasser Haddad');
    expect(both.stdout).toBe(byYear.stdout);
    expect((await screen('--birth-year', '1938', 'Nasser Haddad')).results[0]?.hits[0]?.features).toContain(
      'birth-date-matches',
    );
  });

  it('compares countries given in any case', async () => {
    const matches = await screen('--threshold', '0.5', '--country', 'lb', 'Nasser Haddad');
    expect(matches.results[0]?.query.countries).toEqual(['LB']);
    expect(matches.results[0]?.hits[0]?.features).toContain('country-matches');
    const differs = await screen('--threshold', '0.5', '--country', 'SY', '--json', 'Nasser Haddad');
    expect(differs.results[0]?.hits[0]?.features).toContain('country-differs');
  });

  it('refuses conflicting or malformed party flags', async () => {
    const conflict = await screen('--birth-year', '1938', '--birth-date', '1940', 'Nasser Haddad');
    expect(conflict).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--birth-year 1938 and --birth-date 1940 differ/),
    });
    const country = await screen('--country', 'xx', 'Nasser Haddad');
    expect(country).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--country xx: expected an ISO 3166-1 alpha-2 country code, got "XX"'),
    });
    const year = await screen('--birth-year', '48', 'Nasser Haddad');
    expect(year).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--birth-year 48: expected YYYY'),
    });
  });

  it('screens a batch file, each party with its own details, in order', async () => {
    const file = batchFile('parties.json', [
      { name: 'Zayed Abbasi', identifiers: ['123456'] },
      { name: 'Nasser Haddad', birthYear: 1950, country: 'lb' },
      { name: 'Maria Schneider' },
      { name: 'Nasser Haddad', birthDate: '1938-05', birthYear: '1938', countries: ['LB'] },
    ]);
    const run = await screen('--batch', file);
    expect(run.code).toBe(0);
    expect(run.results.map((result) => result.query)).toEqual([
      { name: 'Zayed Abbasi', identifiers: ['123456'] },
      { name: 'Nasser Haddad', birthDate: '1950', countries: ['LB'] },
      { name: 'Maria Schneider' },
      { name: 'Nasser Haddad', birthDate: '1938-05', countries: ['LB'] },
    ]);
    expect(run.results[0]?.hits[0]?.features).toContain('identifier-matches');
    expect(run.results[1]?.hits[0]?.features).toEqual(
      expect.arrayContaining(['birth-date-differs', 'country-matches']),
    );
    expect(run.results[2]?.hits).toEqual([]);
    expect(run.results[3]?.hits[0]?.features).toContain('birth-year-matches');
  });

  it('names the file, the party and the field of a bad batch file', async () => {
    const badJson = batchFile('broken.json', '[{"name": "Abu Abbas",}]');
    expect(await screen('--batch', badJson)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/broken\.json is not valid JSON: .*position 22/),
    });
    const badCountry = batchFile('parties.json', [
      { name: 'A' },
      { name: 'B', countries: ['LB'] },
      { name: 'C', countries: ['XX'] },
    ]);
    expect(await screen('--batch', badCountry)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        'parties.json: party 3, countries.0: expected an ISO 3166-1 alpha-2 country code, got "XX"',
      ),
    });
    const noName = batchFile('no-name.json', [{ name: 'A' }, { aliases: ['B'] }]);
    expect(await screen('--batch', noName)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no-name.json: party 2, name: missing (required)'),
    });
    const typo = batchFile('typo.json', [{ name: 'A', birthdate: '1948' }]);
    expect((await screen('--batch', typo)).stderr).toContain(
      'typo.json: party 1: unexpected field "birthdate"',
    );
    const notArray = batchFile('object.json', { name: 'A' });
    expect((await screen('--batch', notArray)).stderr).toContain(
      'object.json: expected a JSON array of parties',
    );
  });

  it('refuses NAME arguments or per-party flags together with --batch', async () => {
    const file = batchFile('one.json', [{ name: 'Abu Abbas' }]);
    expect(await screen('--batch', file, 'Abu Abbas')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('either as NAME arguments or in --batch'),
    });
    expect(await screen('--batch', file, '--country', 'LB', '--birth-year', '1948')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        '--birth-year, --country cannot be used with --batch: the file gives them per party',
      ),
    });
  });

  it('screens a batch of more than 1,000 parties in chunks, as one array', async () => {
    const parties = Array.from({ length: 1_001 }, (_, index) => ({ name: `Party ${index + 1}` }));
    parties[1_000] = { name: 'Abu Abbas' };
    const run = await screen('--batch', batchFile('many.json', parties));
    expect(run.code).toBe(0);
    expect(run.results).toHaveLength(1_001);
    expect(run.results[999]?.query.name).toBe('Party 1000');
    expect(run.results[1_000]?.hits[0]?.entryName).toBe('ABBAS, Abu');
  });
});
