import { beforeAll, describe, expect, it } from 'vitest';
import {
  addAnnotation,
  addDss,
  addSignatureField,
  appendUpdate,
  editDict,
  latestView,
  nextObjectNumber,
  overlayPage,
  removePage,
  rewriteMetadata,
  swapEmbeddedFile,
  touchInfo,
} from '../../../test/helpers/incrementalUpdates';
import { rewriteWith } from '../../../test/helpers/pdfRewrites';
import {
  signedTestReport,
  testSigningIdentity,
  type SignedFixture,
} from '../../../test/helpers/signingFixtures';
import { signPdf } from '../../signing/signPdf';
import { renderVerifyMessage } from '../messages';
import { diffRevisions, type RevisionChange } from './diffRevisions';
import { listPages } from './pageTree';
import { Budget, BudgetExceededError, isRef, isStream } from './pdfValues';
import { readRevisions } from './revisions';
import { missingTools, skipNote } from '../../../test/helpers/tools';

const missingQpdf = missingTools(['qpdf']);

const budget = () => new Budget(50_000_000, 1 << 30);

/** The changes after the first signature (revision 1), in a compact form to compare. */
function changesAfterSigning(bytes: Buffer): RevisionChange[] {
  const b = budget();
  return diffRevisions(bytes, readRevisions(bytes, b), 1, b);
}

const summary = (changes: RevisionChange[]) =>
  changes.map((c) => `${c.verdict} ${c.kind}${c.page === null ? '' : ` p${c.page}`}`);

const SIGNATURE_VALUE =
  '<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 10 20 30] /Contents <00> >>';

