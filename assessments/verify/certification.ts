import type { Checks } from './checks';
import type { PdfObjects } from './pdf/pdfObjects';
import { dictOf, isArray, isName, isRef, type PdfDict } from './pdf/pdfValues';

/** A certification signature's DocMDP permissions (PDF 32000-1 §12.8.2.2); 1–3 are the valid ones. */
export interface Certification {
  permissions: number;
}

/**
 * The DocMDP transform a signature dictionary declares in /Reference, or null when it certifies
 * nothing. /P defaults to 2 when the transform parameters omit it, as the standard says. `objects`
 * resolves references (a dictionary read from the file may hold them indirectly).
 */
export function readCertification(dict: PdfDict, objects: PdfObjects | null): Certification | null {
  const resolve = (value: Parameters<PdfObjects['resolve']>[0]) =>
    objects ? objects.resolve(value) : isRef(value) ? undefined : value;
  const references = resolve(dict.entries.get('Reference'));
  if (!isArray(references)) return null;
  for (const item of references.items) {
    const reference = dictOf(resolve(item));
    if (!isName(resolve(reference?.entries.get('TransformMethod')), 'DocMDP')) continue;
    const params = dictOf(resolve(reference?.entries.get('TransformParams')));
    const p = resolve(params?.entries.get('P'));
    return { permissions: p === undefined ? 2 : typeof p === 'number' ? p : Number.NaN };
  }
  return null;
}

/** The DocMDP permissions a certification that passes `checkCertification` grants, else null. */
export function validPermissions(certification: Certification | null): 1 | 2 | 3 | null {
  const p = certification?.permissions;
  return p === 1 || p === 2 || p === 3 ? p : null;
}

const PERMISSION_KEYS = { 1: 'certNoChanges', 2: 'certFormFilling', 3: 'certAnnotations' } as const;

/**
 * A certification must be the document's first signature, with permissions 1, 2 or 3; the
 * catalog of the revision it signs names it in /Perms /DocMDP (a viewer looks for it there, so a
 * mismatch is listed, though the difference analysis already follows the signature itself).
 */
export function checkCertification(
  certification: Certification,
  position: {
    index: number;
    objectNumber: number;
    signedCatalog: PdfDict | undefined;
    objects: PdfObjects | null;
  },
  checks: Checks,
): void {
  if (position.index !== 0) {
    checks.fail('certification', 'certNotFirst', { number: position.index + 1 });
    return;
  }
  const permissions = validPermissions(certification);
  if (permissions === null) {
    checks.fail('certification', 'certPermissionsInvalid', {
      permissions: String(certification.permissions),
    });
    return;
  }
  checks.pass('certification', PERMISSION_KEYS[permissions]);
  const perms = dictOf(position.objects?.resolve(position.signedCatalog?.entries.get('Perms')));
  const docMdp = perms?.entries.get('DocMDP');
  if (!isRef(docMdp) || docMdp.num !== position.objectNumber)
    checks.warn('certification', 'certNotInPerms', { object: position.objectNumber });
}
