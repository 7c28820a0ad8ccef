import { deflateSync } from 'node:zlib';
import { pdfTextString, serializePdfValue } from '../../assessments/signing/pdfSerialize';
import { embeddedFileSpecs } from '../../assessments/verify/pdf/embeddedFiles';
import { listPages } from '../../assessments/verify/pdf/pageTree';
import { Budget, dictOf, isRef, type PdfDict, type PdfValue } from '../../assessments/verify/pdf/pdfValues';
import { readRevisions } from '../../assessments/verify/pdf/revisions';
import { RevisionView } from '../../assessments/verify/pdf/revisionView';

/** One object an update writes: its number and what goes between `N 0 obj` and `endobj`. */
export interface UpdateObject {
  num: number;
  body: string | Buffer;
}

export interface UpdateOptions {
  /** Objects the update frees. */
  free?: number[];
  /** Trailer entries to set (serialized PDF), e.g. { Info: '12 0 R' }. */
  trailer?: Record<string, string>;
  /** Write the objects and nothing else: no cross-reference, trailer or %%EOF. */
  withoutXref?: boolean;
}

/** The newest revision of a file, read through its cross-reference, for building an update on it. */
export function latestView(pdf: Buffer): RevisionView {
  const budget = new Budget(1e9, 1e9);
  const report = readRevisions(pdf, budget);
  return new RevisionView(pdf, report, report.revisions.length - 1, budget);
}

/** A parsed dictionary with some entries replaced (undefined removes one), written back as PDF. */
export function editDict(dict: PdfDict, changes: Record<string, PdfValue | string | undefined>): string {
  const raw = new Map<string, string>();
  for (const [key, value] of dict.entries) raw.set(key, serializePdfValue(value));
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) raw.delete(key);
    else raw.set(key, typeof value === 'string' ? value : serializePdfValue(value));
  }
  return `<<${[...raw].map(([key, value]) => `/${key} ${value}`).join(' ')}>>`;
}

