import { describeScoringProperties } from './testing/scoringProperties';
import { vendorOnboarding } from './testing/templates';

// Every scored question of the fixture is read by some rule, so only the conditional monotonicity
// case applies here; the real template exercises the unconditional one.
describeScoringProperties('vendor-onboarding fixture', vendorOnboarding, {
  seed: 20250107,
  runs: 400,
  minimumCases: 20,
  minimumFreeCases: 0,
});
