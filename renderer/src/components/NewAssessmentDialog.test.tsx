// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import shippedTemplate from '../../../templates/surveillance-export-hria/1.0.0/template.json';
import { ClientContext } from '../client/ClientContext';
import { createAssayClient } from '../client/createClient';
import type { Transport } from '../client/transport';
import { createI18n } from '../i18n/createI18n';
import { createFakeCore } from '../testing/fakeCore';
import { byLabel, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { NewAssessmentDialog } from './NewAssessmentDialog';

enableActEnvironment();

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

/** The fake core, offering the shipped template and keeping what `assessment.create` received. */
function coreWithTemplate() {
  const core = createFakeCore({ state: 'unlocked' });
  const created: Record<string, unknown>[] = [];
  const transport: Transport = {
    kind: core.transport.kind,
    on: (event, cb) => core.transport.on(event, cb),
    invoke(op, input) {
      if (op === 'template.list')
        return Promise.resolve({
          ok: true,
          value: [
            {
              id: shippedTemplate.id,
              version: shippedTemplate.version,
              hash: 'f'.repeat(64),
              title: shippedTemplate.title,
              titles: { fr: 'Évaluation SE-HRIA' },
              locales: shippedTemplate.locales,
              sections: shippedTemplate.sections.length,
              questions: shippedTemplate.sections.reduce(
                (count, section) => count + section.questions.length,
                0,
              ),
            },
          ],
        });
      if (op === 'assessment.create') created.push(input as Record<string, unknown>);
      return core.transport.invoke(op, input);
    },
  };
  return { transport, created };
}

async function renderDialog(language: 'en' | 'fr' = 'en') {
  const { transport, created } = coreWithTemplate();
  const i18n = await createI18n(language);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <I18nextProvider i18n={i18n}>
        <ClientContext value={createAssayClient(transport)}>
          <NewAssessmentDialog onClose={() => undefined} onCreated={() => undefined} />
        </ClientContext>
      </I18nextProvider>,
    ),
  );
  // The questionnaire's own intake fields arrive with it.
  await waitFor(() => expect(document.querySelector('input[type="checkbox"]')).not.toBeNull());
  return { created };
}

const endUserNotIdentified = () =>
  [...document.querySelectorAll('label')]
    .find((label) => label.textContent?.trim() === 'End user not identified')
    ?.querySelector('input') ?? null;

const submit = () => click(document.querySelector('button[type="submit"]') as HTMLElement);

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const detailsGroup = () => document.querySelector('details');
const openDetails = () => click(detailsGroup()?.querySelector('summary') as HTMLElement);
const errorOf = (control: HTMLElement) => document.getElementById(`${control.id}-error`)?.textContent ?? null;

describe('the new-assessment dialog', () => {
  it('names each questionnaire in the interface language, in English where it has no translation', async () => {
    await renderDialog('fr');
    const option = document.querySelector('option');
    expect(option?.textContent).toContain('Évaluation SE-HRIA');
    expect(option?.textContent).not.toContain(shippedTemplate.title);
  });

  it('moves on from the title with Enter instead of creating the assessment half filled in', async () => {
    const { created } = await renderDialog();
    const title = byLabel('Title');
    typeInto(title, 'Interception platform');
    title.focus();
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    act(() => void title.dispatchEvent(enter));
    expect(enter.defaultPrevented).toBe(true);
    expect(document.activeElement).not.toBe(title);
    expect(document.activeElement?.closest('form')).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(created).toHaveLength(0);
    // Ctrl+Enter (or the button) still submits from anywhere in the form.
    const ctrlEnter = new KeyboardEvent('keydown', {
      key: 'Enter',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    act(() => void title.dispatchEvent(ctrlEnter));
    expect(ctrlEnter.defaultPrevented).toBe(false);
  });

  it('records an end user that cannot be named as the first party, not identified, and sends no name', async () => {
    const { created } = await renderDialog();
    typeInto(byLabel('Title'), 'Interception platform');
    typeInto(byLabel('End user'), 'Typed, then withdrawn');
    click(endUserNotIdentified() as HTMLInputElement);
    expect(() => byLabel('End user')).toThrow();
    submit();
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]?.endUserName).toBeNull();
    expect(created[0]?.initialAnswers).toEqual({
      E1: { value: [{ notIdentified: true, role: 'end user' }] },
    });
  });

  it('names the end user as before when the box is left unticked', async () => {
    const { created } = await renderDialog();
    typeInto(byLabel('Title'), 'Interception platform');
    typeInto(byLabel('End user'), 'General Intelligence Directorate');
    submit();
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]?.endUserName).toBe('General Intelligence Directorate');
    expect(created[0]?.initialAnswers).toEqual({
      E1: { value: [{ name: 'General Intelligence Directorate', role: 'end user' }] },
    });
  });
});

