// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssayClient } from '../client/createClient';
import { en } from '../i18n/locales/en';
import { byLabel, byRole, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { createFakeCore } from '../testing/fakeCore';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { UnlockScreen } from './UnlockScreen';

enableActEnvironment();
afterEach(unmountRendered);

async function render() {
  const core = createFakeCore({ state: 'locked', passphrase: 'correct horse battery' });
  const unlocked: string[] = [];
  await renderWithClient(
    <UnlockScreen directory="/home/amira/Assay" onUnlocked={(status) => unlocked.push(status.state)} />,
    createAssayClient(core.transport),
  );
  return unlocked;
}

async function unlock(passphrase: string) {
  typeInto(byLabel('Passphrase'), passphrase);
  await act(async () => {
    byRole('button', 'Unlock').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const alertText = () => document.querySelector('[role="alert"]')?.textContent ?? null;

describe('UnlockScreen', () => {
  it('starts in the passphrase field and asks for it when it is empty', async () => {
    const unlocked = await render();
    expect(document.activeElement).toBe(byLabel('Passphrase'));
    await unlock('');
    await waitFor(() => expect(alertText()).toBe('Enter your passphrase.'));
    expect(unlocked).toEqual([]);
  });

  it('refuses a wrong passphrase on its field, selected for typing again, then opens with the right one', async () => {
    const unlocked = await render();
    await unlock('not it');
    await waitFor(() => expect(alertText()).toBe(en.errors.wrong_passphrase));
    const field = byLabel('Passphrase');
    await waitFor(() => expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'not it'.length]));
    expect(document.activeElement).toBe(field);
    await unlock('correct horse battery');
    await waitFor(() => expect(unlocked).toEqual(['unlocked']));
  });
});
