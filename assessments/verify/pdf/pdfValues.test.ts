import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testSigningIdentity } from '../../../test/helpers/signingFixtures';
import { signPdf } from '../../signing/signPdf';
import { diffRevisions } from './diffRevisions';
import { readEmbeddedFile } from './embeddedFiles';
import { extractText } from './pageText';
import { PdfDocument } from './pdfDocument';
import { Budget, BudgetExceededError, DEFAULT_MAX_STEPS, PdfFormatError } from './pdfValues';
import { readRevisions } from './revisions';
import { RevisionView } from './revisionView';

const REPORT = new URL('../../../test/fixtures/reports/0.1.0/report-ar.pdf', import.meta.url);

/** Unterminated strings after every header: each definition the scanner tries reads to the end. */
function quadraticPdf(copies: number): Buffer {
  return Buffer.from(`%PDF-1.7\n${'1 0 obj ('.repeat(copies)}`, 'latin1');
}

function outcome(bytes: Buffer, maxSteps: number): { error: string; steps: number } {
  const budget = new Budget(maxSteps, 1 << 30);
  try {
    new PdfDocument(bytes, budget);
    readRevisions(bytes, budget);
    return { error: '', steps: budget.steps };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}`, steps: budget.steps };
  }
}

describe('Budget', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts steps and throws a BudgetExceededError (a PdfFormatError) past the limit', () => {
    const budget = new Budget(10, 100);
    budget.check(4);
    budget.chargeBytes(320);
    expect(budget.steps).toBe(10);
    expect(() => budget.check()).toThrow(BudgetExceededError);
    expect(() => budget.check()).toThrow(PdfFormatError);
    expect(() => new Budget(10, 100).spendInflate(101)).toThrow(BudgetExceededError);
  });

  it('charges re-reading the same hostile bytes, so it runs out of steps, not time', () => {
    const result = outcome(quadraticPdf(20_000), 1_000_000);
    expect(result.error).toMatch(/^BudgetExceededError: reading the file needs more than 1000000 steps/);
  });

  it('reaches the same outcome after the same steps however slow the clock runs', () => {
    const hostile = quadraticPdf(5_000);
    const fast = outcome(hostile, 400_000);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 3_600_000));
    const slow = outcome(hostile, 400_000);
    expect(slow).toEqual(fast);
    expect(fast.error).toMatch(/BudgetExceededError/);
  });

  it('leaves a real four-revision report over 20 times the steps it needs, even reading every page', async () => {
    let pdf: Buffer = readFileSync(REPORT);
    for (const [index, name] of ['Second Signer', 'Third Signer'].entries()) {
      pdf = await signPdf(pdf, testSigningIdentity(name), {
        signingTime: new Date('2026-02-02T10:00:00Z'),
        reason: 'Countersigned',
        widget: { pageIndex: index, rect: [400, 700, 550, 760] },
      });
    }
    const budget = new Budget(DEFAULT_MAX_STEPS, 96 * 1024 * 1024);
    new PdfDocument(pdf, budget);
    const report = readRevisions(pdf, budget);
    expect(report.revisions).toHaveLength(4);
    expect(diffRevisions(pdf, report, 1, budget).every((change) => change.verdict === 'allowed')).toBe(true);
    const signed = new RevisionView(pdf, report, 1, budget);
    expect(readEmbeddedFile(signed, 'assessment.json')?.length).toBeGreaterThan(600_000);
    expect(extractText(signed).split('\f')).toHaveLength(19);
    expect(budget.steps * 20).toBeLessThan(DEFAULT_MAX_STEPS);
  }, 60_000);
});
