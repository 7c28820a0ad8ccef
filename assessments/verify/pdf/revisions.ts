import { objectHeaderAt } from './indirectObject';
import { isWhitespace } from './pdfLexer';
import { PdfFormatError, type Budget, type PdfDict } from './pdfValues';
import { findStrayDefinitions } from './strayDefinitions';
import { readXrefSection, type XrefEntry, type XrefSection } from './xrefSection';

export type { XrefEntry } from './xrefSection';

export interface PdfRevision {
  /** 0-based, oldest first. */
  index: number;
  /** The startxref (or /Prev) value that led here. */
  xrefOffset: number;
  /** Offset just past this revision's %%EOF and its end of line: the file's length as of this revision. */
  end: number;
  /**
   * Offset just past the %%EOF itself. The end of line after it may be the next update's first
   * byte (signers such as @signpdf strip it before signing), so the revision's bytes as signed end
   * here or at `end`.
   */
  markerEnd: number;
  kind: 'table' | 'stream' | 'hybrid';
  trailer: PdfDict;
  /** This section's own entries (a hybrid's /XRefStm entries included). */
  entries: Map<number, XrefEntry>;
}

export interface RevisionReport {
  revisions: PdfRevision[];
  /** Objects defined in the file ("N G obj") that no revision's cross-reference reaches. */
  unreachable: { num: number; gen: number; offset: number }[];
  /** Where every %%EOF marker in the file starts. */
  eofMarkers: number[];
  /** %%EOF markers that end no revision and lie inside no object: an update with no cross-reference. */
  strayEofMarkers: number[];
  /** Bytes after the newest revision's end (0 when they are only whitespace padding). */
  trailingBytes: number;
}

/** More cross-reference sections than this is no real document's history. */
export const MAX_SECTIONS = 1000;

interface LocatedSection extends XrefSection {
  /** Where the %%EOF that closes the section starts, and the end of its line (null: none follows). */
  eofAt: number | null;
  eofEnd: number | null;
}

const NO_EOF = { eofAt: null, eofEnd: null };

/**
 * `startxref N %%EOF` right after a section, as every writer puts it. Only a linearized file's
 * first-page section may lack it (its revision ends where the main section's does).
 */
function closingEof(bytes: Buffer, section: XrefSection): { eofAt: number | null; eofEnd: number | null } {
  let p = section.end;
  const skip = () => {
    while (isWhitespace(bytes[p])) p += 1;
  };
  skip();
  if (bytes.toString('latin1', p, p + 9) === 'startxref') {
    p += 9;
    skip();
    while (bytes[p] !== undefined && (bytes[p] as number) >= 0x30 && (bytes[p] as number) <= 0x39) p += 1;
    skip();
  }
  if (bytes.toString('latin1', p, p + 5) !== '%%EOF') return NO_EOF;
  const eofAt = p;
  p += 5;
  if (bytes[p] === 0x0d) p += 1;
  if (bytes[p] === 0x0a) p += 1;
  return { eofAt, eofEnd: p };
}

/** The value of the last `startxref` in the file: where a reader starts. */
function lastStartxref(bytes: Buffer, budget: Budget): number {
  const at = bytes.lastIndexOf('startxref', bytes.length, 'latin1');
  budget.chargeBytes(at < 0 ? bytes.length : bytes.length - at);
  if (at < 0) throw new PdfFormatError('the file has no startxref');
  const match = /^\s*(\d{1,12})/.exec(bytes.toString('latin1', at + 9, at + 40));
  const offset = match ? Number(match[1]) : NaN;
  if (!(offset >= 0 && offset < bytes.length))
    throw new PdfFormatError(`the last startxref (at byte ${at}) points outside the file`);
  return offset;
}

/** Sections newest first, following /Prev from the last startxref, with loops and absurd chains refused. */
function sectionChain(bytes: Buffer, budget: Budget): LocatedSection[] {
  const chain: LocatedSection[] = [];
  const seen = new Set<number>();
  let offset: number | undefined = lastStartxref(bytes, budget);
  while (offset !== undefined) {
    if (seen.has(offset))
      throw new PdfFormatError(`the /Prev chain of cross-reference sections loops back to byte ${offset}`);
    if (chain.length >= MAX_SECTIONS)
      throw new PdfFormatError(`more than ${MAX_SECTIONS} cross-reference sections`);
    seen.add(offset);
    const section = readXrefSection(bytes, offset, budget);
    chain.push({ ...section, ...closingEof(bytes, section) });
    const prev = section.trailer.entries.get('Prev');
    if (
      prev !== undefined &&
      (typeof prev !== 'number' || !Number.isInteger(prev) || prev < 0 || prev >= bytes.length)
    )
      throw new PdfFormatError(`the trailer of the section at byte ${offset} has a /Prev outside the file`);
    offset = prev;
  }
  return chain;
}

/** A linearized file's first object is its linearization dictionary. */
function isLinearized(bytes: Buffer, budget: Budget): boolean {
  const head = bytes.toString('latin1', 0, 1024);
  const at = /\d+\s+\d+\s+obj/.exec(head);
  if (!at) return false;
  const header = objectHeaderAt(bytes, at.index, budget);
  return (
    header !== undefined &&
    /^\s*<<[^>]*\/Linearized/.test(bytes.toString('latin1', header.valueStart, header.valueStart + 256))
  );
}

