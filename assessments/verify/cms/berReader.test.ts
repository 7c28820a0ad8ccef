import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from '../../signing/selfSignedCertificate';
import { readBerNode, readWholeBerNode, type BerNode } from './berReader';
import { octetStringBytes } from './berNodeValues';
import { childrenOf, readBerElement, type BerBlock } from './berValues';
import { CmsFormatError } from './cmsFormatError';

const hex = (text: string) => Buffer.from(text.replace(/\s/g, ''), 'hex');

function reason(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof CmsFormatError) return String(error.params.reason);
    return `thrown: ${(error as Error).message}`;
  }
  return 'read';
}

const shape = (node: BerNode): string =>
  `${node.tagClass}.${node.tagNumber}${node.constructed ? 'c' : ''}[${node.children.map(shape).join(',')}]`;

/** `depth` SEQUENCEs of indefinite length around `inner`. */
function nested(depth: number, inner: Buffer): Buffer {
  let bytes = inner;
  for (let i = 0; i < depth; i += 1) bytes = Buffer.concat([hex('30 80'), bytes, hex('00 00')]);
  return bytes;
}

/** A SEQUENCE (four-octet length) holding `head`, then `count` NULLs. */
function sequenceOfNulls(count: number, head = Buffer.alloc(0)): Buffer {
  const body = Buffer.concat([head, Buffer.from(Array.from({ length: count }, () => [0x05, 0x00]).flat())]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  return Buffer.concat([hex('30 84'), length, body]);
}

describe('readBerNode', () => {
  it('reads definite lengths into views of the input, without copying', () => {
    const bytes = hex('30 06 02 01 05 04 01 aa ff');
    const { node, end } = readBerNode(bytes);
    expect(end).toBe(8);
    expect(shape(node)).toBe('1.16c[1.2[],1.4[]]');
    expect(node.children[1]?.content().toString('hex')).toBe('aa');
    expect(node.raw().buffer).toBe(bytes.buffer);
    expect(node.raw().byteOffset).toBe(bytes.byteOffset);
  });

  it('reads nested indefinite lengths, leaving the end-of-contents markers out', () => {
    const bytes = hex('30 80 31 80 02 01 01 00 00 30 80 00 00 04 02 aa bb 00 00');
    const { node, end } = readBerNode(bytes);
    expect(end).toBe(bytes.length);
    expect(shape(node)).toBe('1.16c[1.17c[1.2[]],1.16c[],1.4[]]');
    expect(node.indefinite).toBe(true);
  });

  it('joins the segments of a BER string', () => {
    const node = readWholeBerNode(hex('24 80 04 01 aa 24 80 04 02 bb cc 00 00 04 01 dd 00 00'));
    expect(shape(node)).toBe('1.4c[1.4[],1.4c[1.4[]],1.4[]]');
    // As asn1js's getValue(): nested segments count for nothing.
    expect(octetStringBytes(node).toString('hex')).toBe('aadd');
  });

  it('reads high tag numbers, and keeps one too long to decode as -1', () => {
    expect(shape(readWholeBerNode(hex('bf 81 00 03 02 01 01')))).toBe('3.128c[1.2[]]');
    expect(readWholeBerNode(hex('5f 1f 00')).tagNumber).toBe(31);
    const long = readWholeBerNode(hex('9f 81 81 81 81 81 81 81 81 01 00'));
    expect([long.tagClass, long.tagNumber]).toEqual([3, -1]);
  });

  it('refuses elements that run past their container, and trailing bytes where one element is wanted', () => {
    expect(reason(() => readBerNode(hex('30 03 30 03 02 01 01')))).toMatch(/runs past/);
    expect(reason(() => readBerNode(hex('30 80 30 03 30 03 02 01 01 00 00')))).toMatch(/runs past/);
    // A constructed string is taken whole, so a definite length is never filled by elements inside it.
    expect(reason(() => readBerNode(hex('2c 03 0c 01 41')))).toMatch(/runs past/);
    expect(readBerNode(hex('30 80 30 03 02 01 01 00 00 ff')).end).toBe(9);
    expect(reason(() => readWholeBerNode(hex('02 01 01 00')))).toBe('1 byte(s) follow the element');
  });

  it('refuses truncated input and impossible lengths with the reasons asn1js gives', () => {
    expect(reason(() => readBerNode(hex('30 05 02 01')))).toMatch(/^End of input reached/);
    expect(reason(() => readBerNode(hex('30 80 02 01 01')))).toBe('Zero buffer length');
    expect(reason(() => readBerNode(hex('30 89 01 01 01 01 01 01 01 01 01')))).toBe('Too big integer');
    expect(reason(() => readBerNode(hex('30 ff')))).toBe('Length block 0xFF is reserved by standard');
    expect(reason(() => readBerNode(hex('04 80 00 00')))).toBe(
      'Indefinite length form used for primitive encoding form',
    );
    expect(reason(() => readBerNode(hex('22 03 02 01 01')))).toBe(
      'Constructed encoding used for primitive type',
    );
    expect(reason(() => readBerNode(hex('24 03 02 01 01')))).toBe(
      'OCTET STRING may consists of OCTET STRINGs only',
    );
    expect(reason(() => readBerNode(hex('03 02 08 00')))).toBe(
      'Unused bits for BitString must be in range 0-7',
    );
    expect(reason(() => readBerNode(hex('06 02 2a 86')))).toBe(
      'End of input reached before message was fully decoded',
    );
    expect(reason(() => readBerNode(Buffer.alloc(0)))).toBe('no data');
    // asn1js throws rather than refuses a GeneralizedTime it cannot read; so does the reader.
    expect(reason(() => readBerNode(hex('18 01 41')))).toBe('thrown: Wrong input string for conversion');
  });

  it('stops at 48 levels of nesting', () => {
    expect(readBerNode(nested(48, hex('05 00'))).end).toBe(nested(48, hex('05 00')).length);
    expect(reason(() => readBerNode(nested(49, hex('05 00'))))).toBe('Maximum ASN.1 nesting depth exceeded');
  });

  it('stops at 20,000 elements, counting those asn1js reads inside OCTET STRINGs just in case', () => {
    expect(readBerNode(sequenceOfNulls(19_999)).node.children).toHaveLength(19_999);
    expect(reason(() => readBerNode(sequenceOfNulls(20_000)))).toBe('Maximum ASN.1 node count exceeded');
    // The OCTET STRING's content reads as two elements: they count, and push the last NULL over.
    const octets = hex('04 04 30 02 05 00');
    expect(readBerNode(sequenceOfNulls(19_996, octets)).node.children).toHaveLength(19_997);
    expect(reason(() => readBerNode(sequenceOfNulls(19_997, octets)))).toBe(
      'Maximum ASN.1 node count exceeded',
    );
  });
});

/** Deterministic pseudo-random numbers, so a failure is repeatable. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

const INTERESTING = [
  0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0a, 0x0c, 0x0f, 0x10, 0x11, 0x17, 0x18, 0x1c, 0x1e, 0x1f, 0x20,
  0x23, 0x24, 0x25, 0x2a, 0x2c, 0x30, 0x31, 0x3f, 0x7f, 0x80, 0x81, 0x82, 0x84, 0x89, 0xa0, 0xff,
];

function mutate(seed: Buffer, next: () => number): Buffer {
  let bytes = Buffer.from(seed);
  const pick = () => INTERESTING[Math.floor(next() * INTERESTING.length)] as number;
  for (let count = 1 + Math.floor(next() * 4); count > 0; count -= 1) {
    const at = Math.floor(next() * bytes.length);
    const kind = next();
    if (kind < 0.5) bytes[at] = pick();
    else if (kind < 0.7) bytes[at] = Math.floor(next() * 256);
    else if (kind < 0.85) bytes = bytes.subarray(0, at);
    else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([pick(), 0]), bytes.subarray(at)]);
  }
  return bytes;
}

/** What a reader makes of the bytes: the element's extent and shape, or its refusal. */
function outcome(read: () => string): string {
  try {
    return read();
  } catch (error) {
    if (error instanceof CmsFormatError) return `refused: ${String(error.params.reason)}`;
    return `thrown: ${(error as Error).message}`;
  }
}

const asn1jsShape = (block: BerBlock, base: number): string =>
  `${block.idBlock.tagClass}.${block.idBlock.tagNumber}${block.idBlock.isConstructed ? 'c' : ''}@${
    block.valueBeforeDecodeView.byteOffset - base
  }+${block.blockLength}[${childrenOf(block)
    .map((child) => asn1jsShape(child, base))
    .join(',')}]`;

const nodeShape = (node: BerNode): string =>
  `${node.tagClass}.${node.tagNumber}${node.constructed ? 'c' : ''}@${node.start}+${node.end - node.start}[${(node.constructed
    ? node.children
    : []
  )
    .map(nodeShape)
    .join(',')}]`;

function viaAsn1js(bytes: Buffer): string {
  return outcome(() => {
    const { block, end } = readBerElement(new Uint8Array(bytes));
    const read = block as BerBlock;
    return `${end} ${asn1jsShape(read, read.valueBeforeDecodeView.byteOffset)}`;
  });
}

const viaNodes = (bytes: Buffer): string =>
  outcome(() => {
    const { node, end } = readBerNode(bytes);
    return `${end} ${nodeShape(node)}`;
  });

describe('readBerNode against asn1js', () => {
  const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const certificate = createSelfSignedCertificate(
    { name: 'Reader', organisation: 'Assay Test', email: 'r@example.org' },
    keys,
    { notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2030-01-01T00:00:00Z') },
  );
  // A streamed (BER) structure: indefinite lengths, a segmented OCTET STRING, times, strings.
  const streamed = hex(
    `30 80 06 09 2a 86 48 86 f7 0d 01 07 02 a0 80 30 80 02 01 01 31 00 30 80 06 09 2a 86 48 86 f7 0d 01 07 01
     a0 80 24 80 04 02 aa bb 04 01 cc 00 00 00 00 00 00 17 0d 32 35 30 31 30 31 30 30 30 30 30 30 5a
     18 0f 32 30 32 35 30 31 30 31 30 30 30 30 30 30 5a 0c 02 41 42 1e 02 00 41 03 03 00 30 00 00 00 00 00 00 00`,
  );

  it.each([
    ['a DER certificate', certificate],
    ['a streamed BER structure', streamed],
  ])('accepts and refuses exactly what asn1js does, with the same reasons (%s, mutated)', (_what, seed) => {
    const next = random(seed.length);
    const differences: string[] = [];
    for (let round = 0; round < 3000; round += 1) {
      const bytes = mutate(seed, next);
      if (bytes.length === 0) continue;
      const [expected, actual] = [viaAsn1js(bytes), viaNodes(bytes)];
      if (expected !== actual)
        differences.push(`${bytes.toString('hex')}\n  asn1js ${expected}\n  nodes  ${actual}`);
    }
    expect(differences.slice(0, 3)).toEqual([]);
    expect(viaNodes(seed)).toBe(viaAsn1js(seed));
  });

  it('agrees with asn1js on every identifier octet, in every length form, alone and inside a SEQUENCE', () => {
    const contents = ['', '05 00', '30 80 00 00', '00 00', '31 32 33', '0c 01 41 0c 01 42'].map(hex);
    const forms = [
      (tag: number, content: Buffer) => Buffer.concat([Buffer.from([tag, content.length]), content]),
      (tag: number, content: Buffer) => Buffer.concat([Buffer.from([tag, 0x81, content.length]), content]),
      (tag: number, content: Buffer) => Buffer.concat([Buffer.from([tag, content.length + 1]), content]),
      (tag: number, content: Buffer) => Buffer.concat([Buffer.from([tag, 0x80]), content, hex('00 00')]),
    ];
    const wrappers = [
      (inner: Buffer) => inner,
      (inner: Buffer) => Buffer.concat([Buffer.from([0x30, inner.length + 2]), inner, hex('05 00')]),
      (inner: Buffer) => Buffer.concat([hex('30 80'), inner, hex('00 00')]),
    ];
    const differences: string[] = [];
    for (let tag = 0; tag < 256; tag += 1)
      for (const content of contents)
        for (const form of forms)
          for (const wrap of wrappers) {
            const bytes = wrap(form(tag, content));
            if (viaAsn1js(bytes) !== viaNodes(bytes)) differences.push(bytes.toString('hex'));
          }
    expect(differences.slice(0, 5)).toEqual([]);
  });
});
