import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { OperationInput, OperationName, OperationOutput } from '../../assessments/api/contract';

/**
 * Calls the core the page is connected to, through the same door the UI uses (the preload's
 * `window.assay` in Electron, the token-guarded `/invoke` route on the web transport), so a spec
 * can set up data quickly and compare the screen with what the core computes.
 */
export async function invokeCore<K extends OperationName>(
  page: Page,
  op: K,
  input: OperationInput<K>,
): Promise<OperationOutput<K>> {
  const envelope = await page.evaluate(
    async ([name, body]) => {
      const bridge = (
        window as unknown as { assay?: { invoke(op: string, input: unknown): Promise<unknown> } }
      ).assay;
      if (bridge) return bridge.invoke(name, body);
      const token = sessionStorage.getItem('assay.token');
      const response = await fetch(`/invoke/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(body),
      });
      return response.json() as Promise<unknown>;
    },
    // Plain values on the way in: the page only forwards them; the core parses them.
    [op as string, input as unknown] as const,
  );
  const result = envelope as { ok: true; value: unknown } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${op} failed: ${result.error.message}`);
  return result.value as OperationOutput<K>;
}

type AnswersFile = { answers: Record<string, unknown> };

/** The answers of a fixture in test/fixtures/answers, as `assessment.import` takes them. */
export function fixtureAnswers(name: string): Record<string, { value: unknown; note?: string }> {
  const file = JSON.parse(
    readFileSync(new URL(`../fixtures/answers/${name}.json`, import.meta.url), 'utf8'),
  ) as AnswersFile;
  return Object.fromEntries(
    Object.entries(file.answers).map(([id, entry]) => [
      id,
      typeof entry === 'object' && entry !== null && !Array.isArray(entry) && 'value' in entry
        ? (entry as { value: unknown; note?: string })
        : { value: entry },
    ]),
  );
}

/** The questionnaire version the answers fixtures (the brief's worked examples) are written for. */
export const FIXTURE_TEMPLATE_VERSION = '1.0.0';

/** Imports a scored assessment of the shipped template (the fixtures' version) and returns its id. */
export async function importAssessment(
  page: Page,
  title: string,
  answers: Record<string, { value: unknown; note?: string }>,
  templateVersion = FIXTURE_TEMPLATE_VERSION,
): Promise<string> {
  const summary = await invokeCore(page, 'assessment.import', {
    title,
    templateId: 'surveillance-export-hria',
    templateVersion,
    answers: answers as OperationInput<'assessment.import'>['answers'],
  });
  return summary.id;
}
