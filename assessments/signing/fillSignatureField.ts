import { formatPdfDate } from '../verify/pdfDate';
import { decodeTextString } from '../verify/pdf/embeddedFiles';
import {
  dictOf,
  isArray,
  isName,
  isRef,
  isString,
  type PdfDict,
  type PdfRef,
  type PdfValue,
} from '../verify/pdf/pdfValues';
import { writeIncrementalUpdate, type UpdatedObject } from './incrementalUpdate';
import { readNewestRevision, type NewestRevision } from './newestRevision';
import { pdfTextString, serializePdfValue } from './pdfSerialize';
import { BYTE_RANGE_PLACEHOLDER } from './signatureUpdate';
import { APPEARANCE_FONT } from './conclusionAppearance';

export type SignatureFieldProblem = 'no-such-field' | 'already-signed' | 'not-fillable';

/** Why a signature cannot go into the named field; `problem` is stable for callers to branch on. */
export class SignatureFieldError extends Error {
  constructor(
    readonly problem: SignatureFieldProblem,
    readonly fieldName: string,
    message: string,
  ) {
    super(message);
    this.name = 'SignatureFieldError';
  }
}

/** A terminal signature field as of the newest revision, with the widget that shows it. */
export interface SignatureFieldInfo {
  /** Fully qualified name (parent names joined with dots). */
  name: string;
  ref: PdfRef;
  dict: PdfDict;
  /** The field's own dictionary when field and widget are merged, else its first widget kid. */
  widget: { ref: PdfRef; dict: PdfDict } | null;
  signed: boolean;
}

/** Forms deeper or larger than this are not walked: a report has a handful of fields. */
const MAX_DEPTH = 16;
const MAX_FIELDS = 1000;

const refsIn = (base: NewestRevision, value: PdfValue | undefined): PdfRef[] => {
  const list = base.view.resolve(value);
  return isArray(list) ? list.items.filter(isRef) : [];
};

/** Every terminal field of type /Sig (the type may be inherited), in form order. */
export function signatureFields(base: NewestRevision): SignatureFieldInfo[] {
  const { view } = base;
  const form = dictOf(view.get(base.catalog, 'AcroForm'));
  const found: SignatureFieldInfo[] = [];
  const seen = new Set<number>();
  const walk = (ref: PdfRef, parentName: string, parentType: PdfValue | undefined, depth: number) => {
    if (depth > MAX_DEPTH || seen.has(ref.num) || seen.size >= MAX_FIELDS) return;
    seen.add(ref.num);
    const dict = dictOf(view.object(ref.num));
    if (!dict) return;
    const title = dict.entries.get('T');
    const part = isString(title) ? decodeTextString(title.bytes) : '';
    const name = [parentName, part].filter(Boolean).join('.');
    const type = dict.entries.get('FT') ?? parentType;
    const kids = refsIn(base, dict.entries.get('Kids'));
    // A kid with a /T is a child field; one without is a widget of this field.
    const childFields = kids.filter((kid) => dictOf(view.object(kid.num))?.entries.has('T'));
    if (childFields.length > 0) {
      for (const kid of childFields) walk(kid, name, type, depth + 1);
      return;
    }
    if (!isName(type, 'Sig')) return;
    const widgetRef = isName(dict.entries.get('Subtype'), 'Widget') ? ref : kids[0];
    const widgetDict = widgetRef ? dictOf(view.object(widgetRef.num)) : undefined;
    const value = dict.entries.get('V');
    found.push({
      name,
      ref,
      dict,
      widget: widgetRef && widgetDict ? { ref: widgetRef, dict: widgetDict } : null,
      signed: value !== undefined && value !== null,
    });
  };
  for (const ref of refsIn(base, form?.entries.get('Fields'))) walk(ref, '', undefined, 0);
  return found;
}

export interface FillFieldOptions {
  fieldName: string;
  signingTime: Date;
  reason: string;
  location?: string;
  signerName: string;
  /** Bytes reserved for the CMS (written as twice as many hex digits). */
  contentsBytes: number;
  /** The appearance's content stream for a box of this size; it may use /Helv (Helvetica, WinAnsi). */
  appearance: (width: number, height: number) => string;
}

function withEntry(dict: PdfDict, key: string, value: PdfValue): PdfDict {
  const entries = new Map(dict.entries);
  entries.set(key, value);
  return { ...dict, entries };
}

const ref = (num: number): PdfRef => ({ kind: 'ref', num, gen: 0 });

