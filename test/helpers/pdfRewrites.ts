import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDir } from './tempDir';

/** The file as an external tool rewrites it (`qpdf …` or `mutool clean …`), in a fresh directory. */
export function rewriteWith(pdf: Buffer, tool: 'qpdf' | 'mutool', args: string[]): Buffer {
  const dir = useTempDir('assay-rewrite-');
  try {
    const input = join(dir.path, 'in.pdf');
    const output = join(dir.path, 'out.pdf');
    writeFileSync(input, pdf);
    const argv = tool === 'qpdf' ? [...args, input, output] : ['clean', ...args, input, output];
    execFileSync(tool, argv, { stdio: 'pipe' });
    return readFileSync(output);
  } finally {
    dir.cleanup();
  }
}

/**
 * A small hybrid-reference file: a classic table for objects 1–3 whose trailer's /XRefStm points at
 * a cross-reference stream that puts object 4 (the page's resources) in object stream 5.
 */
export function hybridPdf(): Buffer {
  let text = '%PDF-1.5\n';
  const offsets: number[] = [];
  const add = (num: number, body: string) => {
    offsets[num] = Buffer.byteLength(text, 'latin1');
    text += `${num} 0 obj\n${body}\nendobj\n`;
  };
  add(1, '<< /Type /Catalog /Pages 2 0 R >>');
  add(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  add(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources 4 0 R >>');
  const packed = '4 0 << /ProcSet [/PDF /Text] >>';
  add(5, `<< /Type /ObjStm /N 1 /First 4 /Length ${packed.length} >>\nstream\n${packed}\nendstream`);
  const entry = Buffer.from([2, 0, 5, 0]);
  const xrefStm = Buffer.byteLength(text, 'latin1');
  add(
    6,
    `<< /Type /XRef /Size 7 /W [1 2 1] /Index [4 1] /Length 4 >>\nstream\n${entry.toString('latin1')}\nendstream`,
  );
  const line = (offset: number) => `${String(offset).padStart(10, '0')} 00000 n \n`;
  const table = Buffer.byteLength(text, 'latin1');
  text += 'xref\n0 7\n0000000000 65535 f \n';
  text += [1, 2, 3].map((num) => line(offsets[num] as number)).join('');
  text += '0000000000 00000 f \n';
  text += line(offsets[5] as number) + line(offsets[6] as number);
  text += `trailer\n<< /Size 7 /Root 1 0 R /XRefStm ${xrefStm} >>\nstartxref\n${table}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}
