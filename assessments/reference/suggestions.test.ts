import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { freedomHouseWorkbook } from '../../test/helpers/xlsxBuilder';
import type { WorkspaceSession } from '../workspace/session';
import { importDataset, type ReferenceDeps } from './datasetService';
import { destinationSuggestions } from './suggestions';

describe('destination suggestions', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let session: WorkspaceSession;
  let deps: ReferenceDeps;
  beforeEach(async () => {
    tmp = useTempDir();
    const clock = steppingClock();
    session = newSession(tmp.path, clock);
    await session.create(TEST_PASSPHRASE, 'Nadia Haddad');
    deps = { ws: session.require(), clock };
  });
  afterEach(() => {
    session.lock();
    tmp.cleanup();
  });

  const importCsv = async (name: string, text: string) => {
    const path = join(tmp.path, name);
    writeFileSync(path, text);
    return (await importDataset(deps, { kind: 'csv', path })).dataset;
  };
  const values = (country: string) =>
    Object.fromEntries(destinationSuggestions(deps.ws.db, country).map((s) => [s.questionId, s.value]));

  it('takes C3 from the newest Freedom House edition', async () => {
    const path = join(tmp.path, 'fiw.xlsx');
    writeFileSync(
      path,
      freedomHouseWorkbook([
        ['Egypt', 'MENA', 'c', 2024, 'PF', 6, 5, 1, 0, 'N/A', 6, 12, 18],
        ['Egypt', 'MENA', 'c', 2025, 'NF', 6, 5, 1, 0, 'N/A', 6, 12, 18],
        ['Norway', 'Europe', 'c', 2025, 'F', 1, 1, 12, 0, 'N/A', 40, 60, 100],
      ]),
    );
    const { dataset } = await importDataset(deps, { kind: 'freedomhouse', path });
    const [c3] = destinationSuggestions(deps.ws.db, 'EG');
    expect(c3).toMatchObject({ questionId: 'C3', value: 'not-free', datasetId: dataset.id });
    expect(c3?.note).toContain('fh.fiw.status = NF for EG (2025)');
    expect(values('NO')).toEqual({ C3: 'free' });
  });

  it('bands Freedom on the Net scores, reads V-Dem codes and finds every treaty ratified', async () => {
    await importCsv(
      'mixed.csv',
      [
        'country,indicator,value,year',
        'TN,fh.fotn.score,69,2024',
        'TN,vdem.v2x-regime,1,2023',
        'TN,ohchr.iccpr,1,2024',
        'TN,ohchr.cat,ratified,2024',
        'TN,ohchr.iccpr-op1,ratified,2024',
        'NO,fh.fotn.score,70,2024',
      ].join('\n'),
    );
    expect(values('TN')).toEqual({
      C4: 'partly-free',
      C7: 'electoral-autocracy',
      C11: ['all-ratified'],
    });
    expect(values('NO')).toEqual({ C4: 'free' });
    expect(values('LS')).toEqual({ C4: 'not-covered' });
  });

  it('prefers the dataset with the later vintage, and makes no suggestion from a label it cannot map', async () => {
    await importCsv('old.csv', 'country,indicator,value,year\nEG,civicus.rating,repressed,2022\n');
    await importCsv('new.csv', 'country,indicator,value,year\nEG,civicus.rating,closed,2024\n');
    expect(values('EG')).toEqual({ C5: 'closed' });
    await importCsv('odd.csv', 'country,indicator,value,year\nEG,civicus.rating,somewhat open,2025\n');
    expect(values('EG')).toEqual({});
  });
});
