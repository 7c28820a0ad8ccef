import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './scoreAssessment';
import { surveillanceExportHria } from './testing/realTemplate';
import { describeScoringProperties } from './testing/scoringProperties';

describe('the surveillance-export-hria template', () => {
  it('validates, compiles and carries a scoring block the engine can run', () => {
    const compiled = surveillanceExportHria();
    expect(compiled.template.id).toBe('surveillance-export-hria');
    expect(compiled.template.scoring).toBeDefined();
    const result = scoreAssessment(compiled, {});
    expect(result.gaps.missingRequired.length).toBeGreaterThan(0);
    expect(result.finalisable).toBe(false);
  });
});

describeScoringProperties('surveillance-export-hria', surveillanceExportHria, {
  seed: 68,
  runs: 300,
  minimumCases: 20,
  minimumFreeCases: 20,
});
