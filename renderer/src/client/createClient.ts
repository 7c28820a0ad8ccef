import {
  contractEvents,
  type EventName,
  type EventPayload,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from '../../../assessments/api/contract';
import { AssayClientError } from './AssayClientError';
import { unwrapEnvelope } from './envelope';
import { noFileTransport, type FileTransport } from './fileTransport';
import type { Transport } from './transport';

/** Files in and out of the core, with the same controls in a browser and on the desktop. */
export interface ClientFiles {
  /** On the desktop an export asks where to save in the native dialog; in a browser it downloads. */
  readonly savesWithDialog: boolean;
  /** Makes files the person chose (file input or drop) readable by the core; returns file-field values. */
  open(files: readonly File[]): Promise<string[]>;
  /** Adds one evidence file; the core hashes and seals it as the bytes arrive. */
  ingestEvidence(
    file: File,
    input: Omit<OperationInput<'evidence.ingest'>, 'path'>,
  ): Promise<OperationOutput<'evidence.ingest'>>;
  /**
   * Runs an export to a place the person agrees to: the save dialog's choice (desktop), or a
   * download of what `write` produced (browser). Resolves null when the person cancelled.
   */
  saveAs<T>(
    request: { defaultName: string; title?: string },
    write: (path: string) => Promise<T>,
  ): Promise<{ result: T; savedAs: string } | null>;
}

/** The only way screens talk to the core. Operation names and types come from the contract. */
export interface AssayClient {
  readonly transportKind: Transport['kind'];
  invoke<K extends OperationName>(op: K, input: OperationInput<K>): Promise<OperationOutput<K>>;
  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
  readonly files: ClientFiles;
}

export function createAssayClient(
  transport: Transport,
  fileTransport: FileTransport = noFileTransport,
): AssayClient {
  const invoke = async <K extends OperationName>(
    op: K,
    input: OperationInput<K>,
  ): Promise<OperationOutput<K>> =>
    // The core has already checked the value against the contract's output schema.
    unwrapEnvelope(await transport.invoke(op, input), op) as OperationOutput<K>;
  const { deliver } = fileTransport;
  const files: ClientFiles = {
    savesWithDialog: deliver === null,
    open: (chosen) => fileTransport.open(chosen),
    ingestEvidence: async (file, input) =>
      unwrapEnvelope(
        await fileTransport.ingestEvidence(file, input),
        'evidence.ingest',
      ) as OperationOutput<'evidence.ingest'>,
    async saveAs(request, write) {
      if (deliver === null) {
        const chosen = await invoke('dialogs.saveFile', request);
        if (chosen.canceled || chosen.path === null) return null;
        return { result: await write(chosen.path), savedAs: chosen.path };
      }
      const { path } = await invoke('files.prepareDownload', { name: request.defaultName });
      const result = await write(path);
      const link = await invoke('files.download', { ref: path });
      if (!link.url.startsWith('/download/'))
        throw new AssayClientError('internal', 'files.download: the core answered with an unexpected link.');
      deliver(link.url, link.name);
      return { result, savedAs: link.name };
    },
  };
  return {
    transportKind: transport.kind,
    files,
    invoke,
    on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
      return transport.on(event, (payload) => {
        // Events drive navigation (e.g. "locked elsewhere"), so a malformed one is ignored, not trusted.
        const parsed = contractEvents[event].safeParse(payload);
        // The schema is the one indexed by E; TypeScript cannot follow that correlation itself.
        if (parsed.success) cb(parsed.data as EventPayload<E>);
      });
    },
  };
}
