import type { PdfValue } from '../verify/pdf/pdfValues';

const REGULAR_NAME_CHAR = /^[!-~]$/;

function serializeName(name: string): string {
  let out = '/';
  for (const char of Buffer.from(name, 'latin1')) {
    const c = String.fromCharCode(char);
    out +=
      REGULAR_NAME_CHAR.test(c) && !'()<>[]{}/%#'.includes(c) ? c : `#${char.toString(16).padStart(2, '0')}`;
  }
  return out;
}

function serializeNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}

/** Writes a parsed value back as PDF syntax (strings as hex); streams are never rewritten. */
export function serializePdfValue(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return serializeNumber(value);
  switch (value.kind) {
    case 'name':
      return serializeName(value.name);
    case 'string':
      return `<${value.bytes.toString('hex')}>`;
    case 'ref':
      return `${value.num} ${value.gen} R`;
    case 'array':
      return `[${value.items.map(serializePdfValue).join(' ')}]`;
    case 'dict':
      return `<<${[...value.entries].map(([key, item]) => `${serializeName(key)} ${serializePdfValue(item)}`).join(' ')}>>`;
    case 'stream':
      throw new Error('a stream cannot be rewritten inline');
  }
}

/** A PDF text string: PDFDocEncoding-safe ASCII as is, anything else as UTF-16BE with a BOM. */
export function pdfTextString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  return `<feff${Buffer.from(text, 'utf16le').swap16().toString('hex')}>`;
}
