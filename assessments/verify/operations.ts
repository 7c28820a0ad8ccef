import type { Handlers } from '../api/dispatch';
import type { TemplateLookup } from './templateLookup';
import { verifyPdfInput } from './verifyPdfFile';

/** Verifying a PDF needs no workspace: everything it checks travels inside the file. */
export function verifyOperations({ templates }: { templates: TemplateLookup }): Pick<Handlers, 'pdf.verify'> {
  return { 'pdf.verify': (input) => verifyPdfInput(input, templates) };
}
