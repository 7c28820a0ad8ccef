import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { listAuditEvents, verifyAuditChain } from '../audit/auditLog';
import type { WorkspaceSession } from '../workspace/session';
import {
  compareDatasets,
  importDataset,
  listDatasets,
  removeDataset,
  type ReferenceDeps,
} from './datasetService';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/reference/', import.meta.url));

describe('reference datasets in the workspace', () => {
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

  const count = (table: string) =>
    deps.ws.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

  it('imports a file as a versioned dataset with its counts, hash and an audit event', async () => {
    const { dataset, imported } = await importDataset(deps, {
      kind: 'ofac',
      path: `${FIXTURES}ofac_sdn.csv`,
      vintage: '2024-05-03',
    });
    expect(imported).toBe(true);
    expect(dataset).toMatchObject({
      kind: 'ofac',
      vintage: '2024-05-03',
      fileName: 'ofac_sdn.csv',
      records: 5,
      entries: 5,
      indicators: 0,
      importedBy: 'Nadia Haddad',
    });
    expect(dataset.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(count('reference_entries')).toBe(5);
    const [event] = listAuditEvents(deps.ws.db, 'dataset', dataset.id);
    expect(event).toMatchObject({
      action: 'reference.imported',
      payload: { sha256: dataset.sha256, records: 5 },
    });
  });

  it('treats a re-import of the same file as the same kind as a no-op, even under another name', async () => {
    const first = await importDataset(deps, { kind: 'rsf', path: `${FIXTURES}rsf_index.csv` });
    const copy = join(tmp.path, 'renamed.csv');
    copyFileSync(`${FIXTURES}rsf_index.csv`, copy);
    const again = await importDataset(deps, { kind: 'rsf', path: copy });
    expect(again).toEqual({ dataset: first.dataset, imported: false });
    expect(listDatasets(deps)).toHaveLength(1);
    expect(count('reference_indicators')).toBe(first.dataset.indicators);
  });

  it.each([
    ['ofac', 'ofac_too_many_fields.csv'],
    ['un', 'un_truncated.xml'],
    ['opensanctions', 'uk_conlist.csv'],
  ] as const)('leaves nothing behind when a %s import of %s fails', async (kind, name) => {
    const before = verifyAuditChain(deps.ws.db).count;
    await expect(importDataset(deps, { kind, path: `${FIXTURES}${name}` })).rejects.toThrow(name);
    expect(listDatasets(deps)).toEqual([]);
    expect(count('reference_entries') + count('reference_indicators')).toBe(0);
    expect(verifyAuditChain(deps.ws.db).count).toBe(before);
  });

  it('rolls back a dataset whose rows fail to store half-way', async () => {
    deps.ws.db.exec(
      "CREATE TRIGGER fail_third AFTER INSERT ON reference_entries WHEN NEW.position = 3 BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    await expect(importDataset(deps, { kind: 'ofac', path: `${FIXTURES}ofac_sdn.csv` })).rejects.toThrow(
      'disk full',
    );
    expect(count('reference_datasets') + count('reference_entries')).toBe(0);
  });

  it('compares a version with the previous one of the same source', async () => {
    const old = (
      await importDataset(deps, { kind: 'ofac', path: `${FIXTURES}ofac_sdn.csv`, vintage: '2024-05-03' })
    ).dataset;
    const next = (
      await importDataset(deps, { kind: 'ofac', path: `${FIXTURES}ofac_sdn_next.csv`, vintage: '2024-05-10' })
    ).dataset;
    const diff = compareDatasets(deps, next.id);
    expect(diff.previousId).toBe(old.id);
    expect(diff.added).toEqual([{ key: '9003', label: 'NEW LISTED PERSON, Test' }]);
    expect(diff.removed).toEqual([{ key: '4238', label: 'MAR AZUL' }]);
    expect(diff.changed).toEqual([{ key: '9002', label: 'HADDAD, Nasser' }]);
    expect(compareDatasets(deps, old.id).previousId).toBeNull();
  });

  it('does not count as a change which aliases a source marks weak, absent from versions imported before', async () => {
    const old = (await importDataset(deps, { kind: 'un', path: `${FIXTURES}un_consolidated.xml` })).dataset;
    // As an earlier release stored it: no weakAliases.
    const rows = deps.ws.db
      .prepare('SELECT source_id, entry_json FROM reference_entries WHERE dataset_id = ?')
      .all(old.id) as { source_id: string; entry_json: string }[];
    const stripped = rows.filter((row) => row.entry_json.includes('"weakAliases"'));
    expect(stripped.length).toBeGreaterThan(0);
    for (const row of stripped) {
      const { weakAliases: _weak, ...rest } = JSON.parse(row.entry_json) as Record<string, unknown>;
      deps.ws.db
        .prepare('UPDATE reference_entries SET entry_json = ? WHERE dataset_id = ? AND source_id = ?')
        .run(JSON.stringify(rest), old.id, row.source_id);
    }
    const copy = join(tmp.path, 'un_next.xml');
    writeFileSync(copy, `${readFileSync(`${FIXTURES}un_consolidated.xml`, 'utf8')}\n`);
    const next = (await importDataset(deps, { kind: 'un', path: copy, vintage: '2022-10-01' })).dataset;
    expect(compareDatasets(deps, next.id, old.id)).toMatchObject({ added: [], removed: [], changed: [] });
  });

  it('refuses to compare datasets of different kinds', async () => {
    const ofac = (await importDataset(deps, { kind: 'ofac', path: `${FIXTURES}ofac_sdn.csv` })).dataset;
    const rsf = (await importDataset(deps, { kind: 'rsf', path: `${FIXTURES}rsf_index.csv` })).dataset;
    expect(() => compareDatasets(deps, ofac.id, rsf.id)).toThrow(/different things/);
  });

  it('removes a dataset with its rows, audited', async () => {
    const { dataset } = await importDataset(deps, { kind: 'csv', path: `${FIXTURES}indicators.csv` });
    removeDataset(deps, dataset.id);
    expect(listDatasets(deps)).toEqual([]);
    expect(count('reference_indicators')).toBe(0);
    expect(listAuditEvents(deps.ws.db, 'dataset', dataset.id).map((event) => event.action)).toEqual([
      'reference.imported',
      'reference.removed',
    ]);
    expect(() => removeDataset(deps, dataset.id)).toThrow(/does not exist/);
    expect(verifyAuditChain(deps.ws.db).ok).toBe(true);
  });
});
