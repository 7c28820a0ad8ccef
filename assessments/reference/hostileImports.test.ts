import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasSharedData, sharedDataFile } from '../../test/helpers/sharedData';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, steppingClock, TEST_PASSPHRASE } from '../../test/helpers/workspace';
import { listAuditEvents } from '../audit/auditLog';
import type { WorkspaceSession } from '../workspace/session';
import { importDataset, listDatasets, type ReferenceDeps } from './datasetService';
import { billionLaughs, deepXml, externalEntity, writePadded, writeZipBomb } from './hostile/hostileFiles';
import { parseReferenceFile } from './importers/parseReferenceFile';
import type { DatasetKind } from './types';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/reference/', import.meta.url));
const CHILD_ENTRY = fileURLToPath(new URL('./hostile/measureParseChild.ts', import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`);

/** Bounds every hostile file must be refused within, measured in a process of its own. */
const MAX_RSS_MIB = 300;
const MAX_SECONDS = 10;

interface ChildOutcome {
  ok: boolean;
  code?: string;
  message?: string;
  records?: number;
  ms: number;
  maxRssKiB: number;
}

describe('hostile reference files are refused in bounded time and memory (each parsed in a child process)', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let child: string;
  beforeAll(async () => {
    tmp = useTempDir('assay-hostile-');
    child = join(tmp.path, 'measureParseChild.mjs');
    await build({
      entryPoints: [CHILD_ENTRY],
      outfile: child,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      logLevel: 'warning',
    });
  });
  afterAll(() => tmp.cleanup());

  const measure = (kind: DatasetKind, path: string): ChildOutcome => {
    const run = spawnSync(process.execPath, [child, kind, path], { encoding: 'utf8', timeout: 60_000 });
    if (run.status !== 0) throw new Error(`the parse child crashed (${run.status}): ${run.stderr}`);
    return JSON.parse(run.stdout) as ChildOutcome;
  };
  const expectRefused = (outcome: ChildOutcome, message: RegExp) => {
    expect(outcome).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(outcome.message).toMatch(message);
    expect(outcome.message).not.toMatch(/failed unexpectedly|\bat .*\.(js|ts):\d+/u);
    expect(outcome.maxRssKiB / 1024).toBeLessThan(MAX_RSS_MIB);
    expect(outcome.ms / 1000).toBeLessThan(MAX_SECONDS);
  };

  it('a 200 MB name field in an OFAC file', () => {
    const path = join(tmp.path, 'huge_field_sdn.csv');
    writePadded(
      path,
      '36,"',
      'A',
      200 * 1000 * 1000,
      '",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a',
    );
    expectRefused(
      measure('ofac', path),
      /huge_field_sdn\.csv, line 1, field "column 2": the field is longer than 64 KiB/,
    );
  });

  it('a 200 MB text node in a UN list', () => {
    const path = join(tmp.path, 'huge_field_un.xml');
    writePadded(
      path,
      '<?xml version="1.0"?><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>',
      'A',
      200 * 1000 * 1000,
      '</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>',
    );
    expectRefused(
      measure('un', path),
      /huge_field_un\.xml, line 1, record .*FIRST_NAME: .*longer than 64 KiB/,
    );
  });

  it('a 200 MB line without any line break in a UK list', () => {
    const path = join(tmp.path, 'huge_line_uk.csv');
    writePadded(path, 'Last Updated,13/04/2018\n', 'B', 200 * 1000 * 1000, '\n');
    expectRefused(
      measure('uk', path),
      /huge_line_uk\.csv, line 2, field "column 1": the field is longer than 64 KiB/,
    );
  });

  it('a ZIP bomb given as a Freedom House workbook (25 × 100 MB of zeros)', () => {
    const path = join(tmp.path, 'bomb.xlsx');
    writeZipBomb(path);
    expectRefused(
      measure('freedomhouse', path),
      /bomb\.xlsx, record xl\/worksheets\/sheet\d+\.xml: the workbook decompresses to more than 64 MiB/,
    );
  });

  it.each<[string, DatasetKind, string, () => string, RegExp]>([
    [
      'billion laughs',
      'un',
      'laughs.xml',
      billionLaughs,
      /laughs\.xml, line \d+: the file declares a DOCTYPE; document type definitions and entities are refused/,
    ],
    [
      'an external entity (XXE)',
      'un',
      'xxe.xml',
      externalEntity,
      /xxe\.xml, line \d+: the file declares a DOCTYPE/,
    ],
    [
      'elements nested 10,000 deep',
      'un',
      'deep.xml',
      () => deepXml(10_000),
      /deep\.xml, line 2, record CONSOLIDATED_LIST\/A\/A.*: elements are nested more than 32 deep/,
    ],
    [
      'mismatched tags',
      'un',
      'broken.xml',
      () => '<?xml version="1.0"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS></ENTITIES>\n</CONSOLIDATED_LIST>\n',
      /broken\.xml, line 3, record CONSOLIDATED_LIST: the XML is not well-formed \(unexpected close tag/,
    ],
    [
      'a NUL byte in a CSV',
      'ofac',
      'nul_sdn.csv',
      () => `${fixture('ofac_sdn.csv').toString('latin1').replace('"CUBA"', '"CU\0BA"')}`,
      /nul_sdn\.csv, line 1: the file holds a NUL character/,
    ],
    [
      'a NUL byte in XML',
      'un',
      'nul.xml',
      () => '<?xml version="1.0"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\0</INDIVIDUALS></CONSOLIDATED_LIST>',
      /nul\.xml, line \d.*NUL character/,
    ],
  ])('%s', (_what, kind, name, content, message) => {
    const path = join(tmp.path, name);
    writeFileSync(path, content(), 'latin1');
    expectRefused(measure(kind, path), message);
  });
});

describe('a list that ends early is refused, naming what is missing', () => {
  it('OFAC: sdn.csv without its Ctrl-Z end-of-file marker', async () => {
    const cut = fixture('ofac_sdn.csv').subarray(0, fixture('ofac_sdn.csv').lastIndexOf(0x1a));
    await expect(parseReferenceFile('ofac', cut, 'sdn.csv')).rejects.toThrow(
      /sdn\.csv, line 6: the file ends without OFAC's end-of-file marker .*5 records, the last ent_num 9002 on line 5/,
    );
  });

  it('OFAC: sdn.csv cut in the middle of a record', async () => {
    const bytes = fixture('ofac_sdn.csv');
    await expect(parseReferenceFile('ofac', bytes.subarray(0, 400), 'sdn.csv')).rejects.toThrow(
      /sdn\.csv, line 3, field "column 11": a quoted field is never closed .*the file may be truncated/,
    );
  });

  it('UN: a list cut inside a record, and one without its ENTITIES section', async () => {
    const text = fixture('un_consolidated.xml').toString('utf8');
    await expect(
      parseReferenceFile('un', Buffer.from(text.slice(0, text.indexOf('</INDIVIDUALS>') - 40)), 'un.xml'),
    ).rejects.toThrow(
      /un\.xml, line \d+, record CONSOLIDATED_LIST\/INDIVIDUALS\/INDIVIDUAL.*: the file ends early/,
    );
    const withoutEntities = text.replace(/<ENTITIES>[\s\S]*<\/ENTITIES>/u, '');
    await expect(parseReferenceFile('un', Buffer.from(withoutEntities), 'un.xml')).rejects.toThrow(
      /un\.xml, record CONSOLIDATED_LIST: the list has no <ENTITIES> section/,
    );
  });

  it('UK: a list whose targets lost their Prime Alias rows, or cut mid-row', async () => {
    const lines = fixture('uk_conlist.csv').toString('latin1').split('\n');
    const withoutPrime = lines
      .map((line) => (line.startsWith("'ABD AL-HAQ") ? line.replace('Prime Alias', 'AKA') : line))
      .join('\n');
    await expect(parseReferenceFile('uk', Buffer.from(withoutPrime, 'latin1'), 'uk.csv')).rejects.toThrow(
      /uk\.csv, line \d+, field "Alias Type": 1 target\(s\) have no "Prime Alias" row \(Group ID \d+\)/,
    );
    const text = lines.join('\n');
    await expect(
      parseReferenceFile('uk', Buffer.from(text.slice(0, text.length - 30), 'latin1'), 'uk.csv'),
    ).rejects.toThrow(
      /uk\.csv, line 8: the row has 26 fields, the header 29 \(if it is the last row, the file was cut short\)/,
    );
  });

  const OFAC = 'ofac_sdn_2024-05-03.csv';
  const UK = 'uk_hmt_conlist_2018-04-13.csv';
  it.skipIf(!hasSharedData(OFAC))(
    `the first 5,000 lines of the real OFAC file${hasSharedData(OFAC) ? '' : ` (skipped: ../shared/data/${OFAC} is absent)`}`,
    async () => {
      const text = readFileSync(sharedDataFile(OFAC), 'latin1');
      const cut = text.split('\r\n').slice(0, 5_000).join('\r\n') + '\r\n';
      await expect(parseReferenceFile('ofac', Buffer.from(cut, 'latin1'), OFAC)).rejects.toThrow(
        /end-of-file marker .*5000 records/,
      );
    },
  );
  it.skipIf(!hasSharedData(UK))(
    `the first 5,000 lines of the real UK file${hasSharedData(UK) ? '' : ` (skipped: ../shared/data/${UK} is absent)`}`,
    async () => {
      const text = readFileSync(sharedDataFile(UK), 'latin1');
      const cut = text.split('\n').slice(0, 5_000).join('\n') + '\n';
      await expect(parseReferenceFile('uk', Buffer.from(cut, 'latin1'), UK)).rejects.toThrow(
        /166 target\(s\) have no "Prime Alias" row/,
      );
    },
  );
});

describe('a file of the wrong kind is named as such', () => {
  it.each<[DatasetKind, string, Uint8Array, RegExp]>([
    [
      'un',
      'list.xml',
      Buffer.from('<?xml version="1.0"?><sdnList><sdnEntry/></sdnList>'),
      /list\.xml, line 1, record root element: This is not a UN consolidated list XML \(root element <sdnList>, expected <CONSOLIDATED_LIST>\)/,
    ],
    [
      'un',
      'sdn.csv',
      fixture('ofac_sdn.csv'),
      /sdn\.csv, line 1: This is not a UN consolidated list XML: it is plain text/,
    ],
    [
      'un',
      'fiw.xlsx',
      Buffer.from('PK\x03\x04rest'),
      /fiw\.xlsx, line 1: This is not a UN consolidated list XML: it is a ZIP archive/,
    ],
    [
      'ofac',
      'un.xml',
      fixture('un_consolidated.xml'),
      /un\.xml, line 1: This is not an OFAC SDN CSV file \(sdn\.csv\): it is XML \(root element <CONSOLIDATED_LIST>\)/,
    ],
    [
      'freedomhouse',
      'fiw.csv',
      fixture('rsf_index.csv'),
      /This is not a Freedom House \.xlsx workbook: it is plain text/,
    ],
  ])('%s given %s', async (kind, name, bytes, message) => {
    await expect(parseReferenceFile(kind, bytes, name)).rejects.toThrow(message);
  });
});

describe('a list that shrinks or changes under the same vintage needs a reason', () => {
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

  /** The fixture without its last `drop` records (the end marker kept). */
  const shrunk = (drop: number): string => {
    const lines = fixture('ofac_sdn.csv').toString('latin1').split('\r\n');
    const path = join(tmp.path, `sdn_minus_${drop}.csv`);
    writeFileSync(path, [...lines.slice(0, 5 - drop), '\x1a'].join('\r\n'), 'latin1');
    return path;
  };

  it('refuses a drop of more than 5 %, shows it in a dry run, and imports it with a recorded reason', async () => {
    await importDataset(deps, { kind: 'ofac', path: `${FIXTURES}ofac_sdn.csv`, vintage: '2024-05-03' });
    const path = shrunk(1);
    const preview = await importDataset(deps, { kind: 'ofac', path, vintage: '2024-05-10', dryRun: true });
    expect(preview.imported).toBe(false);
    expect(preview.dataset.records).toBe(4);
    expect(preview.preview?.changes).toEqual([
      {
        kind: 'shrink',
        previousRecords: 5,
        records: 4,
        previousVintage: '2024-05-03',
        vintage: '2024-05-10',
      },
    ]);
    expect(listDatasets(deps)).toHaveLength(1);
    await expect(importDataset(deps, { kind: 'ofac', path, vintage: '2024-05-10' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(
        /sdn_minus_1\.csv: not imported: it has 4 records where the previous 2024-05-03 list had 5 \(a drop of 20 %/u,
      ),
    });
    const reason = 'OFAC delisted MAR AZUL on 2024-05-09 (Federal Register notice)';
    const { dataset } = await importDataset(deps, {
      kind: 'ofac',
      path,
      vintage: '2024-05-10',
      acceptChange: reason,
    });
    expect(dataset.changeReason).toBe(reason);
    expect(listDatasets(deps).find((item) => item.id === dataset.id)?.changeReason).toBe(reason);
    const [event] = listAuditEvents(deps.ws.db, 'dataset', dataset.id);
    expect(event?.payload).toMatchObject({ acceptedChange: { reason, changes: [{ kind: 'shrink' }] } });
  });

  it('refuses the same vintage with a different file unless confirmed', async () => {
    await importDataset(deps, { kind: 'ofac', path: `${FIXTURES}ofac_sdn.csv`, vintage: '2024-05-03' });
    const next = { kind: 'ofac', path: `${FIXTURES}ofac_sdn_next.csv`, vintage: '2024-05-03' } as const;
    await expect(importDataset(deps, next)).rejects.toThrow(
      /the same vintage \(2024-05-03\) as the list already imported but different content/,
    );
    const { imported } = await importDataset(deps, {
      ...next,
      acceptChange: 'OFAC re-issued the 3 May list',
    });
    expect(imported).toBe(true);
  });

  it('lets a list grow, or shrink by 5 % or less, without a reason', async () => {
    await importDataset(deps, { kind: 'ofac', path: shrunk(1), vintage: '2024-05-01' });
    const { imported } = await importDataset(deps, {
      kind: 'ofac',
      path: `${FIXTURES}ofac_sdn.csv`,
      vintage: '2024-05-03',
    });
    expect(imported).toBe(true);
  });

  it('reports progress while reading and before storing', async () => {
    const seen: string[] = [];
    await importDataset(deps, { kind: 'ofac', path: `${FIXTURES}ofac_sdn.csv` }, (progress) =>
      seen.push(`${progress.phase} ${progress.done}/${progress.total}`),
    );
    const size = fixture('ofac_sdn.csv').length;
    expect(seen).toEqual([`reading ${size}/${size}`, `storing ${size}/${size}`]);
  });
});
