import { resolve } from 'node:path';
import type { OperationInput, OperationOutput } from './contract';
import type { Dialogs } from './dialogs';
import { AppError } from './errors';

/**
 * The files the person at the window chose in a file dialog during this process's life. A window
 * (web page or Electron renderer) is less trusted than the core: with grants in force it can read
 * or write only files the person picked, never a path it made up.
 */
export class DialogGrants {
  private readonly readable = new Set<string>();
  private readonly writable = new Set<string>();

  grantRead(paths: readonly string[]): void {
    for (const path of paths) this.readable.add(resolve(path));
  }

  grantWrite(path: string): void {
    this.writable.add(resolve(path));
  }

  requireReadable(path: string): void {
    if (!this.readable.has(resolve(path))) throw notChosen(path, 'opened');
  }

  requireWritable(path: string): void {
    if (!this.writable.has(resolve(path))) throw notChosen(path, 'saved');
  }
}

function notChosen(path: string, how: 'opened' | 'saved'): AppError {
  return new AppError(
    'invalid_input',
    `${path} was not chosen in a file dialog, so it cannot be ${how} here.`,
    {
      path,
      issues: [
        { path: 'path', message: `choose the file in the ${how === 'opened' ? 'open' : 'save'} dialog` },
      ],
    },
  );
}

/** Passes every request to the real dialogs and records what the person chose. */
export class GrantingDialogs implements Dialogs {
  constructor(
    private readonly inner: Dialogs,
    private readonly grants: DialogGrants,
  ) {}

  async pickFiles(
    request: OperationInput<'dialogs.pickFiles'>,
  ): Promise<OperationOutput<'dialogs.pickFiles'>> {
    const result = await this.inner.pickFiles(request);
    if (!result.canceled) this.grants.grantRead(result.paths);
    return result;
  }

  async saveFile(request: OperationInput<'dialogs.saveFile'>): Promise<OperationOutput<'dialogs.saveFile'>> {
    const result = await this.inner.saveFile(request);
    if (!result.canceled && result.path) this.grants.grantWrite(result.path);
    return result;
  }
}
