import { describe, expect, it } from 'vitest';
import { sniffMime } from './sniffMime';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))),
  );

/** A ZIP whose first local file entry is `name` with stored content `data`. */
function zipWithFirstEntry(name: string, data = ''): Uint8Array {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(name.length, 26);
  return bytes([...header], name, data);
}

function bmp(): Uint8Array {
  const header = Buffer.alloc(54);
  header.write('BM', 0, 'latin1');
  header.writeUInt32LE(40, 14);
  return header;
}

const CASES: [string, Uint8Array, string][] = [
  ['PDF', bytes('%PDF-1.7\n%\xe2\xe3'), 'application/pdf'],
  ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
  ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
  ['GIF', bytes('GIF89a', [1, 0]), 'image/gif'],
  ['WebP', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
  ['TIFF little-endian', bytes([0x49, 0x49, 0x2a, 0x00, 8, 0]), 'image/tiff'],
  ['TIFF big-endian', bytes([0x4d, 0x4d, 0x00, 0x2a, 0, 8]), 'image/tiff'],
  ['BMP', bmp(), 'image/bmp'],
  ['ZIP', zipWithFirstEntry('notes/readme.txt', 'hi'), 'application/zip'],
  ['OOXML', zipWithFirstEntry('[Content_Types].xml'), 'application/vnd.openxmlformats-officedocument'],
  [
    'ODF text',
    zipWithFirstEntry('mimetype', 'application/vnd.oasis.opendocument.text'),
    'application/vnd.oasis.opendocument.text',
  ],
  ['GZIP', bytes([0x1f, 0x8b, 0x08, 0]), 'application/gzip'],
  ['7z', bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), 'application/x-7z-compressed'],
  ['RAR', bytes('Rar!', [0x1a, 0x07, 0x01, 0x00]), 'application/vnd.rar'],
  ['MP4', bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0]), 'video/mp4'],
  ['MOV', bytes([0, 0, 0, 0x14], 'ftypqt  ', [0, 0, 0, 0]), 'video/quicktime'],
  ['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'), 'video/webm'],
  ['Matroska', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], 'matroska'), 'video/x-matroska'],
  ['MP3 with ID3', bytes('ID3', [4, 0, 0]), 'audio/mpeg'],
  ['MP3 frame sync', bytes([0xff, 0xfb, 0x90, 0x64, 0]), 'audio/mpeg'],
  ['WAV', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), 'audio/wav'],
  ['OGG', bytes('OggS', [0, 2]), 'audio/ogg'],
  ['FLAC', bytes('fLaC', [0, 0, 0, 0x22]), 'audio/flac'],
  ['HTML doctype', bytes('  <!DOCTYPE html><html>'), 'text/html'],
  ['HTML tag', bytes('<html lang="ar">'), 'text/html'],
  ['XML', bytes('<?xml version="1.0"?><sanctions/>'), 'application/xml'],
  ['JSON object', bytes('{"source": "leak"}'), 'application/json'],
  ['JSON array', bytes('\n[1, 2]'), 'application/json'],
  ['UTF-8 text', Buffer.from('Témoignage — شهادة — 证词\n', 'utf8'), 'text/plain'],
  ['text starting with BM', bytes('BMW supplied the vans.'), 'text/plain'],
  ['text with a NUL', bytes('abc\0def'), 'application/octet-stream'],
  ['invalid UTF-8', bytes([0x61, 0xc3, 0x28, 0x62]), 'application/octet-stream'],
  ['empty', bytes(), 'application/octet-stream'],
  ['random binary', bytes([0x00, 0x13, 0x37, 0x42]), 'application/octet-stream'],
];

describe('sniffMime', () => {
  it.each(CASES)('recognises %s', (_, head, mime) => {
    expect(sniffMime(head)).toBe(mime);
  });

  it('tolerates a UTF-8 character cut by the end of the sniff window', () => {
    const head = Buffer.from('Bericht über Überwachung', 'utf8');
    const cut = head.subarray(0, head.indexOf(Buffer.from('Ü', 'utf8')) + 1);
    expect(sniffMime(cut, 10_000)).toBe('text/plain');
    expect(sniffMime(cut)).toBe('application/octet-stream');
  });
});
