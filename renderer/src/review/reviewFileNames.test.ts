import { describe, expect, it } from 'vitest';
import { baseName, derivedName } from './reviewFileNames';

describe('derivedName', () => {
  it('puts the suffix before the new extension, whichever separator the path uses', () => {
    expect(derivedName('/home/r/assessment-1a2b-fr.pdf', 'reviewed', 'pdf')).toBe(
      'assessment-1a2b-fr-reviewed.pdf',
    );
    expect(derivedName('C:\\reports\\Report.PDF', 'timestamp', 'tsq')).toBe('Report-timestamp.tsq');
  });

  it('names a file without a stem "report"', () => {
    expect(derivedName('/tmp/.pdf', 'reviewed', 'pdf')).toBe('report-reviewed.pdf');
    expect(baseName('plain.pdf')).toBe('plain.pdf');
  });
});
