import type { OperationInput, OperationOutput } from './contract';
import { AppError } from '../shared/errors';

/** The desktop's native save dialog (Electron); other cores have none. */
export interface Dialogs {
  saveFile(request: OperationInput<'dialogs.saveFile'>): Promise<OperationOutput<'dialogs.saveFile'>>;
}

/** For cores without a native window (browser, CLI): exports there are downloads or arguments. */
export const noSaveDialog: Dialogs = {
  saveFile: () =>
    Promise.reject(
      new AppError(
        'invalid_input',
        'There is no save dialog in this window: in a browser the file is downloaded instead.',
      ),
    ),
};
