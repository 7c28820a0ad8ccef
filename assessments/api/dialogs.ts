import type { OperationInput, OperationOutput } from './contract';

/** The one seam that differs per transport: native pickers in Electron, scripted answers on the web. */
export interface Dialogs {
  pickFiles(request: OperationInput<'dialogs.pickFiles'>): Promise<OperationOutput<'dialogs.pickFiles'>>;
  saveFile(request: OperationInput<'dialogs.saveFile'>): Promise<OperationOutput<'dialogs.saveFile'>>;
}

export type ScriptedDialogAnswer =
  { kind: 'pickFiles'; paths: string[] } | { kind: 'saveFile'; path: string } | { kind: 'cancel' };

/**
 * Used by the web transport, where no native dialog exists: answers are queued (by an e2e test or a
 * local tool holding the session token) and consumed in order; an empty queue means "cancelled".
 */
export class ScriptedDialogs implements Dialogs {
  private readonly queue: ScriptedDialogAnswer[] = [];

  enqueue(answer: ScriptedDialogAnswer): void {
    this.queue.push(answer);
  }

  async pickFiles(): Promise<OperationOutput<'dialogs.pickFiles'>> {
    const next = this.queue.shift();
    if (next?.kind === 'pickFiles') return { canceled: false, paths: next.paths };
    return { canceled: true, paths: [] };
  }

  async saveFile(): Promise<OperationOutput<'dialogs.saveFile'>> {
    const next = this.queue.shift();
    if (next?.kind === 'saveFile') return { canceled: false, path: next.path };
    return { canceled: true, path: null };
  }
}