/** A stream object body with `data` Flate-compressed. */
export function streamBody(data: Buffer | string, dict = ''): Buffer {
  const packed = deflateSync(typeof data === 'string' ? Buffer.from(data, 'latin1') : data);
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`, 'latin1'),
    packed,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

/** The first object number no revision uses. */
export function nextObjectNumber(view: RevisionView): number {
  const size = view.trailer.entries.get('Size');
  return Math.max(typeof size === 'number' ? size : 0, ...[...view.objectNumbers()].map((num) => num + 1));
}

/** Appends an incremental update (a classic xref table whose /Prev is the last startxref). */
export function appendUpdate(pdf: Buffer, objects: UpdateObject[], options: UpdateOptions = {}): Buffer {
  const view = latestView(pdf);
  const parts: Buffer[] = [pdf, Buffer.from('\n', 'latin1')];
  let at = pdf.length + 1;
  const offsets = new Map<number, number | null>();
  for (const { num, body } of objects) {
    const chunk = Buffer.concat([
      Buffer.from(`${num} 0 obj\n`, 'latin1'),
      Buffer.from(body),
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    offsets.set(num, at);
    parts.push(chunk);
    at += chunk.length;
  }
  if (options.withoutXref) return Buffer.concat(parts);
  for (const num of options.free ?? []) offsets.set(num, null);
  const nums = [...offsets.keys()].sort((a, b) => a - b);
  let table = 'xref\n';
  for (let i = 0; i < nums.length;) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === (nums[j] as number) + 1) j += 1;
    table += `${nums[i]} ${j - i + 1}\n`;
    for (const num of nums.slice(i, j + 1)) {
      const offset = offsets.get(num);
      table += offset === null ? '0000000000 00001 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
    }
    i = j + 1;
  }
  const trailer = new Map<string, string>();
  for (const key of ['Root', 'Info', 'ID']) {
    const value = view.trailer.entries.get(key);
    if (value !== undefined) trailer.set(key, serializePdfValue(value));
  }
  trailer.set('Size', String(Math.max(nextObjectNumber(view), ...nums.map((num) => num + 1))));
  trailer.set('Prev', String(view.revision.xrefOffset));
  for (const [key, value] of Object.entries(options.trailer ?? {})) trailer.set(key, value);
  const trailerText = `<<${[...trailer].map(([key, value]) => ` /${key} ${value}`).join('')} >>`;
  parts.push(Buffer.from(`${table}trailer\n${trailerText}\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

function page(view: RevisionView, index: number) {
  const found = listPages(view, view.catalog())[index];
  if (!found?.ref) throw new Error(`no page ${index + 1}`);
  return found;
}

/** Draws "Recommendation: APPROVE" over page `index`, as a forger would: new content and font. */
export function overlayPage(pdf: Buffer, index = 0, text = 'Recommendation: APPROVE'): Buffer {
  const view = latestView(pdf);
  const target = page(view, index);
  const next = nextObjectNumber(view);
  const [contentNum, fontNum] = [next, next + 1];
  const resources = dictOf(view.resolve(target.dict.entries.get('Resources')));
  const fonts = dictOf(view.resolve(resources?.entries.get('Font')));
  const newFonts = editDict(fonts ?? { kind: 'dict', entries: new Map(), start: 0, end: 0 }, {
    FX: `${fontNum} 0 R`,
  });
  const newResources = editDict(resources ?? { kind: 'dict', entries: new Map(), start: 0, end: 0 }, {
    Font: newFonts,
  });
  const contents = target.dict.entries.get('Contents');
  const old = contents === undefined ? '' : serializePdfValue(contents);
  return appendUpdate(pdf, [
    {
      num: contentNum,
      body: streamBody(`q 1 1 1 rg 40 700 500 60 re f Q BT /FX 24 Tf 50 720 Td ${pdfTextString(text)} Tj ET`),
    },
    { num: fontNum, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
    {
      num: target.ref?.num ?? 0,
      body: editDict(target.dict, { Contents: `[${old} ${contentNum} 0 R]`, Resources: newResources }),
    },
  ]);
}

/** Adds a FreeText or Square annotation to page `index`. */
export function addAnnotation(pdf: Buffer, index = 0, subtype: 'FreeText' | 'Square' = 'FreeText'): Buffer {
  const view = latestView(pdf);
  const target = page(view, index);
  const num = nextObjectNumber(view);
  const annots = view.resolve(target.dict.entries.get('Annots'));
  const items =
    annots && typeof annots === 'object' && annots.kind === 'array'
      ? annots.items.map(serializePdfValue)
      : [];
  const extra =
    subtype === 'FreeText'
      ? `/Contents ${pdfTextString('Recommendation: APPROVE')} /DA (/Helv 18 Tf 1 0 0 rg)`
      : '/C [1 0 0]';
  return appendUpdate(pdf, [
    {
      num,
      body: `<< /Type /Annot /Subtype /${subtype} /Rect [40 700 540 760] /F 4 /P ${target.ref?.num} 0 R ${extra} >>`,
    },
    {
      num: target.ref?.num ?? 0,
      body: editDict(target.dict, { Annots: `[${[...items, `${num} 0 R`].join(' ')}]` }),
    },
  ]);
}

/** Replaces the data of the embedded file `name` in place (same object number, new stream). */
export function swapEmbeddedFile(pdf: Buffer, name: string, data: Buffer): Buffer {
  const view = latestView(pdf);
  const spec = embeddedFileSpecs(view).find((entry) => entry.name === name)?.spec;
  const ef = dictOf(view.resolve(spec?.entries.get('EF')));
  const ref = ef?.entries.get('F');
  if (!isRef(ref)) throw new Error(`no embedded ${name}`);
  return appendUpdate(pdf, [
    {
      num: ref.num,
      body: streamBody(
        data,
        `/Type /EmbeddedFile /Subtype /application#2Fjson /Params << /Size ${data.length} >>`,
      ),
    },
  ]);
}

/** Takes page `index` out of the page tree (rewrites the root /Pages node). */
export function removePage(pdf: Buffer, index: number): Buffer {
  const view = latestView(pdf);
  const target = page(view, index);
  const pagesRef = view.catalog()?.entries.get('Pages');
  const pages = dictOf(view.resolve(pagesRef));
  const kids = pages ? view.resolve(pages.entries.get('Kids')) : undefined;
  if (!isRef(pagesRef) || !pages || !kids || typeof kids !== 'object' || kids.kind !== 'array')
    throw new Error('no page tree');
  const left = kids.items.filter((kid) => !(isRef(kid) && kid.num === target.ref?.num));
  return appendUpdate(pdf, [
    {
      num: pagesRef.num,
      body: editDict(pages, {
        Kids: `[${left.map(serializePdfValue).join(' ')}]`,
        Count: String(left.length),
      }),
    },
  ]);
}

/** Rewrites the document information with a new /ModDate and /Producer and nothing else. */
export function touchInfo(pdf: Buffer, changes: Record<string, string> = {}): Buffer {
  const view = latestView(pdf);
  const ref = view.trailer.entries.get('Info');
  const info = dictOf(view.resolve(ref));
  if (!isRef(ref) || !info) throw new Error('no /Info');
  const values = { ModDate: '(D:20260301120000Z)', Producer: '(Some PDF tool 1.0)', ...changes };
  return appendUpdate(pdf, [{ num: ref.num, body: editDict(info, values) }]);
}

/** Adds validation data: a DSS with one certificate stream, one CRL stream and a VRI entry. */
export function addDss(pdf: Buffer, certificate: Buffer = Buffer.from('30820100', 'hex')): Buffer {
  const view = latestView(pdf);
  const rootRef = view.trailer.entries.get('Root');
  const catalog = view.catalog();
  if (!isRef(rootRef) || !catalog) throw new Error('no catalog');
  const next = nextObjectNumber(view);
  const [dss, cert, crl, vri] = [next, next + 1, next + 2, next + 3];
  return appendUpdate(pdf, [
    { num: dss, body: `<< /Type /DSS /Certs [${cert} 0 R] /CRLs [${crl} 0 R] /VRI ${vri} 0 R >>` },
    { num: cert, body: streamBody(certificate) },
    { num: crl, body: streamBody(Buffer.from('30820200', 'hex')) },
    { num: vri, body: `<< /${'A'.repeat(40)} << /Type /VRI /Cert [${cert} 0 R] >> >>` },
    { num: rootRef.num, body: editDict(catalog, { DSS: `${dss} 0 R` }) },
  ]);
}

/** Replaces the catalog's XMP metadata stream (same object number) with `edit` of its text. */
export function rewriteMetadata(pdf: Buffer, edit: (xml: string) => string): Buffer {
  const view = latestView(pdf);
  const ref = view.catalog()?.entries.get('Metadata');
  const stream = view.resolve(ref);
  if (!isRef(ref) || !stream || typeof stream !== 'object' || stream.kind !== 'stream')
    throw new Error('no XMP');
  const xml = edit(view.decode(stream).toString('utf8'));
  const data = Buffer.from(xml, 'utf8');
  const body = Buffer.concat([
    Buffer.from(
      `${editDict(stream.dict, { Length: String(data.length), Filter: undefined })}\nstream\n`,
      'latin1',
    ),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);
  return appendUpdate(pdf, [{ num: ref.num, body }]);
}

/**
 * Adds a signature field (merged with its widget at `rect` on page `index`) whose /V is an object with
 * `value` as its body, listed in the form and the page's /Annots: the shape of a later signature or
 * document timestamp, with whatever value a test needs.
 */
export function addSignatureField(pdf: Buffer, value: string, index = 0, rect = '0 0 0 0'): Buffer {
  const view = latestView(pdf);
  const target = page(view, index);
  const rootRef = view.trailer.entries.get('Root');
  const catalog = view.catalog();
  if (!isRef(rootRef) || !catalog) throw new Error('no catalog');
  const next = nextObjectNumber(view);
  const [valueNum, fieldNum, apNum] = [next, next + 1, next + 2];
  const annots = view.resolve(target.dict.entries.get('Annots'));
  const items =
    annots && typeof annots === 'object' && annots.kind === 'array'
      ? annots.items.map(serializePdfValue)
      : [];
  const form = dictOf(view.resolve(catalog.entries.get('AcroForm')));
  const fields = form ? view.resolve(form.entries.get('Fields')) : undefined;
  const fieldItems =
    fields && typeof fields === 'object' && fields.kind === 'array'
      ? fields.items.map(serializePdfValue)
      : [];
  const newForm = editDict(form ?? { kind: 'dict', entries: new Map(), start: 0, end: 0 }, {
    Fields: `[${[...fieldItems, `${fieldNum} 0 R`].join(' ')}]`,
    SigFlags: '3',
  });
  return appendUpdate(pdf, [
    { num: valueNum, body: value },
    {
      num: fieldNum,
      body: `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Later${fieldNum}) /V ${valueNum} 0 R /P ${target.ref?.num} 0 R /Rect [${rect}] /F 132 /AP << /N ${apNum} 0 R >> >>`,
    },
    {
      num: apNum,
      body: '<< /Type /XObject /Subtype /Form /BBox [0 0 0 0] /Length 0 >>\nstream\n\nendstream',
    },
    {
      num: target.ref?.num ?? 0,
      body: editDict(target.dict, { Annots: `[${[...items, `${fieldNum} 0 R`].join(' ')}]` }),
    },
    { num: rootRef.num, body: editDict(catalog, { AcroForm: newForm }) },
  ]);
}
