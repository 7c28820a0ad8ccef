import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  signedTestReport,
  testSigningIdentity,
  type SignedFixture,
} from '../../test/helpers/signingFixtures';
import { signPdf } from '../signing/signPdf';
import { MAX_PDF_BYTES, verifyPdf } from './verifyPdf';

async function timed(bytes: Buffer) {
  const start = performance.now();
  const result = await verifyPdf(bytes);
  const ms = performance.now() - start;
  expect(ms).toBeLessThan(2000);
  expect(['valid', 'valid-untrusted']).not.toContain(result.verdict);
  return result;
}

function replaceOnce(buf: Buffer, from: string, to: string): Buffer {
  const at = buf.indexOf(from, 0, 'latin1');
  expect(at).toBeGreaterThanOrEqual(0);
  return Buffer.concat([buf.subarray(0, at), Buffer.from(to, 'latin1'), buf.subarray(at + from.length)]);
}

describe('verifyPdf on hostile input', () => {
  let fixture: SignedFixture;
  beforeAll(async () => {
    fixture = await signedTestReport(3);
  }, 60_000);

  it('says a non-PDF is not a PDF', async () => {
    expect((await timed(Buffer.from('hello, this is a text file'))).error?.message).toMatch(/not a PDF/);
    expect((await timed(Buffer.alloc(0))).error?.message).toMatch(/not a PDF/);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = Buffer.alloc(MAX_PDF_BYTES + 1);
    huge.write('%PDF-1.7\n');
    expect((await timed(huge)).error?.message).toMatch(/not verified/);
  });

  it('handles truncation at many points', async () => {
    for (const fraction of [0.01, 0.1, 0.5, 0.61, 0.9, 0.99, 0.9999]) {
      const result = await timed(fixture.signed.subarray(0, Math.floor(fixture.signed.length * fraction)));
      expect(result.verdict).not.toBe('modified-after-signing');
    }
  });

  it('rejects a ByteRange that points outside the file or covers only part of it', async () => {
    const text = fixture.signed.toString('latin1');
    const range = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+) *\]/.exec(text);
    expect(range).not.toBeNull();
    const [whole, , b, c, d] = range as unknown as [string, string, string, string, string];
    const pad = (s: string) => s.padEnd(whole.length, ' ');
    const outside = await timed(
      replaceOnce(fixture.signed, whole, pad(`/ByteRange [0 ${b} ${c} ${Number(d) + 100000}]`)),
    );
    expect(outside.signatures[0]?.checks.find((ch) => ch.id === 'byte-range')?.message).toMatch(
      /outside the file/,
    );
    const partial = await timed(
      replaceOnce(fixture.signed, whole, pad(`/ByteRange [0 ${b} ${c} ${Number(d) - 200}]`)),
    );
    expect(partial.verdict).toBe('invalid');
    const notFromStart = await timed(
      replaceOnce(fixture.signed, whole, pad(`/ByteRange [10 ${b} ${c} ${d}]`)),
    );
    expect(notFromStart.signatures[0]?.checks.find((ch) => ch.id === 'byte-range')?.status).toBe('fail');
  });

  it('copes with a broken xref table and trailer', async () => {
    const broken = Buffer.from(
      fixture.signed
        .toString('latin1')
        .replace(/xref\n/g, 'xerf\n')
        .replace(/startxref/g, 'startxerf'),
      'latin1',
    );
    expect((await timed(broken)).verdict).toBe('invalid');
  });

  it('reports each of several signatures and never calls a doubly-signed forgery valid', async () => {
    const text = fixture.signed.toString('latin1');
    const sigStart = text.lastIndexOf(' 0 obj\n<<\n/Type /Sig');
    const objStart = text.lastIndexOf('\n', sigStart) + 1;
    const sigEnd = text.indexOf('endobj', sigStart) + 6;
    const copy = text.slice(objStart, sigEnd).replace(/^\d+/, '999');
    const doubled = Buffer.from(`${text}\n${copy}\n`, 'latin1');
    const result = await timed(doubled);
    expect(result.signatures.length).toBe(2);
    expect(result.signatures[1]?.checks.find((c) => c.id === 'byte-range')?.message).toMatch(
      /not exactly this signature/,
    );
  });

  it('accepts a second, countersigning signature over the whole file and checks both', async () => {
    const second = await signPdf(fixture.signed, testSigningIdentity('Second Signer'), {
      signingTime: new Date('2026-02-02T10:00:00Z'),
      reason: 'Reviewed',
      widget: { pageIndex: 0, rect: [400, 700, 550, 760] },
    });
    const result = await verifyPdf(second);
    expect(result.signatures.map((s) => s.status)).toEqual(['valid-untrusted', 'valid-untrusted']);
    expect(result.signatures[0]?.bytesAfterSignedRange).toBeGreaterThan(0);
    expect(result.signatures[1]?.bytesAfterSignedRange).toBe(0);
    expect(result.verdict).toBe('valid-untrusted');
  });

  it('is invalid when an update appended after signing has a broken cross-reference', async () => {
    const broken = Buffer.concat([
      fixture.signed,
      Buffer.from('\n99 0 obj\n<< /Type /Annot >>\nendobj\nstartxref\n999999\n%%EOF\n', 'latin1'),
    ]);
    const result = await timed(broken);
    expect(result.verdict).toBe('invalid');
    expect(result.revisions.checks.map((c) => c.key)).toContain('revCheckUnreadable');
  });

  it('says not-verified, not invalid, when a file needs more work than the budget allows', async () => {
    const result = await verifyPdf(fixture.signed, { maxSteps: 2_000 });
    expect(result.verdict).toBe('not-verified');
    expect(result.error?.key).toBe('fileBudgetExceeded');
    // The budget counts work, not time: the same file and budget give the same answer every time.
    expect((await verifyPdf(fixture.signed, { maxSteps: 2_000 })).error).toEqual(result.error);
  });

  it('stops on deep nesting', async () => {
    const deep = Buffer.from(`%PDF-1.7\n1 0 obj\n${'['.repeat(100_000)}\nendobj\n%%EOF\n`, 'latin1');
    const result = await timed(deep);
    expect(result.verdict).toBe('invalid');
    expect(result.error?.message).toMatch(/nested deeper than 64/);
  });

  it('caps a decompression bomb', async () => {
    const bomb = deflateSync(Buffer.alloc(200 * 1024 * 1024), { level: 9 });
    const pdf = Buffer.concat([
      Buffer.from(
        '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n',
        'latin1',
      ),
      Buffer.from(`4 0 obj\n<< /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      bomb,
      Buffer.from(
        '\nendstream\nendobj\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ' +
          bomb.length +
          ' >>\nstream\n',
        'latin1',
      ),
      bomb,
      Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
    ]);
    const result = await timed(pdf);
    expect(result.verdict === 'not-signed' || result.verdict === 'invalid').toBe(true);
  });

  it('survives a flood of tiny objects', async () => {
    const parts = ['%PDF-1.7\n'];
    for (let i = 1; i < 60_000; i += 1) parts.push(`${i} 0 obj\n<< /A ${i} 0 R >>\nendobj\n`);
    timed(Buffer.from(parts.join(''), 'latin1'));
  });
});
