// @vitest-environment jsdom
import type { i18n as I18n } from 'i18next';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createWorkspaceInputSchema } from '../../../assessments/workspace/schemas';
import { AssayClientError } from '../client/AssayClientError';
import { createI18n } from '../i18n/createI18n';
import { loadLocale } from '../i18n/loadLocale';
import { byLabel, byRole, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { applyCoreProblems } from './applyCoreProblems';
import { FormError } from './FormError';
import { FormField } from './FormField';
import { submitOnce } from './submitOnce';
import { useZodForm } from './useZodForm';

enableActEnvironment();

const schema = createWorkspaceInputSchema
  .extend({ confirm: z.string() })
  .refine((value) => value.confirm === value.passphrase, { path: ['confirm'] });

type Submitted = z.output<typeof schema>;

/** A form as the screens write one; `send` plays the core. */
function WorkspaceForm({ send }: { send: (values: Submitted) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useZodForm(schema, { defaultValues: { assessorName: '', passphrase: '', confirm: '' } });
  const onValid = async (values: Submitted) => {
    try {
      await send(values);
    } catch (error) {
      applyCoreProblems(form, error, t);
    }
  };
  return (
    <form noValidate onSubmit={submitOnce(form, onValid)}>
      <FormError control={form.control} />
      <FormField control={form.control} name="assessorName" id="name" label="Name" required>
        {(control) => <input {...control} {...form.register('assessorName')} />}
      </FormField>
      <FormField control={form.control} name="passphrase" id="pass" label="Passphrase" required>
        {(control) => <input {...control} type="password" {...form.register('passphrase')} />}
      </FormField>
      <FormField
        control={form.control}
        name="confirm"
        id="confirm"
        label="Confirm"
        words={{ invalid: 'The passphrases differ.' }}
      >
        {(control) => <input {...control} type="password" {...form.register('confirm')} />}
      </FormField>
      <button type="submit">Create</button>
    </form>
  );
}

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

async function render(send: (values: Submitted) => Promise<void>): Promise<I18n> {
  const i18n = await createI18n('en');
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <I18nextProvider i18n={i18n}>
        <WorkspaceForm send={send} />
      </I18nextProvider>,
    ),
  );
  return i18n;
}

/** Presses submit and lets validation, which is asynchronous, settle inside act(). */
async function submit(): Promise<void> {
  await settle(() => byRole('button', 'Create').click());
}

/** Types into a field and lets its revalidation settle. */
async function type(label: string, value: string): Promise<void> {
  typeInto(byLabel(label), value);
  await settle(() => undefined);
}

async function settle(action: () => void): Promise<void> {
  await act(async () => {
    action();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const errorOf = (label: string) => {
  const ids = byLabel(label).getAttribute('aria-describedby') ?? '';
  return ids ? (document.getElementById(ids.split(' ')[0] ?? '')?.textContent ?? null) : null;
};

describe('useZodForm', () => {
  it('waits for submit, then words each problem and focuses the first invalid field', async () => {
    const sent: Submitted[] = [];
    await render(async (values) => void sent.push(values));
    await type('Passphrase', 'short');
    expect(errorOf('Passphrase')).toBeNull();
    await submit();
    await waitFor(() => expect(errorOf('Name')).toBe('Required'));
    expect(errorOf('Passphrase')).toBe('Use at least 10 characters.');
    expect(byLabel('Name').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(byLabel('Name'));
    expect(sent).toEqual([]);
  });

  it("uses a field's own words and revalidates as the user corrects", async () => {
    await render(async () => undefined);
    await type('Name', 'Ada');
    await type('Passphrase', 'correct horse battery');
    await type('Confirm', 'correct horse');
    await submit();
    await waitFor(() => expect(errorOf('Confirm')).toBe('The passphrases differ.'));
    await type('Confirm', 'correct horse battery');
    await waitFor(() => expect(errorOf('Confirm')).toBeNull());
  });

  it('submits the parsed values once, however often the button is pressed', async () => {
    const sent: Submitted[] = [];
    let finish = () => undefined as void;
    await render(
      (values) =>
        new Promise<void>((resolve) => {
          sent.push(values);
          finish = resolve;
        }),
    );
    await type('Name', '  Ada  ');
    await type('Passphrase', 'correct horse battery');
    await type('Confirm', 'correct horse battery');
    await submit();
    await waitFor(() => expect(sent).toHaveLength(1));
    await submit();
    await act(async () => finish());
    expect(sent).toEqual([
      { assessorName: 'Ada', passphrase: 'correct horse battery', confirm: 'correct horse battery' },
    ]);
  });

  it("shows the core's failure on the form and on the field it names", async () => {
    await render(() =>
      Promise.reject(
        new AssayClientError('invalid_input', 'Invalid input', {
          issues: [{ path: 'assessorName', message: 'enter your name' }],
        }),
      ),
    );
    await type('Name', 'Ada');
    await type('Passphrase', 'correct horse battery');
    await type('Confirm', 'correct horse battery');
    await submit();
    await waitFor(() => expect(document.querySelector('.alert[role="alert"]')).not.toBeNull());
    expect(errorOf('Name')).toBe('Check this value.');
    expect(document.querySelector('.field__error[role="alert"]')?.textContent).toBe('Check this value.');
    expect(document.activeElement).toBe(byLabel('Name'));
  });

  it('re-words the errors shown when the language changes', async () => {
    const i18n = await render(async () => undefined);
    await submit();
    await waitFor(() => expect(errorOf('Passphrase')).toBe('Use at least 10 characters.'));
    const french = await loadLocale('fr');
    await act(async () => {
      i18n.addResourceBundle('fr', 'translation', french);
      await i18n.changeLanguage('fr');
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    await waitFor(() => expect(errorOf('Passphrase')).toBe('Saisissez au moins 10 caractères.'));
  });
});
