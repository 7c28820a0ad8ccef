// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../../assessments/api/contract';
import { templateSchema } from '../../../assessments/questionnaire/templateSchema';
import { templateText } from '../../../assessments/questionnaire/templateText';
import shippedTemplate from '../../../templates/surveillance-export-hria/1.1.0/template.json';
import { createAssayClient } from '../client/createClient';
import type { Transport } from '../client/transport';
import { byRole, byTestId, click, enableActEnvironment, waitFor } from '../testing/dom';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { QuestionSuggestion } from './QuestionSuggestion';

enableActEnvironment();

type Suggestion = OperationOutput<'reference.suggestions'>[number];

const template = templateSchema.parse(shippedTemplate);
const text = templateText({ template, translations: [] }, 'en');
const c6 = template.sections.flatMap((section) => section.questions).find((question) => question.id === 'C6');
const band = c6?.options?.[2]?.value ?? '';

const suggestion: Suggestion = {
  questionId: 'C6',
  value: band,
  datasetId: '00000000-0000-4000-8000-0000000000d2',
  datasetLabel: 'RSF World Press Freedom Index 2026',
  basis: ['rsf_score 2026 = 61.2'],
  note: 'Suggested from RSF World Press Freedom Index 2026: rsf_score 2026 = 61.2',
};

const transport: Transport = {
  kind: 'web',
  invoke: (op) =>
    Promise.resolve(
      op === 'reference.suggestions'
        ? { ok: true, value: [suggestion] }
        : { ok: false, error: { code: 'unknown_operation', message: op } },
    ),
  on: () => () => undefined,
};

afterEach(unmountRendered);

/** The question's answer, as the card holds it: taking the suggestion fills it. */
function Answered({ onUse }: { onUse: (taken: Suggestion) => void }) {
  const [value, setValue] = useState<unknown>(undefined);
  return (
    <QuestionSuggestion
      assessmentId="00000000-0000-4000-8000-000000000001"
      questionId="C6"
      text={text}
      value={value}
      onUse={(taken) => {
        onUse(taken);
        setValue(taken.value);
      }}
    />
  );
}

describe('QuestionSuggestion', () => {
  it('offers the suggestion for its own question and hands it over to fill the answer', async () => {
    const used: Suggestion[] = [];
    await renderWithClient(<Answered onUse={(taken) => used.push(taken)} />, createAssayClient(transport));
    await waitFor(() => byTestId('question-suggestion'));
    expect(byTestId('question-suggestion').textContent).toContain(text.optionLabel('C6', band));
    expect(byTestId('question-suggestion').textContent).toContain('RSF World Press Freedom Index 2026');
    click(byRole('button', 'Use this answer'));
    expect(used).toEqual([suggestion]);
    // The button is gone once the answer holds the suggestion; focus lands on what happened.
    await waitFor(() => expect(document.activeElement).toBe(byTestId('question-suggestion-used')));
  });

  it('shows the suggestion as in use once the answer holds it, and nothing at other questions', async () => {
    await renderWithClient(
      <>
        <QuestionSuggestion
          assessmentId="00000000-0000-4000-8000-000000000001"
          questionId="C6"
          text={text}
          value={band}
          onUse={() => undefined}
        />
        <QuestionSuggestion
          assessmentId="00000000-0000-4000-8000-000000000001"
          questionId="C8"
          text={text}
          value={undefined}
          onUse={() => undefined}
        />
      </>,
      createAssayClient(transport),
    );
    await waitFor(() => byTestId('question-suggestion-used'));
    expect(document.querySelectorAll('[data-testid="question-suggestion"]')).toHaveLength(1);
  });
});