function boxSize(base: NewestRevision, widget: PdfDict): [number, number] {
  const rect = base.view.resolve(widget.entries.get('Rect'));
  const numbers = isArray(rect) ? rect.items.map((item) => base.view.resolve(item)) : [];
  const [x1, y1, x2, y2] = numbers;
  if (typeof x1 !== 'number' || typeof y1 !== 'number' || typeof x2 !== 'number' || typeof y2 !== 'number')
    return [0, 0];
  return [Math.abs(x2 - x1), Math.abs(y2 - y1)];
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The field named `name`, refused unless it exists and is still empty. */
export function requireEmptyField(base: NewestRevision, name: string): SignatureFieldInfo {
  const field = signatureFields(base).find((candidate) => candidate.name === name);
  if (!field)
    throw new SignatureFieldError('no-such-field', name, `the PDF has no signature field "${name}"`);
  if (field.signed)
    throw new SignatureFieldError('already-signed', name, `the signature field "${name}" is already signed`);
  if (!field.widget)
    throw new SignatureFieldError('not-fillable', name, `the signature field "${name}" has no widget`);
  return field;
}

/**
 * Appends one incremental update that signs the existing empty signature field `fieldName`: a new
 * signature dictionary (ByteRange and /Contents placeholders as @signpdf/signpdf fills them), the
 * field with /V pointing to it, and its widget with a new appearance drawn by `appearance`. Nothing
 * else of the field changes (a verifier allows exactly /V and /AP), so the update reads as the
 * field being signed. Built on the newest revision, ending in the same kind of cross-reference.
 */
export function appendSignatureIntoField(pdf: Buffer, options: FillFieldOptions): Buffer {
  const base = readNewestRevision(pdf);
  const field = requireEmptyField(base, options.fieldName);
  const widget = field.widget as NonNullable<SignatureFieldInfo['widget']>;
  const sigNum = base.nextObjectNumber;
  const [apNum, fontNum] = [sigNum + 1, sigNum + 2];
  const [width, height] = boxSize(base, widget.dict).map(round) as [number, number];
  const content = options.appearance(width, height);
  const valueDict = [
    '<<',
    '/Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached',
    BYTE_RANGE_PLACEHOLDER,
    `/Contents <${'0'.repeat(options.contentsBytes * 2)}>`,
    `/M (${formatPdfDate(options.signingTime)})`,
    `/Name ${pdfTextString(options.signerName)}`,
    `/Reason ${pdfTextString(options.reason)}`,
    ...(options.location ? [`/Location ${pdfTextString(options.location)}`] : []),
    '>>',
  ].join('\n');
  const appearance = [
    `<< /Type /XObject /Subtype /Form /BBox [0 0 ${width} ${height}]`,
    `/Resources << /Font << /${APPEARANCE_FONT} ${fontNum} 0 R >> /ProcSet [/PDF /Text] >>`,
    `/Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ].join(' ');
  const apDict: PdfDict = { kind: 'dict', entries: new Map([['N', ref(apNum)]]), start: 0, end: 0 };
  const objects: UpdatedObject[] = [
    { num: sigNum, body: valueDict },
    { num: apNum, body: appearance },
    {
      num: fontNum,
      body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    },
  ];
  const signedField = withEntry(field.dict, 'V', ref(sigNum));
  if (widget.ref.num === field.ref.num)
    objects.push({ num: field.ref.num, body: serializePdfValue(withEntry(signedField, 'AP', apDict)) });
  else
    objects.push(
      { num: field.ref.num, body: serializePdfValue(signedField) },
      { num: widget.ref.num, body: serializePdfValue(withEntry(widget.dict, 'AP', apDict)) },
    );
  objects.push(...sigFlagsUpdate(base));
  return writeIncrementalUpdate(pdf, base, objects);
}

/** /SigFlags 3 (signatures exist, append only) when the form does not say so yet. */
function sigFlagsUpdate(base: NewestRevision): UpdatedObject[] {
  const formValue = base.catalog.entries.get('AcroForm');
  const form = dictOf(base.view.resolve(formValue));
  if (!form || base.view.resolve(form.entries.get('SigFlags')) === 3) return [];
  const updated = withEntry(form, 'SigFlags', 3);
  if (isRef(formValue)) return [{ num: formValue.num, body: serializePdfValue(updated) }];
  return [{ num: base.rootRef.num, body: serializePdfValue(withEntry(base.catalog, 'AcroForm', updated)) }];
}
