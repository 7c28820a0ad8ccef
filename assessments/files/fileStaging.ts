import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { AppError } from '../shared/errors';

const STAGING_PREFIX = 'assay-files-';
/** Names the process a staging folder belongs to, so a later start can tell it was abandoned. */
const OWNER_FILE = 'owner.pid';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes staging folders whose process is gone (killed, or the machine lost power): what a
 * window handed over must not outlive the server that held it.
 */
function removeAbandoned(parent: string): void {
  let names: string[];
  try {
    names = readdirSync(parent).filter((name) => name.startsWith(STAGING_PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const folder = join(parent, name);
    try {
      const pid = Number(readFileSync(join(folder, OWNER_FILE), 'utf8'));
      if (Number.isSafeInteger(pid) && pid > 0 && !isRunning(pid))
        rmSync(folder, { recursive: true, force: true });
    } catch {
      // Not ours to judge (no owner file, another user's folder): left alone.
    }
  }
}

/** Values a window passes in a path field instead of a path: it never learns or names one. */
export const UPLOAD_PREFIX = 'upload:';
export const DOWNLOAD_PREFIX = 'download:';
/** An upload still arriving, handed to the one operation that seals it as it comes (evidence). */
export const STREAM_PREFIX = 'stream:';

/** The largest file a browser may hand over (a full workspace backup is the largest kind). */
export const MAX_UPLOAD_BYTES = 64 * 1024 ** 3;
/** An upload unused this long is removed; a browser tab that went away leaves nothing behind. */
const UPLOAD_TTL_MS = 30 * 60_000;
/** A download link works once, within this time of being issued. */
export const DOWNLOAD_TTL_MS = 60_000;

interface StagedUpload {
  path: string;
  name: string;
  sizeBytes: number;
  lastUsed: number;
}

export interface LiveUpload {
  name: string;
  sizeBytes: number;
  body: AsyncIterable<Buffer>;
}

interface StagedDownload {
  path: string;
  name: string;
}

export interface IssuedDownload {
  url: string;
  name: string;
  sizeBytes: number;
}

export interface TakenDownload {
  path: string;
  name: string;
  sizeBytes: number;
  /** Removes the staged file once it has been sent (or could not be). */
  release(): Promise<void>;
}

/** Keeps a file name for display and for the browser's save prompt: its last segment, printable. */
export function safeFileName(name: string): string {
  // Control characters (and bidi overrides) would let a name pretend to end in another extension.
  const printable = [...name.replace(/\\/g, '/')]
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      const control = code < 0x20 || code === 0x7f;
      const bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
      return !control && !bidi;
    })
    .join('');
  const cleaned = basename(printable).trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned.slice(0, 255);
}

/**
 * Files a browser window handed over or is about to receive, kept in a private folder (0700) that
 * only this process knows. The page refers to them by random references; the core resolves a
 * reference to its path, so no path the page names is ever opened. Evidence never passes through
 * here: it is sealed into the vault as it arrives.
 */
export class FileStaging {
  private readonly uploads = new Map<string, StagedUpload>();
  private readonly downloads = new Map<string, StagedDownload>();
  private readonly links = new Map<string, { ref: string; expires: number }>();
  private readonly live = new Map<string, LiveUpload>();
  private closed = false;

  private constructor(readonly directory: string) {}

  static create(parent = tmpdir()): FileStaging {
    removeAbandoned(parent);
    // mkdtemp creates the folder 0700: other local users cannot list or read what is staged.
    const directory = mkdtempSync(join(parent, STAGING_PREFIX));
    writeFileSync(join(directory, OWNER_FILE), String(process.pid), { mode: 0o600 });
    return new FileStaging(directory);
  }

  /** Follows the workspace: once it is locked (by hand, when idle, on quit) nothing handed over is kept. */
  onWorkspaceChange(status: { state: string }): void {
    if (status.state !== 'unlocked') this.clear();
  }

  /** Forgets every upload and download (the workspace locked: the person has left the window). */
  clear(): void {
    for (const upload of this.uploads.values())
      rmSync(join(upload.path, '..'), { recursive: true, force: true });
    for (const download of this.downloads.values())
      rmSync(join(download.path, '..'), { recursive: true, force: true });
    this.uploads.clear();
    this.downloads.clear();
    this.links.clear();
  }

