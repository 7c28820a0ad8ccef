import type { Page } from '@playwright/test';
import type { ScriptedDialogAnswer } from '../../assessments/api/dialogs';

/** Whether the page runs over the web transport, where file dialogs are answered by script. */
export async function hasScriptedDialogs(page: Page): Promise<boolean> {
  return page.evaluate(() => !(window as unknown as { assay?: unknown }).assay);
}

/**
 * Queues the answer the next file dialog gives (web transport only: `/dialogs/script`, guarded by
 * the session token), as a user picking that file would.
 */
export async function scriptDialog(page: Page, answer: ScriptedDialogAnswer): Promise<void> {
  const status = await page.evaluate(async (body) => {
    const token = sessionStorage.getItem('assay.token');
    const response = await fetch('/dialogs/script', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}` },
      body: JSON.stringify(body),
    });
    return response.status;
  }, answer);
  if (status !== 204) throw new Error(`scripting the dialog failed with HTTP ${status}`);
}
