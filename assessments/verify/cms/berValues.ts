import * as asn1js from 'asn1js';
import { BER_LIMITS } from './berReader';
import { CmsFormatError } from './cmsFormatError';

export type BerBlock = asn1js.BaseBlock;

export const isBerBlock = (value: unknown): value is BerBlock => value instanceof asn1js.BaseBlock;

/** The element's own encoding, exactly as it was read (tag, length and content). */
export const rawBytes = (block: BerBlock): Buffer => Buffer.from(block.valueBeforeDecodeView);

/** The content octets of a primitive element, as read. */
export function primitiveContent(block: BerBlock): Buffer {
  const header = block.idBlock.blockLength + block.lenBlock.blockLength;
  return Buffer.from(block.valueBeforeDecodeView.subarray(header));
}

/** The elements inside a constructed one (never the end-of-contents marker of BER). */
export function childrenOf(block: BerBlock): BerBlock[] {
  if (!block.idBlock.isConstructed) return [];
  const value: unknown = (block.valueBlock as { value?: unknown }).value;
  if (!Array.isArray(value)) return [];
  return value.filter(
    (child): child is BerBlock =>
      isBerBlock(child) && !(child.idBlock.tagClass === 1 && child.idBlock.tagNumber === 0),
  );
}

/**
 * asn1js reads an element whose length runs past the end of the one containing it (and moves on
 * from where the inner one ends), so lengths could be altered without changing what is read.
 * Each definite length must be exactly what its elements fill.
 */
function overrunsItsContainer(block: BerBlock): boolean {
  if (!block.idBlock.isConstructed) return false;
  const inner = childrenOf(block);
  if (!block.lenBlock.isIndefiniteForm) {
    const filled = inner.reduce((sum, child) => sum + child.blockLength, 0);
    if (filled !== block.lenBlock.length) return true;
  }
  return inner.some(overrunsItsContainer);
}

/** The first BER element of `bytes` and the offset just past it (indefinite lengths included). */
export function readBerElement(bytes: Uint8Array): { block: asn1js.AsnType; end: number } {
  if (bytes.length === 0) throw new CmsFormatError('sigCmsNotBer', { reason: 'no data' });
  const parsed = asn1js.fromBER(bytes, BER_LIMITS);
  if (parsed.offset === -1)
    throw new CmsFormatError('sigCmsNotBer', { reason: parsed.result.error || 'unreadable' });
  if (isBerBlock(parsed.result) && overrunsItsContainer(parsed.result))
    throw new CmsFormatError('sigCmsNotBer', {
      reason: 'an element runs past the end of the one containing it',
    });
  return { block: parsed.result, end: parsed.offset };
}

/** One BER element that must fill `bytes` exactly. */
export function readWholeBer(bytes: Uint8Array): asn1js.AsnType {
  const { block, end } = readBerElement(bytes);
  if (end !== bytes.length)
    throw new CmsFormatError('sigCmsNotBer', { reason: `${bytes.length - end} byte(s) follow the element` });
  return block;
}

export const hasTag = (block: BerBlock, tagClass: number, tagNumber: number) =>
  block.idBlock.tagClass === tagClass && block.idBlock.tagNumber === tagNumber;

/** An OCTET STRING's value, the segments of a constructed (BER) one joined. */
export function octetStringValue(value: unknown): Buffer | null {
  if (!(value instanceof asn1js.OctetString)) return null;
  return Buffer.from(value.getValue());
}

export function oidValue(value: unknown): string | null {
  return value instanceof asn1js.ObjectIdentifier ? value.getValue() : null;
}

/** UTCTime or GeneralizedTime; null for anything else or an impossible date. */
export function timeValue(value: unknown): Date | null {
  if (!(value instanceof asn1js.UTCTime) && !(value instanceof asn1js.GeneralizedTime)) return null;
  const date = value.toDate();
  return Number.isFinite(date.getTime()) ? date : null;
}

export const bytesOf = (view: ArrayBuffer | Uint8Array): Buffer =>
  Buffer.from(view instanceof Uint8Array ? view : new Uint8Array(view));
