import { readLeanSignedData } from './leanSignedData';
import { parseSignedDataWithPkijs } from './pkijsSignedData';
import type { ParsedSignedData } from './signedDataTypes';

export {
  MAX_CMS_CERTIFICATES,
  type AlgorithmRef,
  type CmsAttribute,
  type CmsCertificate,
  type ParsedSignedData,
  type ParsedSignerInfo,
  type SignerId,
} from './signedDataTypes';

/**
 * Reads a CMS ContentInfo carrying SignedData, in BER (indefinite lengths, segmented strings) as
 * signers write it. Throws CmsFormatError naming what is wrong; the signature itself is not
 * checked here. Plain encodings are read without PKI.js; PKI.js reads the rest, so both give the
 * same answer for every input. readSignedData does the same and loads PKI.js only when needed.
 */
export const parseSignedData = (bytes: Buffer): ParsedSignedData =>
  readLeanSignedData(bytes) ?? parseSignedDataWithPkijs(bytes);
