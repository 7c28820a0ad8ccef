import { decodeStream } from './decodeStream';
import { ObjectStore } from './objectStore';
import type { PdfObjects } from './pdfObjects';
import {
  BudgetExceededError,
  dictOf,
  isName,
  isRef,
  isStream,
  PdfFormatError,
  type Budget,
  type PdfDict,
  type PdfStream,
  type PdfValue,
} from './pdfValues';
import type { PdfRevision, RevisionReport, XrefEntry } from './revisions';

/**
 * The document as of one revision: each object as the newest cross-reference section up to that
 * revision defines it, compressed objects read from their object stream as of that revision. Later
 * updates, and bytes no cross-reference reaches, are invisible here.
 */
export class RevisionView implements PdfObjects {
  readonly revision: PdfRevision;
  readonly trailer: PdfDict;
  private readonly table = new Map<number, XrefEntry>();
  private readonly values = new Map<number, PdfValue>();
  private readonly reading = new Set<number>();

  constructor(
    readonly bytes: Buffer,
    report: RevisionReport,
    readonly index: number,
    readonly budget: Budget,
    /** Shared by the views of one file, so an object is parsed once for all revisions. */
    readonly store = new ObjectStore(bytes, budget),
  ) {
    const revision = report.revisions[index];
    if (!revision) throw new PdfFormatError(`the file has no revision ${index}`);
    this.revision = revision;
    this.trailer = revision.trailer;
    for (const older of report.revisions.slice(0, index + 1)) {
      budget.check(older.entries.size);
      for (const [num, entry] of older.entries) this.table.set(num, entry);
    }
  }

  /** The cross-reference entry in force for `num` as of this revision. */
  entry(num: number): XrefEntry | undefined {
    return this.table.get(num);
  }

  /** Whether object `num` exists (is in use) as of this revision. */
  has(num: number): boolean {
    const kind = this.table.get(num)?.kind;
    return kind === 'offset' || kind === 'compressed';
  }

  /** The numbers of every object in use as of this revision. */
  *objectNumbers(): Iterable<number> {
    for (const num of this.table.keys()) if (num !== 0 && this.has(num)) yield num;
  }

  /** Object `num` as of this revision; null when it is free or undefined, as PDF reads a dangling reference. */
  object(num: number): PdfValue {
    const known = this.values.get(num);
    if (known !== undefined) return known;
    const entry = this.table.get(num);
    if (!entry || entry.kind === 'free' || num === 0) return null;
    if (this.reading.has(num)) throw new PdfFormatError(`object ${num} contains itself`);
    this.reading.add(num);
    try {
      const value = entry.kind === 'offset' ? this.fromOffset(num, entry) : this.fromObjectStream(num, entry);
      this.values.set(num, value);
      return value;
    } finally {
      this.reading.delete(num);
    }
  }

  /** As `object`, but an unreadable object reads as null: for walks that name things, not judge them. */
  objectOrNull(num: number): PdfValue {
    try {
      return this.object(num);
    } catch (error) {
      if (error instanceof BudgetExceededError || !(error instanceof PdfFormatError)) throw error;
      return null;
    }
  }

  private fromOffset(num: number, entry: XrefEntry): PdfValue {
    // A /Length that refers to the stream being read (or a cycle through it) is unknown, not a loop.
    const resolveLength = (value: PdfValue | undefined) =>
      isRef(value) && this.reading.has(value.num) ? undefined : this.resolve(value);
    const object = this.store.read(entry.offset ?? -1, resolveLength);
    if (object.num !== num)
      throw new PdfFormatError(`the entry of object ${num} points at object ${object.num}`);
    return object.value;
  }

  private fromObjectStream(num: number, entry: XrefEntry): PdfValue {
    const containerNum = entry.stream ?? -1;
    const containerEntry = this.table.get(containerNum);
    const container = containerEntry?.kind === 'offset' ? this.object(containerNum) : null;
    if (!isStream(container) || !isName(container.dict.entries.get('Type'), 'ObjStm'))
      throw new PdfFormatError(`object ${num} is in object ${containerNum}, which is not an object stream`);
    return this.store.compressed(container, containerNum, entry.index ?? -1, num);
  }

  /** Follows references (bounded) to a direct value; a reference of the wrong generation is null. */
  resolve(value: PdfValue | undefined, hops = 0): PdfValue | undefined {
    if (!isRef(value)) return value;
    if (hops > 32) throw new PdfFormatError('reference chain longer than 32 hops');
    const entry = this.table.get(value.num);
    const gen = entry?.kind === 'offset' ? (entry.gen ?? 0) : 0;
    if (gen !== value.gen) return null;
    return this.resolve(this.object(value.num), hops + 1);
  }

  get(dict: PdfDict | undefined, key: string): PdfValue | undefined {
    return dict ? this.resolve(dict.entries.get(key)) : undefined;
  }

  catalog(): PdfDict | undefined {
    return dictOf(this.get(this.trailer, 'Root'));
  }

  decode(stream: PdfStream): Buffer {
    return decodeStream(stream, this.budget, (value) => this.resolve(value));
  }
}

/** One view per revision of a file, sharing their parsed objects. */
export function revisionViews(bytes: Buffer, report: RevisionReport, budget: Budget): RevisionView[] {
  const store = new ObjectStore(bytes, budget);
  return report.revisions.map((revision) => new RevisionView(bytes, report, revision.index, budget, store));
}
