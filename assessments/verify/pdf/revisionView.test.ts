import { beforeAll, describe, expect, it } from 'vitest';
import {
  appendUpdate,
  nextObjectNumber,
  latestView,
  swapEmbeddedFile,
} from '../../../test/helpers/incrementalUpdates';
import { rewriteWith } from '../../../test/helpers/pdfRewrites';
import { signedTestReport, type SignedFixture } from '../../../test/helpers/signingFixtures';
import { readEmbeddedFile } from './embeddedFiles';
import { extractText } from './pageText';
import { PdfDocument } from './pdfDocument';
import { Budget, dictOf, isDict, isStream } from './pdfValues';
import { readRevisions } from './revisions';
import { RevisionView, revisionViews } from './revisionView';
import { missingTools, skipNote } from '../../../test/helpers/tools';

const missingQpdf = missingTools(['qpdf']);

const budget = () => new Budget(50_000_000, 1 << 30);
const views = (bytes: Buffer) => revisionViews(bytes, readRevisions(bytes, budget()), budget());

describe('RevisionView', () => {
  let fixture: SignedFixture;
  beforeAll(async () => {
    fixture = await signedTestReport(17);
  }, 60_000);

  it('shows each revision as it was: the form only exists after signing', () => {
    const [original, signature] = views(fixture.signed) as [RevisionView, RevisionView];
    expect(original.catalog()?.entries.has('AcroForm')).toBe(false);
    expect(signature.catalog()?.entries.has('AcroForm')).toBe(true);
    const added = [...signature.revision.entries.keys()].find((num) => !original.has(num));
    expect(added).toBeDefined();
    expect(original.object(added ?? 0)).toBeNull();
    expect(signature.object(added ?? 0)).not.toBeNull();
  });

  it('reads the signed attachment and text through the signed revision, whatever comes later', () => {
    const swapped = swapEmbeddedFile(fixture.signed, 'assessment.json', Buffer.from('{"forged":true}'));
    const all = views(swapped);
    expect(readEmbeddedFile(all[1] as RevisionView, 'assessment.json')?.toString()).toBe(
      JSON.stringify(fixture.assessment),
    );
    expect(readEmbeddedFile(all[2] as RevisionView, 'assessment.json')?.toString()).toBe('{"forged":true}');
    // The scanning reader sees only the last definition.
    const scanned = new PdfDocument(swapped, budget());
    expect(readEmbeddedFile(scanned, 'assessment.json')?.toString()).toBe('{"forged":true}');
    expect(extractText(all[1] as RevisionView)).toContain('ASSAY-VERIFY');
  });

  it.skipIf(missingQpdf.length > 0)(
    `reads compressed objects from their object stream as the scanning reader does${skipNote(missingQpdf)}`,
    () => {
      const rewritten = rewriteWith(fixture.signed, 'qpdf', ['--object-streams=generate']);
      const view = views(rewritten)[0] as RevisionView;
      const scanned = new PdfDocument(rewritten, budget());
      const compressed = [...view.revision.entries].filter(([, entry]) => entry.kind === 'compressed');
      expect(compressed.length).toBeGreaterThan(5);
      for (const [num] of compressed) {
        const fromScan = [...scanned.values()].find((stored) => stored.num === num)?.value;
        expect(view.object(num)).toEqual(fromScan);
      }
    },
  );

  it('reads a reference of the wrong generation as null, and a /Length that refers to its own stream', () => {
    const view = latestView(fixture.signed);
    const root = view.trailer.entries.get('Root');
    expect(
      view.resolve(root && typeof root === 'object' && root.kind === 'ref' ? { ...root, gen: 1 } : null),
    ).toBeNull();
    const num = nextObjectNumber(view);
    const selfLength = appendUpdate(fixture.signed, [
      { num, body: `<< /Length ${num} 0 R >>\nstream\nhello\nendstream` },
    ]);
    const report = readRevisions(selfLength, budget());
    const latest = new RevisionView(selfLength, report, 2, budget());
    const stream = latest.object(num);
    expect(isStream(stream) && stream.raw.toString()).toBe('hello');
    expect(isDict(dictOf(stream))).toBe(true);
  });
});
