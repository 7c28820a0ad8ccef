import { changedKeys, samePdfValue } from './pdfEquals';
import { BudgetExceededError, dictOf, isRef, isStream, PdfFormatError, type PdfStream } from './pdfValues';
import type { RevisionDiff } from './revisionDiff';

/** Document-information entries a signing tool may refresh. */
const INFO_KEYS_REFRESHED = new Set(['ModDate', 'Producer']);
/** XMP properties (by local name) a signing tool may refresh. */
const XMP_REFRESHED = 'MetadataDate|ModifyDate|Producer';
/** Stream entries that say how the data is stored, not what it is. */
const STORAGE_KEYS = new Set(['Length', 'Filter', 'DecodeParms', 'DL']);

/** The /Info dictionary: a change to /ModDate and /Producer only is listed, anything else refused. */
export function diffInfo(diff: RevisionDiff): void {
  const { prev, cur, budget } = diff;
  const infoRef = cur.trailer.entries.get('Info');
  const num = isRef(infoRef) ? infoRef.num : null;
  const before = dictOf(prev.get(prev.trailer, 'Info'));
  const after = dictOf(cur.resolve(infoRef));
  const keys = changedKeys(before, after, budget);
  if (keys.length === 0) {
    diff.explain(num);
    return;
  }
  const refreshed = keys.every((key) => INFO_KEYS_REFRESHED.has(key));
  diff.record({
    objectNumber: num,
    kind: 'info',
    page: null,
    verdict: refreshed ? 'warning' : 'disallowed',
    key: refreshed ? 'revInfoDatesChanged' : 'revInfoChanged',
    params: { keys: keys.join(', ') },
  });
}

/** XMP with the refreshed properties (elements or attributes, any prefix) and layout removed. */
export function xmpWithoutDates(xml: string): string {
  return xml
    .replace(new RegExp(`<([\\w.-]+):(${XMP_REFRESHED})\\b[^>]*?/>`, 'g'), '')
    .replace(new RegExp(`<([\\w.-]+):(${XMP_REFRESHED})\\b[^>]*>[\\s\\S]*?</\\1:\\2\\s*>`, 'g'), '')
    .replace(new RegExp(`\\s[\\w.-]+:(${XMP_REFRESHED})\\s*=\\s*("[^"]*"|'[^']*')`, 'g'), '')
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .trim();
}

function sameApartFromDates(diff: RevisionDiff, before: PdfStream, after: PdfStream): boolean {
  const dictKeys = changedKeys(before.dict, after.dict, diff.budget).filter((key) => !STORAGE_KEYS.has(key));
  if (dictKeys.length > 0) return false;
  try {
    const old = diff.prev.decode(before).toString('utf8');
    const now = diff.cur.decode(after).toString('utf8');
    return xmpWithoutDates(old) === xmpWithoutDates(now);
  } catch (error) {
    if (error instanceof BudgetExceededError || !(error instanceof PdfFormatError)) throw error;
    return false;
  }
}

/** The catalog's XMP metadata stream: a change to its dates and producer only is listed, anything else refused. */
export function diffMetadata(diff: RevisionDiff): void {
  const { prev, cur } = diff;
  const ref = cur.catalog()?.entries.get('Metadata');
  const num = isRef(ref) ? ref.num : null;
  const before = prev.get(prev.catalog(), 'Metadata');
  const after = cur.resolve(ref);
  if (samePdfValue(before, after, diff.budget)) {
    diff.explain(num);
    return;
  }
  const refreshed = isStream(before) && isStream(after) && sameApartFromDates(diff, before, after);
  diff.record({
    objectNumber: num,
    kind: 'metadata',
    page: null,
    verdict: refreshed ? 'warning' : 'disallowed',
    key: refreshed ? 'revMetadataDatesChanged' : 'revMetadataChanged',
  });
}
