// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { templateSchema } from '../../../assessments/questionnaire/templateSchema';
import { templateText } from '../../../assessments/questionnaire/templateText';
import shippedTemplate from '../../../templates/surveillance-export-hria/1.1.0/template.json';
import { createAssayClient } from '../client/createClient';
import { byLabel, byTestId, click, enableActEnvironment, waitFor } from '../testing/dom';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { evidenceLinkCore, TEST_ASSESSMENT, testItem } from './evidenceTestCore';
import { EvidenceLinkGrid } from './EvidenceLinkGrid';
import type { EvidenceItem } from './evidenceTypes';
import { pendingChanges } from './linkGridChanges';

enableActEnvironment();

const template = templateSchema.parse(shippedTemplate);
const text = templateText({ template, translations: [] }, 'en');

afterEach(unmountRendered);

function box(name: string, questionId: string): HTMLInputElement {
  const found = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((input) =>
    input.getAttribute('aria-label')?.startsWith(`Link \u2068${name}\u2069 to ${questionId} `),
  );
  if (!found) throw new Error(`no box for ${name} × ${questionId}`);
  return found;
}

describe('pendingChanges', () => {
  it('keeps only the boxes that differ from what is stored', () => {
    const items = [testItem(1, 'contract.pdf', ['A5']), testItem(2, 'letter.pdf', [])];
    const [a, b] = items as [EvidenceItem, EvidenceItem];
    const pending = new Map([
      [`${a.id}|A5`, true],
      [`${a.id}|C8`, true],
      [`${b.id}|A5`, false],
      [`${b.id}|E2`, true],
    ]);
    expect(pendingChanges(items, pending)).toEqual([
      { evidenceId: a.id, questionId: 'C8', linked: true },
      { evidenceId: b.id, questionId: 'E2', linked: true },
    ]);
  });
});

describe('EvidenceLinkGrid', () => {
  it('links many items to many questions in one call, and a box set back is no change', async () => {
    const core = evidenceLinkCore([testItem(1, 'contract.pdf', ['A5']), testItem(2, 'letter.pdf', [])]);
    const applied: EvidenceItem[][] = [];
    await renderWithClient(
      <EvidenceLinkGrid
        assessmentId={TEST_ASSESSMENT}
        template={template}
        text={text}
        items={core.items.map((item) => ({ ...item }))}
        onApplied={(items) => applied.push(items)}
      />,
      createAssayClient(core.transport),
    );
    expect(box('contract.pdf', 'A5').checked).toBe(true);
    const apply = byTestId('link-grid-apply');
    expect(apply.getAttribute('aria-disabled')).toBe('true');

    click(box('contract.pdf', 'C8'));
    click(box('letter.pdf', 'C8'));
    click(box('letter.pdf', 'E7'));
    click(box('contract.pdf', 'A5'));
    click(box('contract.pdf', 'A5'));
    expect(apply.textContent).toBe('Apply 3 changes');
    click(apply);
    await waitFor(() => expect(applied).toHaveLength(1));

    const batches = core.calls.filter((call) => call.op === 'evidence.linkMany');
    expect(batches).toHaveLength(1);
    expect(batches[0]?.input).toEqual({
      assessmentId: TEST_ASSESSMENT,
      changes: [
        { evidenceId: core.items[0]?.id, questionId: 'C8', linked: true },
        { evidenceId: core.items[1]?.id, questionId: 'C8', linked: true },
        { evidenceId: core.items[1]?.id, questionId: 'E7', linked: true },
      ],
    });
    expect(core.calls.some((call) => call.op === 'evidence.link')).toBe(false);
    expect(document.body.textContent).toContain('3 links changed.');
  });

  it('filters the rows by section and names every box for a screen reader', async () => {
    const core = evidenceLinkCore([testItem(1, 'contract.pdf', [])]);
    await renderWithClient(
      <EvidenceLinkGrid
        assessmentId={TEST_ASSESSMENT}
        template={template}
        text={text}
        items={core.items}
        onApplied={() => undefined}
      />,
      createAssayClient(core.transport),
    );
    const select = byLabel<HTMLSelectElement>('Show section');
    act(() => {
      select.value = 'E';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const rows = [...document.querySelectorAll('tbody th[scope="row"] .link-grid__question-id')].map(
      (cell) => cell.textContent,
    );
    expect(rows).toEqual(template.sections.find((section) => section.id === 'E')?.questions.map((q) => q.id));
    expect(box('contract.pdf', 'E2').getAttribute('aria-label')).toContain(text.questionText('E2'));
  });
});
