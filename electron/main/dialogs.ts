import { basename, join } from 'node:path';
import { dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { OperationInput, OperationOutput } from '../../assessments/api/contract';
import type { Dialogs } from '../../assessments/api/dialogs';

export interface ElectronDialogsOptions {
  /** The window dialogs are modal to; a function because the window is created after the handlers. */
  parentWindow: () => BrowserWindow | null;
  /** Where save dialogs open (the user's documents folder). */
  defaultDirectory: string;
}

/**
 * The native save dialog for exports. Files to open come from the page's file inputs and drop
 * targets instead (granted by the preload), the same controls a browser window has.
 */
export class ElectronDialogs implements Dialogs {
  constructor(private readonly options: ElectronDialogsOptions) {}

  async saveFile(request: OperationInput<'dialogs.saveFile'>): Promise<OperationOutput<'dialogs.saveFile'>> {
    const options: SaveDialogOptions = {
      // The suggested name comes from the untrusted renderer: keep only its last segment so it
      // cannot pre-select a folder elsewhere on disk.
      defaultPath: join(this.options.defaultDirectory, basename(request.defaultName)),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      ...(request.title === undefined ? {} : { title: request.title }),
    };
    const parent = this.liveParent();
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || result.filePath === ''
      ? { canceled: true, path: null }
      : { canceled: false, path: result.filePath };
  }

  private liveParent(): BrowserWindow | null {
    const parent = this.options.parentWindow();
    return parent && !parent.isDestroyed() ? parent : null;
  }
}
