/**
 * Content-based MIME sniffing from the first bytes of a file (the vault keeps the first 4 KiB).
 * The extension is never consulted: evidence arrives renamed, and a name is a claim, not a fact.
 * Pure: no I/O, so a verifier can rerun it on the same bytes and get the same answer.
 */

export const SNIFF_BYTES = 4096;

interface Signature {
  mime: string;
  /** Byte at offset; `null` matches any byte. */
  offset: number;
  bytes: readonly (number | null)[];
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** Exact signatures, most specific first. */
const SIGNATURES: readonly Signature[] = [
  { mime: 'application/pdf', offset: 0, bytes: ascii('%PDF-') },
  { mime: 'image/png', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/jpeg', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/gif', offset: 0, bytes: ascii('GIF87a') },
  { mime: 'image/gif', offset: 0, bytes: ascii('GIF89a') },
  { mime: 'image/webp', offset: 0, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { mime: 'audio/wav', offset: 0, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')] },
  { mime: 'image/tiff', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { mime: 'image/tiff', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { mime: 'application/gzip', offset: 0, bytes: [0x1f, 0x8b] },
  { mime: 'application/x-7z-compressed', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { mime: 'application/vnd.rar', offset: 0, bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { mime: 'video/webm', offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { mime: 'audio/mpeg', offset: 0, bytes: ascii('ID3') },
  { mime: 'audio/ogg', offset: 0, bytes: ascii('OggS') },
  { mime: 'audio/flac', offset: 0, bytes: ascii('fLaC') },
];

/** ISO base media brands (bytes 8..12 after "ftyp" at 4). Unknown brands fall back to video/mp4. */
const FTYP_BRANDS: Readonly<Record<string, string>> = {
  'qt  ': 'video/quicktime',
  'M4A ': 'audio/mp4',
  'M4B ': 'audio/mp4',
  'M4V ': 'video/x-m4v',
  heic: 'image/heic',
  heix: 'image/heic',
  avif: 'image/avif',
};

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

function matches(head: Uint8Array, signature: Signature): boolean {
  if (head.length < signature.offset + signature.bytes.length) return false;
  return signature.bytes.every((byte, i) => byte === null || head[signature.offset + i] === byte);
}

function latin1(head: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...head.subarray(start, Math.min(end, head.length)));
}

function sniffFtyp(head: Uint8Array): string | null {
  if (head.length < 12 || latin1(head, 4, 8) !== 'ftyp') return null;
  return FTYP_BRANDS[latin1(head, 8, 12)] ?? 'video/mp4';
}

/** WebM declares its DocType in the EBML header; anything else with that magic is Matroska. */
function sniffEbml(head: Uint8Array): string | null {
  if (!matches(head, { mime: '', offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] })) return null;
  return latin1(head, 0, 64).includes('webm') ? 'video/webm' : 'video/x-matroska';
}

/**
 * OOXML and ODF are ZIPs whose first local entry gives them away: ODF stores an uncompressed
 * `mimetype` entry first, OOXML usually starts with `[Content_Types].xml`.
 */
function sniffZip(head: Uint8Array): string | null {
  if (!matches(head, { mime: '', offset: 0, bytes: ZIP_LOCAL_HEADER }) || head.length < 30) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const name = latin1(head, 30, 30 + nameLength);
  if (name === 'mimetype') {
    const dataStart = 30 + nameLength + extraLength;
    const declared = latin1(head, dataStart, dataStart + view.getUint32(18, true)).trim();
    if (/^application\/vnd\.oasis\.opendocument\.[a-z.-]+$/.test(declared)) return declared;
  }
  if (name === '[Content_Types].xml' || name.startsWith('_rels/')) {
    return 'application/vnd.openxmlformats-officedocument';
  }
  return 'application/zip';
}

/** "BM" alone is too weak (plain text starts with it), so also require a known DIB header size. */
function sniffBmp(head: Uint8Array): string | null {
  if (head.length < 18 || head[0] !== 0x42 || head[1] !== 0x4d) return null;
  const dibSize = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(14, true);
  return [12, 40, 52, 56, 64, 108, 124].includes(dibSize) ? 'image/bmp' : null;
}

/** MPEG audio frame sync: 11 set bits, a valid layer and a bitrate index that is not "bad". */
function isMp3FrameSync(head: Uint8Array): boolean {
  if (head.length < 3 || head[0] !== 0xff) return false;
  const second = head[1]!;
  const third = head[2]!;
  return (second & 0xe0) === 0xe0 && (second & 0x06) !== 0 && (third & 0xf0) !== 0xf0;
}

function decodeUtf8(head: Uint8Array, truncated: boolean): string | null {
  // A sniff window can cut a multi-byte character in half: drop up to 3 trailing bytes of it.
  for (let trim = 0; trim <= (truncated ? 3 : 0); trim++) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - trim));
    } catch {
      // try one byte shorter
    }
  }
  return null;
}

function sniffText(head: Uint8Array, truncated: boolean): string | null {
  if (head.includes(0)) return null;
  const text = decodeUtf8(head, truncated);
  if (text === null) return null;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const lower = start.slice(0, 256).toLowerCase();
  if (lower.startsWith('<!doctype html') || /^<(html|head|body)[\s>]/.test(lower)) return 'text/html';
  if (lower.startsWith('<?xml')) return 'application/xml';
  if (start.startsWith('{') || start.startsWith('[')) return 'application/json';
  return 'text/plain';
}

/**
 * Returns the MIME type of a file from its first bytes. `totalSize` tells whether `head` is the
 * whole file (it matters only for text, where a cut UTF-8 sequence at the end is tolerated).
 */
export function sniffMime(head: Uint8Array, totalSize = head.length): string {
  const signature = SIGNATURES.find((candidate) => matches(head, candidate));
  if (signature?.mime === 'video/webm') return sniffEbml(head) ?? signature.mime;
  if (signature) return signature.mime;
  return (
    sniffFtyp(head) ??
    sniffBmp(head) ??
    sniffZip(head) ??
    (isMp3FrameSync(head) ? 'audio/mpeg' : null) ??
    (head.length > 0 ? sniffText(head, totalSize > head.length) : null) ??
    'application/octet-stream'
  );
}
