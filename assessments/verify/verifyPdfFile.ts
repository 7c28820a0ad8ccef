import type { X509Certificate } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { AppError, fileError } from '../shared/errors';
import { parseCertificatesPem } from './certificateTrust';
import type { TemplateLookup } from './templateLookup';
import { MAX_PDF_BYTES, refuseTooLarge, verifyPdf } from './verifyPdf';
import {
  MAX_TRUST_ANCHOR_FILE_BYTES,
  type PdfVerification,
  type verifyPdfInputSchema,
} from './verificationSchema';

/** Reads at most MAX_PDF_BYTES + 1 bytes, so a file that grows while read is still capped. */
function readCapped(path: string, size: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fileError(error, path, 'read');
  }
  try {
    const buffer = Buffer.alloc(Math.min(size, MAX_PDF_BYTES) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

function fileSize(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    throw fileError(error, path, 'read');
  }
  if (!stat.isFile())
    throw new AppError('invalid_input', `Cannot read ${path}: it is not a regular file.`, { file: path });
  return stat.size;
}

export function parseTrustAnchors(pems: readonly string[]): X509Certificate[] {
  return pems.flatMap((pem, index) => {
    try {
      return parseCertificatesPem(pem, `trust anchor ${index + 1}`);
    } catch (error) {
      throw new AppError('invalid_input', (error as Error).message, { index });
    }
  });
}

/** The text of a trust-anchor PEM file, refused when it is not a regular file or too large. */
function readTrustAnchorFile(path: string): string {
  const size = fileSize(path);
  if (size > MAX_TRUST_ANCHOR_FILE_BYTES)
    throw new AppError(
      'invalid_input',
      `${path} is ${size} bytes; a trust-anchor PEM file is at most ${MAX_TRUST_ANCHOR_FILE_BYTES}.`,
      { file: path },
    );
  return readCapped(path, size).toString('utf8');
}

/** A CRL file as the issuer publishes it: DER, or PEM with one or more X509 CRL blocks. */
function readCrlFile(path: string): Buffer[] {
  const size = fileSize(path);
  if (size > MAX_TRUST_ANCHOR_FILE_BYTES * 16)
    throw new AppError(
      'invalid_input',
      `${path} is ${size} bytes; a revocation list here is at most ${MAX_TRUST_ANCHOR_FILE_BYTES * 16}.`,
      {
        file: path,
      },
    );
  const bytes = readCapped(path, size);
  const text = bytes.toString('latin1');
  if (!text.includes('-----BEGIN')) return [bytes];
  const blocks = [...text.matchAll(/-----BEGIN X509 CRL-----([\s\S]*?)-----END X509 CRL-----/g)];
  if (blocks.length === 0)
    throw new AppError('invalid_input', `${path} contains no revocation list (-----BEGIN X509 CRL-----).`, {
      file: path,
    });
  return blocks.map((block) => Buffer.from((block[1] ?? '').replace(/\s+/g, ''), 'base64'));
}

function parseTrustAnchorFiles(paths: readonly string[]): X509Certificate[] {
  return paths.flatMap((path) => {
    const pem = readTrustAnchorFile(path);
    try {
      return parseCertificatesPem(pem, path);
    } catch (error) {
      throw new AppError('invalid_input', (error as Error).message, { file: path });
    }
  });
}

/** `pdf.verify`: a file (size-capped read) or base64 bytes, against the given anchors and CRLs. */
export async function verifyPdfInput(
  input: Partial<
    Pick<
      z.output<typeof verifyPdfInputSchema>,
      'trustAnchorPaths' | 'tsaAnchorsPem' | 'tsaAnchorPaths' | 'crlPaths'
    >
  > &
    Pick<z.output<typeof verifyPdfInputSchema>, 'path' | 'bytesBase64' | 'trustAnchorsPem'>,
  templates?: TemplateLookup,
): Promise<PdfVerification> {
  const trustAnchors = [
    ...parseTrustAnchors(input.trustAnchorsPem),
    ...parseTrustAnchorFiles(input.trustAnchorPaths ?? []),
  ];
  const tsaAnchors = [
    ...parseTrustAnchors(input.tsaAnchorsPem ?? []),
    ...parseTrustAnchorFiles(input.tsaAnchorPaths ?? []),
  ];
  const crls = (input.crlPaths ?? []).flatMap(readCrlFile);
  const options = { trustAnchors, tsaAnchors, crls, templates };
  if (input.path === undefined) return verifyPdf(Buffer.from(input.bytesBase64 ?? '', 'base64'), options);
  const size = fileSize(input.path);
  if (size > MAX_PDF_BYTES) return refuseTooLarge(size, input.path);
  return verifyPdf(readCapped(input.path, size), { ...options, file: input.path });
}
