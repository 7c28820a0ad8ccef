import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

const MiB = 1024 * 1024;

/** Writes `head`, then `count` bytes of `fill` (in 1 MiB blocks), then `tail`: huge files without huge memory. */
export function writePadded(path: string, head: string, fill: string, count: number, tail: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    const block = Buffer.alloc(MiB, fill);
    for (let written = 0; written < count; written += block.length)
      writeSync(fd, block, 0, Math.min(block.length, count - written));
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

/**
 * A ZIP bomb shaped as a workbook: the workbook parts, then `parts` worksheets of `partBytes` zeros
 * each (25 × 100 MB decompress to 2.5 GB from about 2.5 MB on disk). The deflate stream of zeros is
 * made once and stored for every part.
 */
export function writeZipBomb(path: string, parts = 25, partBytes = 100 * 1000 * 1000): void {
  const zeros = Buffer.alloc(partBytes);
  const deflated = deflateRawSync(zeros, { level: 1 });
  const zerosCrc = crc32(zeros);
  const text = (value: string) => Buffer.from(value, 'utf8');
  const files: { name: string; data: Buffer; size: number; crc: number; method: number }[] = [
    {
      name: 'xl/workbook.xml',
      data: text(
        `<?xml version="1.0"?><workbook xmlns:r="r"><sheets>${Array.from({ length: parts }, (_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId${i}"/>`).join('')}</sheets></workbook>`,
      ),
      size: 0,
      crc: 0,
      method: 0,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: text(
        `<?xml version="1.0"?><Relationships>${Array.from({ length: parts }, (_, i) => `<Relationship Id="rId${i}" Target="worksheets/sheet${i}.xml"/>`).join('')}</Relationships>`,
      ),
      size: 0,
      crc: 0,
      method: 0,
    },
  ];
  for (const file of files) {
    file.size = file.data.length;
    file.crc = crc32(file.data);
  }
  for (let i = 0; i < parts; i += 1)
    files.push({
      name: `xl/worksheets/sheet${i}.xml`,
      data: deflated,
      size: partBytes,
      crc: zerosCrc,
      method: 8,
    });
  const fd = openSync(path, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  try {
    for (const file of files) {
      const name = text(file.name);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(file.method, 8);
      local.writeUInt32LE(file.crc >>> 0, 14);
      local.writeUInt32LE(file.data.length, 18);
      local.writeUInt32LE(file.size, 22);
      local.writeUInt16LE(name.length, 26);
      writeSync(fd, local);
      writeSync(fd, name);
      writeSync(fd, file.data);
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4);
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(file.method, 10);
      entry.writeUInt32LE(file.crc >>> 0, 16);
      entry.writeUInt32LE(file.data.length, 20);
      entry.writeUInt32LE(file.size, 24);
      entry.writeUInt16LE(name.length, 28);
      entry.writeUInt32LE(offset, 42);
      central.push(entry, name);
      offset += local.length + name.length + file.data.length;
    }
    const directory = Buffer.concat(central);
    writeSync(fd, directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(files.length, 8);
    end.writeUInt16LE(files.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    writeSync(fd, end);
  } finally {
    closeSync(fd);
  }
}

/** A billion-laughs document: ten levels of ten references each. */
export function billionLaughs(): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let level = 1; level < 10; level += 1)
    entities.push(`<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE CONSOLIDATED_LIST [\n${entities.join('\n')}\n]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol9;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n`;
}

/** An external entity that would read a local file. */
export function externalEntity(): string {
  return `<?xml version="1.0"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n`;
}

/** Elements nested `depth` deep inside the list's root. */
export function deepXml(depth: number): string {
  return `<?xml version="1.0"?>\n<CONSOLIDATED_LIST>${'<A>'.repeat(depth)}${'</A>'.repeat(depth)}</CONSOLIDATED_LIST>\n`;
}
