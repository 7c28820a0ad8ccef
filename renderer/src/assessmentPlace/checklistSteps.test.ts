import { describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../../assessments/api/contract';
import { checklistSteps } from './checklistSteps';

type Decision = NonNullable<OperationOutput<'decision.get'>>;

const decision = (staleSince: string | null) => ({ staleSince }) as Decision;

describe('review, sign, verify', () => {
  it('starts with the decision, the other steps waiting', () => {
    expect(checklistSteps('draft', null)).toEqual({ review: 'todo', sign: 'waiting', verify: 'waiting' });
  });

  it('offers signing once the decision is current, and verifying once signed', () => {
    expect(checklistSteps('decided', decision(null))).toEqual({
      review: 'done',
      sign: 'todo',
      verify: 'waiting',
    });
    expect(checklistSteps('signed', decision(null))).toEqual({
      review: 'done',
      sign: 'done',
      verify: 'todo',
    });
  });

  it('asks for a new decision, and a new signature, once answers outran the decision', () => {
    expect(checklistSteps('signed', decision('2026-02-01T00:00:00Z'))).toEqual({
      review: 'attention',
      sign: 'waiting',
      verify: 'waiting',
    });
  });
});
