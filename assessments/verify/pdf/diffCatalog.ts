import { diffMetadata } from './diffMetadata';
import { changedKeys } from './pdfEquals';
import { isRef } from './pdfValues';
import type { RevisionDiff } from './revisionDiff';
import { reachable } from './fieldFilling';

/** Catalog entries a signature or its validation data may change (their contents are checked apart). */
const CATALOG_KEYS_ALLOWED = new Set(['AcroForm', 'DSS']);
/** Trailer entries every update rewrites, or that other rules judge. */
const TRAILER_KEYS_EXPECTED = new Set([
  'Size',
  'Prev',
  'ID',
  'Root',
  'Info',
  'XRefStm',
  'Type',
  'W',
  'Index',
  'Length',
  'Filter',
  'DecodeParms',
]);

const NO_STOP: ReadonlySet<string> = new Set();

/**
 * Validation data (the catalog's /DSS with its VRI dictionaries, certificates, CRLs and OCSP
 * responses): objects it adds are allowed, and so are changes to objects that were already
 * validation data and nothing else.
 */
export function diffDss(diff: RevisionDiff): void {
  const before = reachable(diff.prev, [diff.prev.catalog()?.entries.get('DSS')], NO_STOP);
  const after = reachable(diff.cur, [diff.cur.catalog()?.entries.get('DSS')], NO_STOP);
  for (const num of [...after].sort((a, b) => a - b)) {
    if (diff.isExplained(num) || !diff.touched(num)) continue;
    const allowed = diff.added.has(num) || (diff.changed.has(num) && before.has(num));
    diff.record({
      objectNumber: num,
      kind: 'dss',
      page: null,
      verdict: allowed ? 'allowed' : 'disallowed',
      key: allowed ? 'revDssAdded' : 'revDssChanged',
    });
  }
}

/**
 * The trailer and the catalog: the same catalog, changed only in /AcroForm and /DSS (judged by the
 * form and DSS rules) and /Metadata (judged by the metadata rule); the trailer only in what every
 * update rewrites.
 */
export function diffCatalog(diff: RevisionDiff): void {
  const { prev, cur, budget } = diff;
  const rootBefore = prev.trailer.entries.get('Root');
  const rootAfter = cur.trailer.entries.get('Root');
  const rootNum = isRef(rootAfter) ? rootAfter.num : null;
  if (
    !isRef(rootBefore) ||
    !isRef(rootAfter) ||
    rootBefore.num !== rootAfter.num ||
    rootBefore.gen !== rootAfter.gen
  )
    diff.record({
      objectNumber: rootNum,
      kind: 'catalog',
      page: null,
      verdict: 'disallowed',
      key: 'revRootChanged',
    });
  const trailerKeys = changedKeys(prev.trailer, cur.trailer, budget).filter(
    (key) => !TRAILER_KEYS_EXPECTED.has(key),
  );
  if (trailerKeys.length > 0)
    diff.record({
      objectNumber: null,
      kind: 'other',
      page: null,
      verdict: 'disallowed',
      key: 'revTrailerChanged',
      params: { keys: trailerKeys.join(', ') },
    });

  diffMetadata(diff);
  const keys = changedKeys(prev.catalog(), cur.catalog(), budget);
  const names: string[] = keys.filter((key) => key === 'Names' || key === 'AF');
  if (names.length > 0)
    diff.record({
      objectNumber: rootNum,
      kind: 'embedded-file',
      page: null,
      verdict: 'disallowed',
      key: 'revNamesChanged',
      params: { keys: names.join(', ') },
    });
  const refused = keys.filter(
    (key) => !CATALOG_KEYS_ALLOWED.has(key) && key !== 'Metadata' && !names.includes(key),
  );
  if (refused.length > 0)
    diff.record({
      objectNumber: rootNum,
      kind: 'catalog',
      page: null,
      verdict: 'disallowed',
      key: 'revCatalogChanged',
      params: { keys: refused.join(', ') },
    });
  // A new /Metadata stream is the metadata rule's change; the catalog only points at it.
  const allowed = keys.filter((key) => CATALOG_KEYS_ALLOWED.has(key));
  if (names.length === 0 && refused.length === 0 && allowed.length > 0 && diff.touched(rootNum)) {
    diff.record({
      objectNumber: rootNum,
      kind: allowed.includes('AcroForm') ? 'acroform' : 'dss',
      page: null,
      verdict: 'allowed',
      key: 'revCatalogFormOrDss',
      params: { keys: allowed.join(', ') },
    });
  }
  diff.explain(rootNum);
}
