import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { AppError, fileError } from '../shared/errors';
import { writeFileAtomicSync } from '../shared/atomicWrite';
import { PdfFormatError } from '../verify/pdf/pdfValues';
import { MAX_PDF_BYTES } from '../verify/verificationSchema';
import {
  applyTimestampResponseDetailed,
  TimestampResponseError,
  timestampPlaceholder,
  timestampRequestForDigest,
} from './timestampLater';
import type {
  TimestampApplyInput,
  TimestampApplyOutput,
  TimestampRequestInput,
  TimestampRequestOutput,
} from './timestampSchemas';

/** A TSA's response is a few kilobytes; anything near this is not one. */
const MAX_RESPONSE_BYTES = 1024 * 1024;

function readInput(path: string, maxBytes: number, field: string): Buffer {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    throw fileError(error, path, 'read', { field });
  }
  if (!stat.isFile())
    throw new AppError('invalid_input', `Cannot read ${path}: it is not a regular file.`, { field });
  const size = stat.size;
  if (size > maxBytes)
    throw new AppError('invalid_input', `${path} is ${size} bytes; at most ${maxBytes} are read here.`, {
      field,
    });
  try {
    return readFileSync(path);
  } catch (error) {
    throw fileError(error, path, 'read', { field });
  }
}

function refuseExisting(path: string): void {
  if (existsSync(path))
    throw new AppError('conflict', `${path} already exists; choose another file name.`, { field: 'outPath' });
}

function writeOutput(path: string, data: Buffer): void {
  try {
    writeFileAtomicSync(path, data);
  } catch (error) {
    throw new AppError('internal', `${path} could not be written: ${(error as Error).message}`, {
      field: 'outPath',
    });
  }
}

/** Turns what the file itself makes impossible into a message naming the file. */
function explained<T>(path: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof PdfFormatError)
      throw new AppError('invalid_input', `${path} cannot be timestamped: ${error.message}.`, {
        field: 'path',
      });
    if (error instanceof TimestampResponseError)
      throw new AppError('invalid_input', `The response cannot be applied to ${path}: ${error.message}.`, {
        field: 'responsePath',
      });
    throw error;
  }
}

/** `report.timestampRequest`: writes the RFC 3161 request for a later document timestamp of `path`. */
export function writeTimestampRequestFile(input: TimestampRequestInput): TimestampRequestOutput {
  refuseExisting(input.outPath);
  const pdf = readInput(input.path, MAX_PDF_BYTES, 'path');
  const { digest } = explained(input.path, () => timestampPlaceholder(pdf));
  const request = timestampRequestForDigest(digest);
  writeOutput(input.outPath, request);
  return { path: input.outPath, sizeBytes: request.length, imprintSha256: digest.toString('hex') };
}

/** `report.timestampApply`: writes `path` with the TSA's token as a document timestamp. */
export function writeTimestampedPdfFile(input: TimestampApplyInput): TimestampApplyOutput {
  refuseExisting(input.outPath);
  const pdf = readInput(input.path, MAX_PDF_BYTES, 'path');
  const response = readInput(input.responsePath, MAX_RESPONSE_BYTES, 'responsePath');
  const applied = explained(input.path, () => applyTimestampResponseDetailed(pdf, response));
  writeOutput(input.outPath, applied.pdf);
  return {
    path: input.outPath,
    sha256: createHash('sha256').update(applied.pdf).digest('hex'),
    sizeBytes: applied.pdf.length,
    genTime: applied.genTime.toISOString(),
    tsaName: applied.tsaName,
    tokenBytes: applied.tokenBytes,
  };
}
