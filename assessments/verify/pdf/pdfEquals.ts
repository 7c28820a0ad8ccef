import type { Budget, PdfDict, PdfValue } from './pdfValues';

/** Entries that say how a stream is stored, not what it holds. */
const STORAGE_KEYS = new Set(['Length']);

function sameDict(a: PdfDict, b: PdfDict, budget: Budget, ignore: ReadonlySet<string>): boolean {
  const keys = (dict: PdfDict) => [...dict.entries.keys()].filter((key) => !ignore.has(key));
  const aKeys = keys(a);
  if (aKeys.length !== keys(b).length) return false;
  return aKeys.every(
    (key) => b.entries.has(key) && samePdfValue(a.entries.get(key), b.entries.get(key), budget),
  );
}

/**
 * Structural equality: the same values, whatever their spelling in the file (hex or literal
 * strings, whitespace, key order). References compare by number and generation, not by what they
 * point to, so an object rewritten unchanged is equal and a changed target is the target's change.
 * Streams compare by dictionary (but /Length) and encoded data.
 */
export function samePdfValue(a: PdfValue | undefined, b: PdfValue | undefined, budget: Budget): boolean {
  budget.check();
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  switch (a.kind) {
    case 'name':
      return b.kind === 'name' && a.name === b.name;
    case 'string':
      return b.kind === 'string' && a.bytes.equals(b.bytes);
    case 'ref':
      return b.kind === 'ref' && a.num === b.num && a.gen === b.gen;
    case 'array':
      return (
        b.kind === 'array' &&
        a.items.length === b.items.length &&
        a.items.every((item, i) => samePdfValue(item, b.items[i], budget))
      );
    case 'dict':
      return b.kind === 'dict' && sameDict(a, b, budget, new Set());
    case 'stream':
      if (b.kind !== 'stream' || !sameDict(a.dict, b.dict, budget, STORAGE_KEYS)) return false;
      budget.chargeBytes(a.raw.length);
      return a.raw.equals(b.raw);
  }
}

/** The keys whose values differ between two dictionaries (missing on one side counts). */
export function changedKeys(a: PdfDict | undefined, b: PdfDict | undefined, budget: Budget): string[] {
  const keys = new Set([...(a?.entries.keys() ?? []), ...(b?.entries.keys() ?? [])]);
  return [...keys].filter((key) => !samePdfValue(a?.entries.get(key), b?.entries.get(key), budget)).sort();
}