describe('diffRevisions', () => {
  let fixture: SignedFixture;
  let countersigned: Buffer;
  beforeAll(async () => {
    fixture = await signedTestReport(13);
    countersigned = await signPdf(fixture.signed, testSigningIdentity('Second Signer'), {
      signingTime: new Date('2026-02-02T10:00:00Z'),
      reason: 'Reviewed',
      widget: { pageIndex: 0, rect: [400, 700, 550, 760] },
    });
  }, 60_000);

  it('finds nothing after the last signature', () => {
    expect(changesAfterSigning(fixture.signed)).toEqual([]);
  });

  it('allows a second signature: its field, value, appearance, the page /Annots and the form', () => {
    const changes = changesAfterSigning(countersigned);
    expect(changes.every((c) => c.verdict === 'allowed' && c.revision === 2)).toBe(true);
    expect(new Set(changes.map((c) => c.kind))).toEqual(
      new Set(['acroform', 'appearance', 'signature-field', 'annots']),
    );
    expect(changes.find((c) => c.kind === 'annots')?.page).toBe(1);
    expect(changes.find((c) => c.key === 'revSignatureAdded')).toBeDefined();
  });

  it('does not count an object rewritten unchanged as a change', () => {
    const view = latestView(fixture.signed);
    const root = view.trailer.entries.get('Root');
    const catalog = view.catalog();
    if (!isRef(root) || !catalog) throw new Error('no catalog');
    const rewritten = appendUpdate(fixture.signed, [{ num: root.num, body: editDict(catalog, {}) }]);
    expect(changesAfterSigning(rewritten)).toEqual([]);
  });

  it('refuses new content on a page, even when a later signature launders it', async () => {
    const overlaid = overlayPage(fixture.signed, 0);
    expect(summary(changesAfterSigning(overlaid))).toEqual([
      'disallowed page-content p1',
      'disallowed page-content p1',
      'disallowed page-content p1',
    ]);
    const laundered = await signPdf(overlaid, testSigningIdentity('Forger'), {
      signingTime: new Date('2026-02-03T10:00:00Z'),
      reason: 'Approved',
      widget: { pageIndex: 1, rect: [400, 700, 550, 760] },
    });
    const changes = changesAfterSigning(laundered);
    expect(changes.filter((c) => c.verdict === 'disallowed').every((c) => c.revision === 2)).toBe(true);
    expect(changes.filter((c) => c.revision === 3).every((c) => c.verdict === 'allowed')).toBe(true);
  });

  it('refuses annotations added to a page', () => {
    for (const subtype of ['FreeText', 'Square'] as const) {
      const changes = changesAfterSigning(addAnnotation(fixture.signed, 1, subtype));
      expect(summary(changes)).toEqual(['disallowed annotation p2']);
      expect(changes[0]?.params.subtype).toBe(subtype);
    }
  });

  it('refuses a swapped embedded file', () => {
    const swapped = swapEmbeddedFile(fixture.signed, 'assessment.json', Buffer.from('{"forged":true}'));
    expect(summary(changesAfterSigning(swapped))).toEqual(['disallowed embedded-file']);
  });

  it('refuses a page removed from the page tree', () => {
    const changes = changesAfterSigning(removePage(fixture.signed, 0));
    expect(summary(changes)).toEqual(['disallowed page-removed p1', 'disallowed page-tree']);
  });

  it('lists refreshed /ModDate and /Producer as a warning, and refuses any other /Info change', () => {
    expect(summary(changesAfterSigning(touchInfo(fixture.signed)))).toEqual(['warning info']);
    const retitled = changesAfterSigning(touchInfo(fixture.signed, { Title: '(Approved)' }));
    expect(summary(retitled)).toEqual(['disallowed info']);
    expect(retitled[0]?.params.keys).toBe('ModDate, Producer, Title');
  });

  it('lists refreshed XMP dates as a warning, and refuses other XMP changes', () => {
    const dated = rewriteMetadata(fixture.signed, (xml) =>
      xml
        .replace('<pdf:Producer>pdfmake</pdf:Producer>', '<pdf:Producer>Some PDF tool 1.0</pdf:Producer>')
        .replace(
          '<xmp:CreatorTool>',
          '<xmp:ModifyDate>2026-03-01T12:00:00Z</xmp:ModifyDate>\n<xmp:MetadataDate>2026-03-01T12:00:00Z</xmp:MetadataDate><xmp:CreatorTool>',
        ),
    );
    expect(summary(changesAfterSigning(dated))).toEqual(['warning metadata']);
    const retitled = rewriteMetadata(fixture.signed, (xml) =>
      xml.replace('Assessment', 'Approved assessment'),
    );
    expect(summary(changesAfterSigning(retitled))).toEqual(['disallowed metadata']);
  });

  it('allows validation data (DSS) added after signing', () => {
    const changes = changesAfterSigning(addDss(fixture.signed));
    expect(changes.length).toBeGreaterThan(1);
    expect(changes.every((c) => c.verdict === 'allowed' && c.kind === 'dss')).toBe(true);
  });

  it('allows a document timestamp, refuses a signature field filled with something else', () => {
    const timestamp = addSignatureField(
      fixture.signed,
      '<< /Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161 /ByteRange [0 10 20 30] /Contents <00> >>',
    );
    const allowed = changesAfterSigning(timestamp);
    expect(allowed.every((c) => c.verdict === 'allowed')).toBe(true);
    expect(allowed.map((c) => c.kind)).toContain('doc-timestamp');
    const notSignature = changesAfterSigning(
      addSignatureField(fixture.signed, '<< /Type /Sig /Note (none) >>'),
    );
    expect(notSignature.find((c) => c.verdict === 'disallowed')?.key).toBe('revSignatureValueNotSignature');
    expect(
      changesAfterSigning(addSignatureField(fixture.signed, SIGNATURE_VALUE)).every(
        (c) => c.verdict === 'allowed',
      ),
    ).toBe(true);
    const cover = changesAfterSigning(addSignatureField(fixture.signed, SIGNATURE_VALUE, 0, '0 0 595 842'));
    expect(cover.filter((c) => c.verdict !== 'allowed').map((c) => [c.verdict, c.key, c.page])).toEqual([
      ['warning', 'revWidgetCoversPage', 1],
    ]);
  });

  it('refuses a change to an existing signature dictionary and a freed object', () => {
    const view = latestView(fixture.signed);
    const sigNum = [...view.objectNumbers()].find((num) => {
      const value = view.object(num);
      return typeof value === 'object' && value?.kind === 'dict' && value.entries.has('ByteRange');
    });
    if (sigNum === undefined) throw new Error('no signature');
    const altered = appendUpdate(fixture.signed, [{ num: sigNum, body: SIGNATURE_VALUE }]);
    expect(changesAfterSigning(altered).map((c) => [c.verdict, c.kind, c.key])).toEqual([
      ['disallowed', 'signature-field', 'revSignatureChanged'],
    ]);
    const freed = appendUpdate(fixture.signed, [], { free: [sigNum] });
    expect(summary(changesAfterSigning(freed))).toEqual(['disallowed object-removed p2']);
  });

  it.skipIf(missingQpdf.length > 0)(
    `notices an object changed inside an object stream the update redefines${skipNote(missingQpdf)}`,
    () => {
      const packed = rewriteWith(fixture.signed, 'qpdf', ['--object-streams=generate']);
      const view = latestView(packed);
      const page = listPages(view, view.catalog())[0];
      const entry = page?.ref ? view.entry(page.ref.num) : undefined;
      if (!page?.ref || entry?.kind !== 'compressed' || entry.stream === undefined)
        throw new Error('page 1 is not compressed');
      const container = view.object(entry.stream);
      if (!isStream(container)) throw new Error('no object stream');
      const data = view.decode(container);
      const first = Number(container.dict.entries.get('First'));
      const header = data.toString('latin1', 0, first).trim().split(/\s+/).map(Number);
      const objects = header.flatMap((value, i) => (i % 2 === 0 ? [value] : []));
      const bodies = objects.map((num, i) => {
        const from = first + (header[2 * i + 1] as number);
        const to = i + 1 < objects.length ? first + (header[2 * i + 3] as number) : data.length;
        const text = data.toString('latin1', from, to).trim();
        return num === page.ref?.num ? text.replace('/MediaBox', '/Rotate 180 /MediaBox') : text;
      });
      let offset = 0;
      const pairs = objects.map((num, i) => {
        const pair = `${num} ${offset}`;
        offset += (bodies[i] as string).length + 1;
        return pair;
      });
      const head = `${pairs.join(' ')}\n`;
      const body = bodies.join('\n');
      const altered = appendUpdate(packed, [
        {
          num: entry.stream,
          body: `<< /Type /ObjStm /N ${objects.length} /First ${head.length} /Length ${head.length + body.length} >>\nstream\n${head}${body}\nendstream`,
        },
      ]);
      const b = budget();
      const changes = diffRevisions(altered, readRevisions(altered, b), 0, b);
      expect(summary(changes)).toEqual(['disallowed page-content p1']);
      expect(changes[0]?.params.keys).toBe('Rotate');
    },
  );

  it('names an object the update defines unreadably', () => {
    const num = nextObjectNumber(latestView(fixture.signed));
    const broken = appendUpdate(fixture.signed, [{ num, body: '<< /A (unterminated' }]);
    expect(changesAfterSigning(broken).map((c) => [c.verdict, c.key, c.objectNumber])).toEqual([
      ['disallowed', 'revObjectUnreadable', num],
    ]);
  });

  it('gives every change a message with all its parameters', () => {
    const all = [
      ...changesAfterSigning(countersigned),
      ...changesAfterSigning(overlayPage(addAnnotation(touchInfo(fixture.signed), 0), 1)),
      ...changesAfterSigning(removePage(addDss(fixture.signed), 1)),
    ];
    for (const change of all) {
      const message = renderVerifyMessage(change.key, change.params);
      expect(message, change.key).not.toMatch(/\{\{/);
    }
  });

  it.skipIf(missingQpdf.length > 0)(
    `reads a signed linearized file and allows its signature update${skipNote(missingQpdf)}`,
    async () => {
      const linearized = rewriteWith(fixture.signed, 'qpdf', ['--linearize']);
      const signed = await signPdf(linearized, testSigningIdentity('Third'), {
        signingTime: new Date('2026-02-04T10:00:00Z'),
        reason: 'Reviewed',
        widget: { pageIndex: 1, rect: [400, 700, 550, 760] },
      });
      const b = budget();
      const report = readRevisions(signed, b);
      expect(report.revisions.map((r) => r.end)).toEqual([linearized.length, signed.length]);
      expect(diffRevisions(signed, report, 0, b).every((c) => c.verdict === 'allowed')).toBe(true);
    },
  );

  it('stops with BudgetExceededError when the work budget runs out', () => {
    const report = readRevisions(countersigned, budget());
    expect(() => diffRevisions(countersigned, report, 1, new Budget(50, 1 << 30))).toThrow(
      BudgetExceededError,
    );
  });
});
