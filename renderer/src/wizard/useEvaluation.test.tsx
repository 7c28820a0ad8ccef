// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationName } from '../../../assessments/api/contract';
import { ClientContext } from '../client/ClientContext';
import { createAssayClient } from '../client/createClient';
import type { Transport } from '../client/transport';
import { ASSESSMENT_ID, mediumEvaluation, stopEvaluation } from '../testing/decisionFixtures';
import { enableActEnvironment, waitFor } from '../testing/dom';
import { useEvaluation, type EvaluationState } from './useEvaluation';

enableActEnvironment();

let root: Root | null = null;

/** Answers evaluate with each evaluation in turn (the last one from then on), and links one file to B9. */
function transport(evaluations: unknown[], calls: OperationName[]): Transport {
  let next = 0;
  return {
    kind: 'web',
    invoke(op) {
      calls.push(op);
      if (op === 'assessment.evaluate') {
        const value = evaluations[Math.min(next, evaluations.length - 1)];
        next += 1;
        return Promise.resolve({ ok: true, value });
      }
      if (op === 'evidence.list') return Promise.resolve({ ok: true, value: [{ questionIds: ['B9'] }] });
      return Promise.reject(new Error(`unexpected operation ${op}`));
    },
    on: () => () => undefined,
  };
}

function mount(evaluations: unknown[], calls: OperationName[] = []) {
  const states: EvaluationState[] = [];
  function Probe() {
    states.push(useEvaluation(ASSESSMENT_ID));
    return null;
  }
  root = createRoot(document.createElement('div'));
  act(() =>
    root?.render(
      <ClientContext value={createAssayClient(transport(evaluations, calls))}>
        <Probe />
      </ClientContext>,
    ),
  );
  return () => states.at(-1) as EvaluationState;
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

describe('useEvaluation', () => {
  it('loads the evaluation and the evidence counts', async () => {
    const latest = mount([stopEvaluation()]);
    await waitFor(() => expect(latest().evaluation?.result.tier).toBe('Unacceptable'));
    await waitFor(() => expect(latest().evidenceCounts).toEqual({ B9: 1 }));
    expect(latest().savedQuestionIds).toEqual([]);
  });

  it('scores again once after a burst of saves, and says which saves the new evaluation reflects', async () => {
    const calls: OperationName[] = [];
    const latest = mount([stopEvaluation(), mediumEvaluation()], calls);
    await waitFor(() => expect(latest().evaluation?.result.tier).toBe('Unacceptable'));
    act(() => {
      latest().refresh('C9');
      latest().refresh('B9');
    });
    await waitFor(() => expect(latest().evaluation?.result.tier).toBe('Medium'));
    expect(latest().savedQuestionIds).toEqual(['C9', 'B9']);
    expect(calls.filter((op) => op === 'assessment.evaluate')).toHaveLength(2);
  });

  it('still refreshes when called without a question, as before', async () => {
    const latest = mount([stopEvaluation(), mediumEvaluation()]);
    await waitFor(() => expect(latest().evaluation).not.toBeNull());
    act(() => latest().refresh());
    await waitFor(() => expect(latest().evaluation?.result.tier).toBe('Medium'));
    expect(latest().savedQuestionIds).toEqual([]);
  });
});
