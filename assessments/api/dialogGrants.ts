import { resolve } from 'node:path';
import type { OperationInput, OperationOutput } from './contract';
import type { Dialogs } from './dialogs';
import { AppError } from '../shared/errors';

/**
 * The files the person at the desktop window chose during this process's life: picked in a file
 * input or dropped (granted by the preload, which alone can see a chosen file's path) or named
 * in the native save dialog. The window is less trusted than the core: it can read or write only
 * files the person chose, never a path it made up.
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
  const where = how === 'opened' ? 'choose or drop the file' : 'choose the file in the save dialog';
  return new AppError(
    'invalid_input',
    `${path} was not chosen by the person at the window, so it cannot be ${how} here.`,
    {
      path,
      issues: [{ path: 'path', message: where }],
    },
  );
}

/** Passes every request to the native save dialog and records what the person chose. */
export class GrantingDialogs implements Dialogs {
  constructor(
    private readonly inner: Dialogs,
    private readonly grants: DialogGrants,
  ) {}

  async saveFile(request: OperationInput<'dialogs.saveFile'>): Promise<OperationOutput<'dialogs.saveFile'>> {
    const result = await this.inner.saveFile(request);
    if (!result.canceled && result.path) this.grants.grantWrite(result.path);
    return result;
  }
}
