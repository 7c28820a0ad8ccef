import type { PdfObjects } from './pdf/pdfObjects';
import { dictOf, isArray, isStream } from './pdf/pdfValues';

/** Validation data a later revision may carry for the signatures (PAdES B-LT): DER blobs. */
export interface DssData {
  certs: Buffer[];
  crls: Buffer[];
  ocsps: Buffer[];
}

/** At most this many entries of each kind are read; a real DSS holds a handful. */
const MAX_DSS_ENTRIES = 256;

/** The catalog's /DSS (Document Security Store), or empty lists when there is none. */
export function readDss(doc: PdfObjects): DssData {
  const dss = dictOf(doc.get(doc.catalog(), 'DSS'));
  const list = (key: string): Buffer[] => {
    const value = doc.get(dss, key);
    if (!isArray(value)) return [];
    return value.items.slice(0, MAX_DSS_ENTRIES).flatMap((item) => {
      const stream = doc.resolve(item);
      return isStream(stream) ? [doc.decode(stream)] : [];
    });
  };
  return { certs: list('Certs'), crls: list('CRLs'), ocsps: list('OCSPs') };
}
