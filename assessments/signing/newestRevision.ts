import { listPages } from '../verify/pdf/pageTree';
import { readRevisions } from '../verify/pdf/revisions';
import { RevisionView } from '../verify/pdf/revisionView';
import { Budget, isRef, PdfFormatError, type PdfDict, type PdfRef } from '../verify/pdf/pdfValues';

/**
 * The newest revision of a PDF, read through its own cross-reference (table or stream), which is
 * exactly what an incremental update builds on. The scanning reader would also see definitions no
 * cross-reference reaches, and cannot tell which object stream is current.
 */
export interface NewestRevision {
  view: RevisionView;
  /** The trailer, or the cross-reference stream's dictionary. */
  trailer: PdfDict;
  /** How the newest revision's cross-reference is written; the update writes its own the same way. */
  kind: 'table' | 'stream' | 'hybrid';
  /** Where the newest cross-reference section starts: the update's /Prev. */
  xrefOffset: number;
  /** The first object number no revision uses and no stray definition claims. */
  nextObjectNumber: number;
  rootRef: PdfRef;
  catalog: PdfDict;
}

/** Work limits for reading a file to append to: a report, not a hostile upload, but still bounded. */
const budget = () => new Budget(32_000_000, 256 * 1024 * 1024);

export function readNewestRevision(pdf: Buffer): NewestRevision {
  // An update goes after the last %%EOF; a file that does not end there has bytes no reader follows.
  if (!/startxref\s+\d+\s+%%EOF\s*$/.test(pdf.toString('latin1', Math.max(0, pdf.length - 64))))
    throw new PdfFormatError('the PDF does not end with startxref and %%EOF');
  const report = readRevisions(pdf, budget());
  const index = report.revisions.length - 1;
  const view = new RevisionView(pdf, report, index, budget());
  const { trailer, kind, xrefOffset } = view.revision;
  const rootRef = trailer.entries.get('Root');
  const catalog = view.catalog();
  if (!isRef(rootRef) || !catalog) throw new PdfFormatError('the PDF has no document catalog');
  const size = trailer.entries.get('Size');
  let next = typeof size === 'number' && Number.isInteger(size) && size > 0 ? size : 0;
  for (const revision of report.revisions)
    for (const num of revision.entries.keys()) next = Math.max(next, num + 1);
  for (const { num } of report.unreachable) next = Math.max(next, num + 1);
  return { view, trailer, kind, xrefOffset, nextObjectNumber: next, rootRef, catalog };
}

/** The page at `pageIndex` (0-based) as of the newest revision, with its reference. */
export function pageAt(base: NewestRevision, pageIndex: number): { ref: PdfRef; dict: PdfDict } {
  const pages = listPages(base.view, base.catalog);
  const page = pages[pageIndex];
  if (!page?.ref)
    throw new PdfFormatError(`the PDF has ${pages.length} page(s); there is no page index ${pageIndex}`);
  return { ref: page.ref, dict: page.dict };
}