describe('the new-assessment dialog, when something is missing', () => {
  it('names the missing title, focuses it and sends nothing', async () => {
    const { created } = await renderDialog();
    byLabel('Title').blur();
    submit();
    await waitFor(() => expect(document.activeElement).toBe(byLabel('Title')));
    expect(byLabel('Title').getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('.field__error')?.textContent).toBe('Enter a title.');
    typeInto(byLabel('Title'), 'Interception platform');
    await waitFor(() => expect(document.querySelector('.field__error')).toBeNull());
    expect(created).toHaveLength(0);
  });

  it('asks for the control status a typed control code belongs to, focusing that select', async () => {
    const { created } = await renderDialog();
    typeInto(byLabel('Title'), 'Interception platform');
    typeInto(byLabel('Control code'), '5A001.j');
    submit();
    const status = byLabel<HTMLSelectElement>('Export-control status');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(document.querySelector('.field__error')?.textContent).toBe(
      'Choose the export-control status this code belongs to.',
    );
    expect(created).toHaveLength(0);
  });
});

describe('the new-assessment dialog, identifying the end user more precisely', () => {
  it('keeps the group folded away until asked, then adds the country and identifier to the end user', async () => {
    const { created } = await renderDialog();
    const group = detailsGroup();
    expect(group?.querySelector('summary')?.textContent).toBe('Identify the end user more precisely');
    expect(group?.open).toBe(false);
    openDetails();
    expect(detailsGroup()?.open).toBe(true);
    typeInto(byLabel('Title'), 'Interception platform');
    typeInto(byLabel('End user'), 'General Intelligence Directorate');
    const country = byLabel<HTMLSelectElement>('Country of registration or nationality');
    expect(country.value).toBe('');
    choose(country, 'EG');
    const type = byLabel<HTMLSelectElement>('Identifier type');
    expect([...type.options].map((option) => option.textContent)).toContain('Company registration number');
    choose(type, 'company-registration');
    typeInto(byLabel('Identifier'), ' 1234-567 ');
    submit();
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]?.initialAnswers).toEqual({
      E1: {
        value: [
          {
            name: 'General Intelligence Directorate',
            role: 'end user',
            nationality: 'EG',
            identifiers: [{ type: 'company-registration', value: '1234-567' }],
          },
        ],
      },
    });
  });

  it('asks for the value of an identifier whose type was chosen, opening the group to focus it', async () => {
    const { created } = await renderDialog();
    openDetails();
    typeInto(byLabel('Title'), 'Interception platform');
    typeInto(byLabel('End user'), 'General Intelligence Directorate');
    choose(byLabel<HTMLSelectElement>('Identifier type'), 'passport');
    openDetails();
    expect(detailsGroup()?.open).toBe(false);
    submit();
    const value = byLabel('Identifier');
    await waitFor(() => expect(document.activeElement).toBe(value));
    expect(detailsGroup()?.open).toBe(true);
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(value)).toBe(
      'Enter the number or code of this identifier, or set its type back to “No identifier”.',
    );
    typeInto(value, 'P123');
    await waitFor(() => expect(errorOf(value)).toBeNull());
    expect(created).toHaveLength(0);
  });

  it('asks for the type of an identifier typed without one', async () => {
    const { created } = await renderDialog();
    openDetails();
    typeInto(byLabel('Title'), 'Interception platform');
    typeInto(byLabel('End user'), 'General Intelligence Directorate');
    typeInto(byLabel('Identifier'), 'P123');
    submit();
    const type = byLabel<HTMLSelectElement>('Identifier type');
    await waitFor(() => expect(document.activeElement).toBe(type));
    expect(errorOf(type)).toBe('Choose the type of this identifier.');
    expect(created).toHaveLength(0);
  });

  it('asks for the name the details belong to, in the interface language', async () => {
    const { created } = await renderDialog('fr');
    openDetails();
    typeInto(byLabel('Titre'), 'Plateforme d’interception');
    choose(byLabel<HTMLSelectElement>('Pays d’immatriculation ou nationalité'), 'AE');
    submit();
    const name = byLabel('Utilisateur final');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(errorOf(name)).toBe(
      'Saisissez le nom de l’utilisateur final : le pays et l’identifiant indiqués plus bas s’y rapportent.',
    );
    expect(created).toHaveLength(0);
  });

  it('hides the group when the end user is not identified, and sends none of its details', async () => {
    const { created } = await renderDialog();
    openDetails();
    typeInto(byLabel('Title'), 'Interception platform');
    choose(byLabel<HTMLSelectElement>('Country of registration or nationality'), 'EG');
    typeInto(byLabel('Identifier'), 'P123');
    click(endUserNotIdentified() as HTMLInputElement);
    expect(detailsGroup()).toBeNull();
    submit();
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]?.initialAnswers).toEqual({
      E1: { value: [{ notIdentified: true, role: 'end user' }] },
    });
  });
});