  /** Streams `body` into a staged file, refusing more than `declaredSize` bytes or fewer. */
  async stageUpload(
    body: AsyncIterable<Buffer>,
    name: string,
    declaredSize: number,
  ): Promise<{
    path: string;
    name: string;
    sizeBytes: number;
  }> {
    this.sweep();
    const id = randomUUID();
    const folder = join(this.directory, id);
    await mkdir(folder, { mode: 0o700 });
    const shownName = safeFileName(name);
    // Kept under its own name, so what operations record and report (a list's file name, a
    // message about the file) is the name the person chose.
    const path = join(folder, shownName);
    let received = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        if (received > declaredSize)
          done(uploadSizeError(shownName, `more than the ${declaredSize} bytes announced`));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(body, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
      if (received !== declaredSize)
        throw uploadSizeError(shownName, `${received} of the ${declaredSize} bytes announced arrived`);
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
    const ref = `${UPLOAD_PREFIX}${id}`;
    this.uploads.set(ref, { path, name: shownName, sizeBytes: received, lastUsed: Date.now() });
    return { path: ref, name: shownName, sizeBytes: received };
  }

  /** A place an operation may write a file the window will then download. */
  prepareDownload(name: string): { path: string } {
    this.sweep();
    const id = randomUUID();
    const shownName = safeFileName(name);
    const ref = `${DOWNLOAD_PREFIX}${id}`;
    this.downloads.set(ref, { path: join(this.directory, id, shownName), name: shownName });
    return { path: ref };
  }

  /** The name the person knows a staged file by, for messages and results; undefined if unknown. */
  nameOf(ref: string): string | undefined {
    return this.uploads.get(ref)?.name ?? this.downloads.get(ref)?.name;
  }

  /**
   * `text` with every path inside the staging folder cut to the file's own name, for what goes
   * to the window outside an operation's result (progress events).
   */
  scrub(text: string): string {
    // Both as written and as JSON writes it (on Windows its backslashes are escaped).
    const plain = `${this.directory}${sep}`;
    let result = text;
    for (const prefix of new Set([plain, JSON.stringify(plain).slice(1, -1)])) {
      if (!result.includes(prefix)) continue;
      result = result
        .split(prefix)
        .map((part, index) => (index === 0 ? part : part.replace(/^[0-9a-f-]{36}(\\\\|\\|\/)/, '')))
        .join('');
    }
    return result;
  }

  /** The file name of a download being written at `path` (a resolved reference), if it is one. */
  downloadNameAt(path: string): string | undefined {
    for (const download of this.downloads.values()) if (download.path === path) return download.name;
    return undefined;
  }

  /** Registers a request body still arriving; it can be taken once, by the operation it is for. */
  openLiveUpload(upload: LiveUpload): string {
    const ref = `${STREAM_PREFIX}${randomUUID()}`;
    this.live.set(ref, { ...upload, name: safeFileName(upload.name) });
    return ref;
  }

  takeLiveUpload(ref: string): LiveUpload {
    const upload = this.live.get(ref);
    this.live.delete(ref);
    if (!upload)
      throw new AppError('invalid_input', `${ref} is not an upload in progress; choose the file again.`, {
        path: ref,
      });
    return upload;
  }

  /** Forgets a live upload the operation never took (its input was refused first). */
  closeLiveUpload(ref: string): void {
    this.live.delete(ref);
  }

  /** The staged file behind an upload reference; the name the person's file had, for messages. */
  resolveUpload(ref: string): { path: string; name: string } {
    const upload = this.uploads.get(ref);
    if (!upload)
      throw new AppError(
        'not_found',
        `The uploaded file ${ref} is no longer held (uploads are kept ${UPLOAD_TTL_MS / 60_000} minutes); choose the file again.`,
        { path: ref },
      );
    upload.lastUsed = Date.now();
    return { path: upload.path, name: upload.name };
  }

  /** Where an operation writes a file to be downloaded; its folder is created here. */
  async resolveDownload(ref: string): Promise<string> {
    const download = this.downloads.get(ref);
    if (!download)
      throw new AppError('not_found', `No download ${ref} was prepared; start the export again.`, {
        path: ref,
      });
    await mkdir(join(download.path, '..'), { recursive: true, mode: 0o700 });
    return download.path;
  }

  /** A single-use link to a written download, valid for DOWNLOAD_TTL_MS. */
  async issueDownload(ref: string): Promise<IssuedDownload> {
    const download = this.downloads.get(ref);
    if (!download)
      throw new AppError('not_found', `No download ${ref} was prepared; start the export again.`, {
        path: ref,
      });
    let sizeBytes: number;
    try {
      sizeBytes = (await stat(download.path)).size;
    } catch {
      throw new AppError('not_found', `Nothing was written for download ${ref}; the export did not finish.`, {
        path: ref,
      });
    }
    const id = randomBytes(32).toString('base64url');
    this.links.set(id, { ref, expires: Date.now() + DOWNLOAD_TTL_MS });
    return { url: `/download/${id}`, name: download.name, sizeBytes };
  }

  /** Consumes a download link: it never works twice, and an expired one is gone. */
  async takeDownload(id: string): Promise<TakenDownload | null> {
    const link = this.links.get(id);
    this.links.delete(id);
    if (!link || link.expires < Date.now()) {
      if (link) await this.dropDownload(link.ref);
      return null;
    }
    const download = this.downloads.get(link.ref);
    if (!download) return null;
    this.downloads.delete(link.ref);
    const { size } = await stat(download.path);
    return {
      path: download.path,
      name: download.name,
      sizeBytes: size,
      release: () => rm(join(download.path, '..'), { recursive: true, force: true }),
    };
  }

  /** Removes everything staged; the server calls it when it stops. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.uploads.clear();
    this.downloads.clear();
    this.links.clear();
    this.live.clear();
    rmSync(this.directory, { recursive: true, force: true });
  }

  private async dropDownload(ref: string): Promise<void> {
    const download = this.downloads.get(ref);
    this.downloads.delete(ref);
    if (download) await rm(join(download.path, '..'), { recursive: true, force: true });
  }

  /** Forgets uploads nobody used for a while and links that expired. */
  private sweep(): void {
    const now = Date.now();
    for (const [ref, upload] of this.uploads) {
      if (now - upload.lastUsed < UPLOAD_TTL_MS) continue;
      this.uploads.delete(ref);
      rmSync(join(upload.path, '..'), { recursive: true, force: true });
    }
    for (const [id, link] of this.links) {
      if (link.expires >= now) continue;
      this.links.delete(id);
      void this.dropDownload(link.ref);
    }
  }
}

function uploadSizeError(name: string, detail: string): AppError {
  return new AppError('invalid_input', `The upload of ${name} was cut short or padded: ${detail}.`, {
    path: name,
  });
}
