import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { DOWNLOAD_TTL_MS, FileStaging, safeFileName } from './fileStaging';

describe('safeFileName', () => {
  it('keeps only the last segment of a name, without controls or bidi overrides', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\n\\report.pdf')).toBe('report.pdf');
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(safeFileName('a\nb\u0000.txt')).toBe('ab.txt');
    expect(safeFileName('..')).toBe('file');
    expect(safeFileName('   ')).toBe('file');
    expect(safeFileName('تقرير.pdf')).toBe('تقرير.pdf');
  });
});

describe('FileStaging', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let staging: FileStaging;
  beforeEach(() => {
    tmp = useTempDir('assay-staging-');
    staging = FileStaging.create(tmp.path);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    staging.close();
    tmp.cleanup();
  });

  it('keeps uploads in a folder only this user can open, under the chosen name', async () => {
    const staged = await staging.stageUpload(Readable.from([Buffer.from('hello')]), 'list.csv', 5);
    expect(statSync(staging.directory).mode & 0o777).toBe(0o700);
    const { path, name } = staging.resolveUpload(staged.path);
    expect(name).toBe('list.csv');
    expect(path.endsWith('/list.csv')).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('refuses an upload whose size differs from the announced one and keeps nothing of it', async () => {
    await expect(
      staging.stageUpload(Readable.from([Buffer.from('hello world')]), 'big.csv', 5),
    ).rejects.toThrow(/more than the 5 bytes announced/);
    await expect(staging.stageUpload(Readable.from([Buffer.from('hi')]), 'short.csv', 5)).rejects.toThrow(
      /2 of the 5 bytes announced arrived/,
    );
    expect(readdirSync(staging.directory)).toEqual(['owner.pid']);
  });

  it('gives a download link that works once and not after a minute', async () => {
    const { path: ref } = staging.prepareDownload('report.pdf');
    writeFileSync(await staging.resolveDownload(ref), '%PDF');
    const first = await staging.issueDownload(ref);
    const taken = await staging.takeDownload(first.url.slice('/download/'.length));
    expect(taken).toMatchObject({ name: 'report.pdf', sizeBytes: 4 });
    await taken?.release();
    expect(await staging.takeDownload(first.url.slice('/download/'.length))).toBeNull();

    const { path: late } = staging.prepareDownload('late.pdf');
    const latePath = await staging.resolveDownload(late);
    writeFileSync(latePath, '%PDF');
    const link = await staging.issueDownload(late);
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + DOWNLOAD_TTL_MS + 1);
    expect(await staging.takeDownload(link.url.slice('/download/'.length))).toBeNull();
    expect(existsSync(latePath)).toBe(false);
  });

  it('cuts staged paths to file names in text bound for the window', async () => {
    const staged = await staging.stageUpload(Readable.from([Buffer.from('x')]), 'sdn.csv', 1);
    const { path } = staging.resolveUpload(staged.path);
    expect(staging.scrub(JSON.stringify({ path, phase: 'reading' }))).toBe(
      '{"path":"sdn.csv","phase":"reading"}',
    );
    expect(staging.scrub('nothing staged here')).toBe('nothing staged here');
  });

  it('forgets every upload and download when cleared (the workspace locked)', async () => {
    const staged = await staging.stageUpload(Readable.from([Buffer.from('x')]), 'list.csv', 1);
    const { path } = staging.resolveUpload(staged.path);
    staging.clear();
    expect(existsSync(path)).toBe(false);
    expect(() => staging.resolveUpload(staged.path)).toThrow(/no longer held/);
  });

  it('removes the staging folders of servers that died, and only those', () => {
    const dead = join(tmp.path, 'assay-files-dead');
    const alive = join(tmp.path, 'assay-files-alive');
    const foreign = join(tmp.path, 'assay-files-foreign');
    for (const folder of [dead, alive, foreign]) mkdirSync(folder);
    // A pid far above any kernel's limit is never a running process.
    writeFileSync(join(dead, 'owner.pid'), '2147483646');
    writeFileSync(join(alive, 'owner.pid'), String(process.pid));
    const next = FileStaging.create(tmp.path);
    expect([existsSync(dead), existsSync(alive), existsSync(foreign)]).toEqual([false, true, true]);
    next.close();
  });

  it('removes everything when closed', async () => {
    await staging.stageUpload(Readable.from([Buffer.from('x')]), 'x', 1);
    staging.close();
    expect(existsSync(staging.directory)).toBe(false);
  });
});