/**
 * Groups sections into revisions, oldest first. A section that lies before the older section it
 * points to is a linearized file's first-page section: it and that section are one revision.
 */
function groupRevisions(chain: LocatedSection[], linearized: boolean): { sections: LocatedSection[] }[] {
  const oldestFirst = [...chain].reverse();
  const groups: { sections: LocatedSection[]; end: number }[] = [];
  for (const section of oldestFirst) {
    const last = groups[groups.length - 1];
    if (last && (section.eofEnd ?? section.end) <= last.end) {
      if (!linearized || groups.length > 1 || last.sections.length > 1)
        throw new PdfFormatError(
          `the cross-reference section at byte ${section.offset} lies before the older section it points to`,
        );
      last.sections.push(section);
      continue;
    }
    if (last && section.offset < last.end)
      throw new PdfFormatError(
        `the cross-reference section at byte ${section.offset} starts inside the revision before it`,
      );
    if (section.eofEnd === null)
      throw new PdfFormatError(
        `the cross-reference section at byte ${section.offset} is not followed by startxref and %%EOF`,
      );
    groups.push({ sections: [section], end: section.eofEnd });
  }
  return groups;
}

function toRevision(index: number, sections: LocatedSection[]): PdfRevision {
  // The newest section of a group is the one a reader arrives at; its entries win.
  const newest = sections[sections.length - 1] as LocatedSection;
  const last = sections.reduce((a, b) => ((a.eofEnd ?? 0) >= (b.eofEnd ?? 0) ? a : b));
  const entries = new Map<number, XrefEntry>();
  for (const section of sections) for (const [num, entry] of section.entries) entries.set(num, entry);
  return {
    index,
    xrefOffset: newest.offset,
    end: last.eofEnd ?? 0,
    markerEnd: (last.eofAt ?? 0) + 5,
    kind: newest.kind,
    trailer: newest.trailer,
    entries,
  };
}

/** Every in-use entry points at the definition of that very object, inside its revision's bytes. */
function verifyEntries(bytes: Buffer, revisions: PdfRevision[], budget: Budget): void {
  const defined = new Set<number>();
  for (const revision of revisions) {
    for (const [num, entry] of revision.entries) {
      if (entry.kind === 'offset') defined.add(num);
    }
    for (const [num, entry] of revision.entries) {
      const where = `the cross-reference of revision ${revision.index} (section at byte ${revision.xrefOffset})`;
      if (entry.kind === 'compressed') {
        if (!defined.has(entry.stream ?? -1))
          throw new PdfFormatError(
            `${where} puts object ${num} in object stream ${entry.stream}, which no revision up to it defines`,
          );
        continue;
      }
      if (entry.kind !== 'offset' || num === 0) continue;
      const offset = entry.offset ?? -1;
      const gen = entry.gen ?? 0;
      const head = offset >= 0 && offset < revision.end ? objectHeaderAt(bytes, offset, budget) : undefined;
      if (!head || head.num !== num || head.gen !== gen) {
        const found = head ? `object ${head.num} ${head.gen} is defined` : 'no object is defined';
        throw new PdfFormatError(`${where} gives object ${num} ${gen} at byte ${offset}, where ${found}`);
      }
    }
  }
}

/**
 * Reads the file's history: the chain of cross-reference sections from the last startxref, one
 * revision per incremental update, each checked against the bytes (entries point at their objects,
 * each section ends with its own %%EOF). Definitions and %%EOF markers that no revision explains,
 * and bytes after the last one, are reported: they are what an update written without a
 * cross-reference leaves. Throws a PdfFormatError naming what is broken when there is no
 * consistent chain.
 */
export function readRevisions(bytes: Buffer, budget: Budget): RevisionReport {
  const chain = sectionChain(bytes, budget);
  const groups = groupRevisions(chain, chain.length > 1 && isLinearized(bytes, budget));
  const revisions = groups.map((group, index) => toRevision(index, group.sections));
  const newest = revisions[revisions.length - 1] as PdfRevision;
  if (!newest.trailer.entries.has('Root'))
    throw new PdfFormatError(`the newest trailer (section at byte ${newest.xrefOffset}) names no /Root`);
  if (revisions.some((revision) => revision.trailer.entries.has('Encrypt')))
    throw new PdfFormatError('the file is encrypted; encrypted reports are not verified');
  verifyEntries(bytes, revisions, budget);
  const stray = findStrayDefinitions(bytes, revisions, chain, budget);
  const tail = bytes.subarray(newest.end);
  budget.chargeBytes(tail.length);
  return {
    revisions,
    ...stray,
    trailingBytes: tail.every((byte) => isWhitespace(byte)) ? 0 : tail.length,
  };
}

/**
 * The revision whose bytes end at `end` (a signature's signed length, c + d of its /ByteRange):
 * just past its %%EOF, with or without the end of line after it. Undefined when none does.
 */
export function revisionEndingAt(report: RevisionReport, end: number): number | undefined {
  return report.revisions.find((revision) => end >= revision.markerEnd && end <= revision.end)?.index;
}
