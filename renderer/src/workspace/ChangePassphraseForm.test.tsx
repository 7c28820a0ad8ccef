// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssayClient } from '../client/createClient';
import { byLabel, byRole, byTestId, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { createFakeCore } from '../testing/fakeCore';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { ChangePassphraseForm } from './ChangePassphraseForm';

enableActEnvironment();
afterEach(unmountRendered);

const FIRST = 'correct horse battery';
const SECOND = 'granite lantern orchard 42';

async function render() {
  const core = createFakeCore({ state: 'unlocked', passphrase: FIRST });
  await renderWithClient(<ChangePassphraseForm />, createAssayClient(core.transport));
}

async function change(current: string, next: string, confirm = next) {
  typeInto(byLabel('Current passphrase'), current);
  typeInto(byLabel('New passphrase'), next);
  typeInto(byLabel('Confirm new passphrase'), confirm);
  await act(async () => {
    byRole('button', 'Change passphrase').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const errorsShown = () => [...document.querySelectorAll('.field__error')].map((error) => error.textContent);

describe('ChangePassphraseForm', () => {
  it('names each problem in its own words before asking the core', async () => {
    await render();
    await change(FIRST, FIRST, 'something else');
    await waitFor(() =>
      expect(errorsShown()).toEqual([
        'Choose a passphrase different from the current one.',
        'The two new passphrases do not match.',
      ]),
    );
    expect(document.activeElement).toBe(byLabel('New passphrase'));
  });

  it('puts a wrong current passphrase on its field, announced and focused', async () => {
    await render();
    await change('not the passphrase', SECOND);
    await waitFor(() =>
      expect(document.querySelector('.field__error[role="alert"]')?.textContent).toBe(
        'This is not the current passphrase. Nothing was changed.',
      ),
    );
    expect(document.activeElement).toBe(byLabel('Current passphrase'));
  });

  it('says the passphrase changed, empties the fields, and forgets it once typing starts again', async () => {
    await render();
    await change(FIRST, SECOND);
    await waitFor(() =>
      expect(byTestId('passphrase-status').textContent).toBe(
        'Passphrase changed. Use the new one from now on.',
      ),
    );
    expect(byLabel('Current passphrase').value).toBe('');
    expect(errorsShown()).toEqual([]);
    typeInto(byLabel('Current passphrase'), SECOND);
    expect(byTestId('passphrase-status').textContent).toBe('');
  });
});
