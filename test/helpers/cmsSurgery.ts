import { createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as asn1js from 'asn1js';

type Block = asn1js.BaseBlock;

/** Reads BER keeping every element's position in `bytes` (asn1js does not copy the input). */
function parseInPlace(bytes: Buffer): Block {
  const parsed = asn1js.fromBER(bytes, { copyInput: false });
  if (parsed.offset === -1) throw new Error(`not BER: ${parsed.result.error}`);
  return parsed.result as Block;
}

const children = (block: Block | undefined): Block[] => {
  const value: unknown = (block?.valueBlock as { value?: unknown } | undefined)?.value;
  return Array.isArray(value) ? (value as Block[]) : [];
};

const span = (bytes: Buffer, block: Block): [number, number] => {
  const start = block.valueBeforeDecodeView.byteOffset - bytes.byteOffset;
  return [start, start + block.valueBeforeDecodeView.byteLength];
};

/** ContentInfo → [0] → SignedData fields. */
const signedDataFields = (top: Block) => children(children(children(top)[1])[0]);

/**
 * Cuts the eContent out of an embedded-content CMS SignedData, leaving a detached signature that
 * is otherwise byte for byte what the signer wrote. The encapsulated content info must have an
 * indefinite length (as `openssl cms -stream` writes it), so no length around it changes.
 */
export function detachEncapsulatedContent(cms: Buffer): Buffer {
  const encap = signedDataFields(parseInPlace(cms))[2];
  const eContent = children(encap)[1];
  if (!encap || !eContent) throw new Error('the CMS has no encapsulated content to cut out');
  if (!encap.lenBlock.isIndefiniteForm)
    throw new Error('the encapsulated content info has a definite length');
  const [start, end] = span(cms, eContent);
  return Buffer.concat([cms.subarray(0, start), cms.subarray(end)]);
}

/**
 * The first SignerInfo's signed attributes written in reverse order (a SET OF out of DER order)
 * and signed again, over exactly those bytes, with the RSA PKCS#1 v1.5 key in `keyPath`: a
 * signature that verifies, over attributes that are not DER. Lengths do not change.
 */
export function reverseSignedAttributes(cms: Buffer, keyPath: string): Buffer {
  const out = Buffer.from(cms);
  const fields = signedDataFields(parseInPlace(out));
  const signerInfo = children(fields[fields.length - 1])[0];
  const parts = children(signerInfo);
  const attrs = parts.find(
    (part) => part.idBlock.tagClass === 3 && part.idBlock.tagNumber === 0 && part.idBlock.isConstructed,
  );
  const signature = parts[parts.length - 1];
  if (!attrs || !signature || signature.idBlock.tagNumber !== 4) throw new Error('unexpected SignerInfo');
  const [attrsStart, attrsEnd] = span(out, attrs);
  const pieces = children(attrs).map((attribute) => {
    const [from, to] = span(out, attribute);
    return Buffer.from(out.subarray(from, to));
  });
  const body = Buffer.concat(pieces.reverse());
  body.copy(out, attrsEnd - body.length);
  const set = Buffer.from(out.subarray(attrsStart, attrsEnd));
  set[0] = 0x31;
  const value = sign('sha256', set, createPrivateKey(readFileSync(keyPath)));
  const [, sigEnd] = span(out, signature);
  if (value.length !== signature.lenBlock.length) throw new Error('the new signature has another length');
  value.copy(out, sigEnd - value.length);
  return out;
}
