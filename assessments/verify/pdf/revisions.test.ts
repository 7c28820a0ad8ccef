import { beforeAll, describe, expect, it } from 'vitest';
import { appendUpdate, latestView, nextObjectNumber } from '../../../test/helpers/incrementalUpdates';
import { hybridPdf, rewriteWith } from '../../../test/helpers/pdfRewrites';
import {
  signedTestReport,
  testSigningIdentity,
  type SignedFixture,
} from '../../../test/helpers/signingFixtures';
import { signPdf } from '../../signing/signPdf';
import { readEmbeddedFile } from './embeddedFiles';
import { listPages } from './pageTree';
import { Budget, BudgetExceededError, isDict, PdfFormatError } from './pdfValues';
import { readRevisions, revisionEndingAt } from './revisions';
import { RevisionView } from './revisionView';
import { missingTools, skipNote } from '../../../test/helpers/tools';

const missingQpdf = missingTools(['qpdf']);
const missingRewriters = missingTools(['qpdf', 'mutool']);

const budget = () => new Budget(50_000_000, 1 << 30);
const latest = (bytes: Buffer) => {
  const report = readRevisions(bytes, budget());
  return new RevisionView(bytes, report, report.revisions.length - 1, budget());
};

describe('readRevisions', () => {
  let fixture: SignedFixture;
  beforeAll(async () => {
    fixture = await signedTestReport(11);
  }, 60_000);

  it('reads a signed report as the original and the signature update', () => {
    const report = readRevisions(fixture.signed, budget());
    expect(report.revisions.map((r) => [r.index, r.kind])).toEqual([
      [0, 'table'],
      [1, 'table'],
    ]);
    const [original, signature] = report.revisions as [
      (typeof report.revisions)[0],
      (typeof report.revisions)[0],
    ];
    expect(original.end).toBe(fixture.unsigned.length);
    expect(signature.end).toBe(fixture.signed.length);
    expect(signature.trailer.entries.get('Prev')).toBe(original.xrefOffset);
    expect([...signature.entries.values()].every((entry) => entry.kind === 'offset')).toBe(true);
    expect(report).toMatchObject({ unreachable: [], strayEofMarkers: [], trailingBytes: 0 });
    expect(report.eofMarkers).toHaveLength(2);
    const range = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)/.exec(fixture.signed.toString('latin1'));
    expect(revisionEndingAt(report, Number(range?.[3]) + Number(range?.[4]))).toBe(1);
  });

  it('finds the revision a signature covers, whether or not it signed the end of line after %%EOF', async () => {
    // @signpdf strips the newline after %%EOF before signing; the next update starts with one.
    const countersigned = await signPdf(fixture.signed, testSigningIdentity('Second Signer'), {
      signingTime: new Date('2026-02-02T10:00:00Z'),
      reason: 'Reviewed',
      widget: { pageIndex: 0, rect: [400, 700, 550, 760] },
    });
    const report = readRevisions(countersigned, budget());
    const ends = [...countersigned.toString('latin1').matchAll(/\/ByteRange \[0 \d+ (\d+) (\d+)/g)].map(
      (match) => Number(match[1]) + Number(match[2]),
    );
    expect(ends.map((end) => revisionEndingAt(report, end))).toEqual([1, 2]);
    expect(report.revisions[1]?.markerEnd).toBe(fixture.signed.length);
    expect(report.revisions[1]?.end).toBe(fixture.signed.length + 1);
    expect(revisionEndingAt(report, fixture.signed.length + 2)).toBeUndefined();
  });

  it.skipIf(missingQpdf.length > 0)(
    `reads a file qpdf rewrote with object and cross-reference streams as one revision${skipNote(missingQpdf)}`,
    () => {
      const rewritten = rewriteWith(fixture.signed, 'qpdf', ['--object-streams=generate']);
      const report = readRevisions(rewritten, budget());
      expect(report.revisions).toHaveLength(1);
      expect(report.revisions[0]?.kind).toBe('stream');
      expect([...(report.revisions[0]?.entries.values() ?? [])].some((e) => e.kind === 'compressed')).toBe(
        true,
      );
      expect(report).toMatchObject({ unreachable: [], strayEofMarkers: [], trailingBytes: 0 });
      const view = latest(rewritten);
      expect(listPages(view, view.catalog())).toHaveLength(2);
      expect(readEmbeddedFile(view, 'assessment.json')?.toString()).toBe(JSON.stringify(fixture.assessment));
    },
  );

  it.skipIf(missingRewriters.length > 0)(
    `reads files mutool cleaned and qpdf linearized as one revision${skipNote(missingRewriters)}`,
    () => {
      for (const rewritten of [
        rewriteWith(fixture.signed, 'mutool', ['-gg']),
        rewriteWith(fixture.signed, 'qpdf', ['--linearize']),
        rewriteWith(fixture.signed, 'qpdf', ['--linearize', '--object-streams=generate']),
      ]) {
        const report = readRevisions(rewritten, budget());
        expect(report.revisions).toHaveLength(1);
        expect(report.revisions[0]?.end).toBe(rewritten.length);
        expect(report.unreachable).toEqual([]);
        const view = latest(rewritten);
        expect(listPages(view, view.catalog())).toHaveLength(2);
        expect(readEmbeddedFile(view, 'assessment.json')?.length).toBeGreaterThan(1000);
      }
    },
  );

  it('reads a hybrid file: the table and the /XRefStm entries it hides from old readers', () => {
    const pdf = hybridPdf();
    const report = readRevisions(pdf, budget());
    expect(report.revisions[0]?.kind).toBe('hybrid');
    expect(report.revisions[0]?.entries.get(4)).toEqual({ kind: 'compressed', stream: 5, index: 0 });
    const view = latest(pdf);
    const page = listPages(view, view.catalog())[0];
    expect(isDict(view.get(page?.dict, 'Resources'))).toBe(true);
  });

  it('refuses an entry pointing at another object, naming it', () => {
    const report = readRevisions(fixture.signed, budget());
    const [first, second] = [...(report.revisions[1]?.entries ?? [])].map(([num, entry]) => ({
      num,
      offset: entry.offset ?? 0,
    }));
    if (!first || !second) throw new Error('the signature update lists fewer than two objects');
    const line = (offset: number) => `${String(offset).padStart(10, '0')} 00000 n`;
    const text = fixture.signed.toString('latin1');
    const at = text.lastIndexOf(line(first.offset));
    const broken = Buffer.from(text.slice(0, at) + line(second.offset) + text.slice(at + 18), 'latin1');
    expect(() => readRevisions(broken, budget())).toThrow(
      `gives object ${first.num} 0 at byte ${second.offset}, where object ${second.num} 0 is defined`,
    );
  });

  it('refuses a /Prev chain that loops', () => {
    const looped = appendUpdate(fixture.signed, [], { trailer: { Prev: String(fixture.signed.length + 1) } });
    expect(() => readRevisions(looped, budget())).toThrow(/loops back to byte/);
  });

  it('refuses absurd cross-reference tables', () => {
    const text = fixture.signed.toString('latin1');
    const at = text.lastIndexOf('xref\n') + 5;
    const huge = Buffer.from(`${text.slice(0, at)}0 99999999\n${text.slice(at)}`, 'latin1');
    expect(() => readRevisions(huge, budget())).toThrow(PdfFormatError);
    expect(() => readRevisions(Buffer.from('%PDF-1.7\nnothing here\n'), budget())).toThrow(/no startxref/);
  });

  it('reports bytes after the last %%EOF, but not whitespace padding', () => {
    const padded = Buffer.concat([fixture.signed, Buffer.from('\r\n\n\0 ')]);
    expect(readRevisions(padded, budget()).trailingBytes).toBe(0);
    const garbage = Buffer.concat([fixture.signed, Buffer.from('garbage after the end')]);
    expect(readRevisions(garbage, budget()).trailingBytes).toBe(21);
  });

  it('reports an object appended without a cross-reference, and its %%EOF', () => {
    const num = nextObjectNumber(latestView(fixture.signed));
    const appended = appendUpdate(fixture.signed, [{ num, body: '<< /Title (Forged) >>' }], {
      withoutXref: true,
    });
    const report = readRevisions(appended, budget());
    expect(report.revisions).toHaveLength(2);
    expect(report.unreachable).toEqual([{ num, gen: 0, offset: fixture.signed.length + 1 }]);
    expect(report.trailingBytes).toBeGreaterThan(0);
    const withEof = Buffer.concat([appended, Buffer.from('%%EOF\n')]);
    expect(readRevisions(withEof, budget()).strayEofMarkers).toEqual([appended.length]);
  });

  it('reports an update that a later /Prev skips', () => {
    const num = nextObjectNumber(latestView(fixture.signed));
    const skipped = appendUpdate(fixture.signed, [{ num, body: '<< /Title (Skipped) >>' }]);
    const prev = readRevisions(fixture.signed, budget()).revisions[1]?.xrefOffset ?? 0;
    const later = appendUpdate(skipped, [{ num: num + 1, body: '<< /Title (Later) >>' }], {
      trailer: { Prev: String(prev) },
    });
    const report = readRevisions(later, budget());
    expect(report.revisions).toHaveLength(3);
    expect(report.unreachable.map((o) => o.num)).toEqual([num]);
    expect(report.strayEofMarkers).toEqual([skipped.length - 6]);
  });

  it('costs the same steps every time, and stops with BudgetExceededError one step short', () => {
    const counted = budget();
    readRevisions(fixture.signed, counted);
    const again = budget();
    readRevisions(fixture.signed, again);
    expect(again.steps).toBe(counted.steps);
    expect(() => readRevisions(fixture.signed, new Budget(counted.steps - 1, 1 << 30))).toThrow(
      BudgetExceededError,
    );
    expect(() => readRevisions(fixture.signed, new Budget(counted.steps, 1 << 30))).not.toThrow();
  });
});
