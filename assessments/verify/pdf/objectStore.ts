import { decodeStream } from './decodeStream';
import { readIndirectObject, type IndirectObject } from './indirectObject';
import { PdfLexer } from './pdfLexer';
import { isRef, PdfFormatError, type Budget, type PdfStream, type PdfValue } from './pdfValues';

interface CachedObject {
  object: IndirectObject;
  /** An indirect /Length and what it resolved to: another revision may resolve it differently. */
  length?: { ref: PdfValue; resolved: PdfValue | undefined };
}

interface ObjectStreamIndex {
  data: Buffer;
  first: number;
  /** (object number, offset after /First) for each object, in order. */
  pairs: [number, number][];
  values: Map<number, PdfValue>;
}

/** Object streams hold at most this many objects (the scanning reader's limit). */
export const MAX_OBJECT_STREAM_OBJECTS = 100_000;

/**
 * Parses objects once for all revisions of a file: definitions by offset, and object streams by
 * container. Revisions share what did not change between them, so comparing them costs little.
 */
export class ObjectStore {
  private readonly byOffset = new Map<number, CachedObject>();
  private readonly objectStreams = new WeakMap<PdfStream, ObjectStreamIndex>();

  constructor(
    readonly bytes: Buffer,
    readonly budget: Budget,
  ) {}

  /** The object defined at `offset`; `resolveLength` resolves an indirect /Length as of the reader's revision. */
  read(offset: number, resolveLength: (value: PdfValue | undefined) => PdfValue | undefined): IndirectObject {
    const cached = this.byOffset.get(offset);
    if (cached && (!cached.length || resolveLength(cached.length.ref) === cached.length.resolved))
      return cached.object;
    let length: CachedObject['length'];
    const object = readIndirectObject(this.bytes, offset, this.budget, (value) => {
      if (!isRef(value)) return value;
      length = { ref: value, resolved: resolveLength(value) };
      return length.resolved;
    });
    this.byOffset.set(offset, { object, length });
    return object;
  }

  private index(container: PdfStream, containerNum: number): ObjectStreamIndex {
    const known = this.objectStreams.get(container);
    if (known) return known;
    const count = container.dict.entries.get('N');
    const first = container.dict.entries.get('First');
    if (
      typeof count !== 'number' ||
      typeof first !== 'number' ||
      !Number.isInteger(count) ||
      !Number.isInteger(first) ||
      count < 0 ||
      count > MAX_OBJECT_STREAM_OBJECTS ||
      first < 0
    )
      throw new PdfFormatError(`object stream ${containerNum} has no valid /N and /First`);
    const data = decodeStream(container, this.budget);
    const header = new PdfLexer(data, 0, this.budget, Math.min(first, data.length));
    const pairs: [number, number][] = [];
    for (let i = 0; i < count; i += 1) {
      const num = header.value();
      const at = header.value();
      if (typeof num !== 'number' || typeof at !== 'number')
        throw new PdfFormatError(`object stream ${containerNum} has a bad header`);
      pairs.push([num, at]);
    }
    const index = { data, first, pairs, values: new Map<number, PdfValue>() };
    this.objectStreams.set(container, index);
    return index;
  }

  /** Object `num`, stored as the `position`-th object of the object stream `container`. */
  compressed(container: PdfStream, containerNum: number, position: number, num: number): PdfValue {
    const index = this.index(container, containerNum);
    const known = index.values.get(position);
    if (known !== undefined) return known;
    const pair = index.pairs[position];
    if (!pair || pair[0] !== num)
      throw new PdfFormatError(
        `object stream ${containerNum} does not hold object ${num} at position ${position}`,
      );
    const at = index.first + pair[1];
    if (at >= index.data.length)
      throw new PdfFormatError(`object ${num} lies outside its object stream ${containerNum}`);
    const value = new PdfLexer(index.data, at, this.budget).value();
    index.values.set(position, value);
    return value;
  }
}
