import { readLeanSignedData } from './leanSignedData';
import type { ParsedSignedData } from './signedDataTypes';

/** parseSignedData, with PKI.js loaded only for a SignedData the lean reader leaves to it. */
export async function readSignedData(bytes: Buffer): Promise<ParsedSignedData> {
  const lean = readLeanSignedData(bytes);
  if (lean) return lean;
  const { parseSignedDataWithPkijs } = await import('./pkijsSignedData');
  return parseSignedDataWithPkijs(bytes);
}
