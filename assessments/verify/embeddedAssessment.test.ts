import { describe, expect, it } from 'vitest';
import { parseVerificationLines, verificationLines, type VerificationFacts } from './embeddedAssessment';

const facts: VerificationFacts = {
  assessmentId: '2b1f0c9e-5d0a-4c39-9a57-0f6f8d7c1e21',
  templateRef: `surveillance-export-hria@1.0.0#${'a'.repeat(64)}`,
  tier: 'High',
  computedRecommendation: 'refer',
  finalRecommendation: 'none',
  auditHead: 'b'.repeat(64),
};

describe('verification lines', () => {
  it('round-trip through text with other words and changed whitespace around them', () => {
    const text = `Cover\n${verificationLines(facts).join('\n   ')}\nPage 1 of 9`;
    expect(parseVerificationLines(text)).toEqual({ facts, conflicts: [] });
  });

  it('report a field printed twice with different values', () => {
    const lines = verificationLines(facts);
    const text = [...lines, 'ASSAY-VERIFY tier=Low'].join('\n');
    expect(parseVerificationLines(text).conflicts).toEqual(['tier']);
  });

  it('ignore unknown keys and find nothing in unrelated text', () => {
    expect(parseVerificationLines('ASSAY-VERIFY colour=red and some words')).toEqual({
      facts: {},
      conflicts: [],
    });
  });
});
