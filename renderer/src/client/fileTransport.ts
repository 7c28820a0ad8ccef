import { AssayClientError, toAssayClientError } from './AssayClientError';
import type { AssayBridge } from './bridge';
import { unwrapEnvelope } from './envelope';

/**
 * How files the person chose reach the core. In a browser their bytes travel (uploads, sealed on
 * arrival for evidence) and exports come back as downloads; on the desktop the preload grants
 * the core the chosen files and exports go through the native save dialog. The page never names
 * a path in either window.
 */
export interface FileTransport {
  /** Makes the chosen files readable by the core; returns what the operations' file fields take. */
  open(files: readonly File[]): Promise<string[]>;
  /** Hands one evidence file to the core; resolves with the raw, unchecked `evidence.ingest` envelope. */
  ingestEvidence(file: File, fields: Record<string, unknown>): Promise<unknown>;
  /** Browser: follows a single-use download link. Desktop: null, exports use the save dialog. */
  deliver: ((url: string, name: string) => void) | null;
}

/** For windows with no way to move files (unit tests of screens that never touch one). */
export const noFileTransport: FileTransport = {
  open: () => Promise.reject(new AssayClientError('internal', 'This window cannot open files.')),
  ingestEvidence: () => Promise.reject(new AssayClientError('internal', 'This window cannot add evidence.')),
  deliver: null,
};

export function createElectronFileTransport(bridge: AssayBridge): FileTransport {
  const open = async (files: readonly File[]): Promise<string[]> => {
    try {
      return await bridge.grantFiles([...files]);
    } catch (error) {
      throw toAssayClientError(error);
    }
  };
  return {
    open,
    async ingestEvidence(file, fields) {
      const [path] = await open([file]);
      try {
        return await bridge.invoke('evidence.ingest', { ...fields, path });
      } catch (error) {
        throw toAssayClientError(error);
      }
    },
    deliver: null,
  };
}

export interface WebFileTransportOptions {
  token: string | null;
  fetch: typeof fetch;
  /** Starts the browser's download of a link (an `<a download>` click). */
  deliver: (url: string, name: string) => void;
}

export function createWebFileTransport({
  token,
  fetch: fetchFn,
  deliver,
}: WebFileTransportOptions): FileTransport {
  const send = async (route: string, file: File, extra: Record<string, string> = {}): Promise<unknown> => {
    if (!token) throw new AssayClientError('unauthorized', 'This page was opened without a session token.');
    let response: Response;
    try {
      response = await fetchFn(route, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/octet-stream',
          'x-assay-file-name': encodeURIComponent(file.name),
          ...extra,
        },
        // The File itself: the browser streams it from disk, never holding it in the page.
        body: file,
      });
    } catch (error) {
      throw new AssayClientError(
        'internal',
        `${file.name} could not be sent to Assay: ${toAssayClientError(error).message}`,
      );
    }
    if (response.status === 401)
      throw new AssayClientError('unauthorized', 'The session token was refused (HTTP 401).');
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new AssayClientError(
        'internal',
        `${file.name}: the server answered HTTP ${response.status} with a body that is not JSON.`,
      );
    }
  };
  return {
    async open(files) {
      const refs: string[] = [];
      for (const file of files) {
        const value = unwrapEnvelope(await send('/upload', file), `upload of ${file.name}`);
        const path = (value as { path?: unknown } | null)?.path;
        if (typeof path !== 'string')
          throw new AssayClientError('internal', `upload of ${file.name}: the response names no file.`);
        refs.push(path);
      }
      return refs;
    },
    ingestEvidence: (file, fields) =>
      send('/upload/evidence', file, { 'x-assay-input': encodeURIComponent(JSON.stringify(fields)) }),
    deliver,
  };
}

/** A download link followed by a hidden `<a download>`: the browser saves it where the person says. */
export function deliverByLink(document: Document): (url: string, name: string) => void {
  return (url, name) => {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  };
}
