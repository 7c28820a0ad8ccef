// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createAssayClient } from '../client/createClient';
import { byRole, byTestId, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { evidenceLinkCore, TEST_ASSESSMENT, testItem } from './evidenceTestCore';
import { QuestionEvidence } from './QuestionEvidence';
import { useQuestionEvidence } from './useQuestionEvidence';

enableActEnvironment();

afterEach(unmountRendered);

function Card({ required, onChanged }: { required: boolean; onChanged: () => void }) {
  const state = useQuestionEvidence(TEST_ASSESSMENT, 'C8', onChanged);
  return <QuestionEvidence state={state} evidenceRequired={required} />;
}

const linkedNames = () =>
  [...document.querySelectorAll('[data-testid="question-evidence-item"] bdi')].map(
    (name) => name.textContent,
  );

describe('QuestionEvidence', () => {
  it('marks a required question with nothing linked, and links stored items found by name', async () => {
    const core = evidenceLinkCore([
      testItem(1, 'contract.pdf', ['A5']),
      testItem(2, 'letter-from-ministry.pdf', []),
    ]);
    let changed = 0;
    await renderWithClient(
      <Card required onChanged={() => (changed += 1)} />,
      createAssayClient(core.transport),
    );
    await waitFor(() => byTestId('evidence-missing'));
    expect(byTestId('evidence-missing').textContent).toContain(
      'Evidence is required here and none is linked yet.',
    );

    click(byTestId('link-existing-evidence'));
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.getAttribute('aria-labelledby')).toBeTruthy();
    expect(document.activeElement).toBe(dialog.querySelector('input[type="search"]'));
    typeInto(dialog.querySelector('input[type="search"]') as HTMLInputElement, 'LETTER');
    const boxes = dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes).toHaveLength(1);
    click(boxes[0] as HTMLInputElement);
    click(byRole('button', 'Save links'));

    await waitFor(() => expect(linkedNames()).toEqual(['letter-from-ministry.pdf']));
    expect(core.calls.filter((call) => call.op === 'evidence.linkMany').map((call) => call.input)).toEqual([
      {
        assessmentId: TEST_ASSESSMENT,
        changes: [{ evidenceId: core.items[1]?.id, questionId: 'C8', linked: true }],
      },
    ]);
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.querySelector('[data-testid="evidence-missing"]')).toBeNull();
    expect(document.querySelector('[role="status"]')?.textContent).toBe('1 link to C8 changed.');
    expect(changed).toBe(1);
  });

  it('shows each linked item with its type and short fingerprint, and unlinks it', async () => {
    const core = evidenceLinkCore([
      testItem(3, 'screening-run-2026-11-02-0000.json', ['C8'], 'application/vnd.assay.screening-run+json'),
    ]);
    await renderWithClient(
      <Card required={false} onChanged={() => undefined} />,
      createAssayClient(core.transport),
    );
    await waitFor(() => byTestId('question-evidence-item'));
    const item = byTestId('question-evidence-item');
    expect(item.textContent).toContain('Screening run (sealed record)');
    expect(item.querySelector('code')?.textContent).toBe('333333333333');
    const unlink = item.querySelector('button') as HTMLButtonElement;
    expect(unlink.getAttribute('aria-label')).toBe(
      'Unlink \u2068screening-run-2026-11-02-0000.json\u2069 from C8',
    );
    click(unlink);
    await waitFor(() => expect(linkedNames()).toEqual([]));
    expect(core.calls.find((call) => call.op === 'evidence.link')?.input).toMatchObject({
      questionId: 'C8',
      linked: false,
    });
    expect(document.activeElement).toBe(byTestId('link-existing-evidence'));
    expect(document.body.textContent).toContain('No evidence is linked to this question.');
  });
});
