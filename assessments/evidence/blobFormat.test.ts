import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ChunkSplitter,
  deriveBlobKeys,
  newBoundHeader,
  openChunk,
  sealChunk,
  ThreadPoolSealer,
  type PlainChunk,
} from './blobFormat';

const CHUNK = 1024;

function split(reads: Buffer[]): PlainChunk[] {
  const splitter = new ChunkSplitter(CHUNK);
  return [...reads.flatMap((read) => splitter.push(read)), splitter.finish()];
}

describe('ChunkSplitter', () => {
  it('cuts reads of any size into full chunks and one final remainder, in order', () => {
    const data = randomBytes(5 * CHUNK + 300);
    const reads = [
      data.subarray(0, 700),
      data.subarray(700, 700 + 2 * CHUNK),
      data.subarray(700 + 2 * CHUNK),
    ];
    const chunks = split(reads);
    expect(chunks.map((c) => [c.index, c.final, c.plain.length])).toEqual([
      [0, false, CHUNK],
      [1, false, CHUNK],
      [2, false, CHUNK],
      [3, false, CHUNK],
      [4, false, CHUNK],
      [5, true, 300],
    ]);
    expect(Buffer.concat(chunks.map((c) => c.plain))).toEqual(data);
  });

  it('holds back an exact multiple so the last full chunk is the final one', () => {
    const chunks = split([randomBytes(2 * CHUNK)]);
    expect(chunks.map((c) => [c.final, c.plain.length])).toEqual([
      [false, CHUNK],
      [true, CHUNK],
    ]);
  });

  it('gives one empty final chunk for an empty stream', () => {
    expect(split([]).map((c) => [c.index, c.final, c.plain.length])).toEqual([[0, true, 0]]);
  });
});

describe('ThreadPoolSealer', () => {
  it('produces byte-for-byte what sealChunk produces, and openChunk opens it', async () => {
    const bound = newBoundHeader(CHUNK);
    const keys = deriveBlobKeys(randomBytes(32), bound);
    const sealer = new ThreadPoolSealer(keys, bound);
    for (const chunk of split([randomBytes(3 * CHUNK + 17)])) {
      const sealed = await sealer.seal(chunk);
      expect(sealed).toEqual(sealChunk(keys, bound, chunk.index, chunk.final, chunk.plain));
      expect(openChunk(keys, bound, chunk.index, chunk.final, sealed)).toEqual(chunk.plain);
      expect(openChunk(keys, bound, chunk.index + 1, chunk.final, sealed)).toBeNull();
    }
  });
});
