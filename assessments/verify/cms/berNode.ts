export const TAG_CLASS = { universal: 1, application: 2, context: 3, private: 4 } as const;

/** One element: its identifier, where its bytes are, and the elements inside it (BER end-of-contents markers left out). */
export class BerNode {
  constructor(
    /** The buffer the element was read from; `start`/`end` index into it. */
    readonly buffer: Buffer,
    readonly start: number,
    readonly contentStart: number,
    readonly end: number,
    /** 1 universal, 2 application, 3 context-specific, 4 private (as asn1js numbers them). */
    readonly tagClass: number,
    /** -1 for a tag number too long to decode (asn1js's "hex only" tags). */
    readonly tagNumber: number,
    readonly constructed: boolean,
    readonly indefinite: boolean,
    /** The elements inside, end-of-contents markers left out (for a SEQUENCE or SET even in primitive form, which asn1js reads the same way). */
    readonly children: readonly BerNode[],
    /** The elements as asn1js keeps them: a marker inside a definite length stays (only crafted input has one). */
    readonly elements: readonly BerNode[] = children,
  ) {}

  /** The element's own encoding, exactly as it was read (tag, length and content). */
  raw(): Buffer {
    return this.buffer.subarray(this.start, this.end);
  }

  /** The content octets as read (for a constructed element, its encoded elements). */
  content(): Buffer {
    return this.buffer.subarray(this.contentStart, this.end);
  }

  is(tagClass: number, tagNumber: number): boolean {
    return this.tagClass === tagClass && this.tagNumber === tagNumber;
  }
}

export const isBerNode = (value: unknown): value is BerNode => value instanceof BerNode;
