import { readFileSync } from 'node:fs';
import type { Envelope } from '../api/envelope';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** Resolves when the user asks a long-running command (serve-web) to stop. */
  untilInterrupted(): Promise<string>;
}

/** Wrong words on the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A failed operation: its message is printed as is, exit code 1. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new CommandError(envelope.error.message);
}

/**
 * The passphrase never travels in argv (visible to every process on the machine): it comes from
 * ASSAY_PASSPHRASE or from a file whose single trailing newline is ignored.
 */
export function readPassphrase(passphraseFile: string | undefined, io: CliIo): string {
  if (passphraseFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(passphraseFile, 'utf8');
    } catch (error) {
      throw new CommandError(
        `Cannot read the passphrase file ${passphraseFile}: ${(error as Error).message}`,
      );
    }
    const passphrase = text.replace(/\r?\n$/, '');
    if (passphrase === '') throw new CommandError(`The passphrase file ${passphraseFile} is empty.`);
    return passphrase;
  }
  const fromEnv = io.env.ASSAY_PASSPHRASE;
  if (fromEnv) return fromEnv;
  throw new CommandError('No passphrase: set ASSAY_PASSPHRASE or pass --passphrase-file FILE.');
}
