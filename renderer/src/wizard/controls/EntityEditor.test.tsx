// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '../../../../assessments/questionnaire/templateSchema';
import type { AnswerValue } from '../../autosave/useAnswerQueue';
import { createI18n } from '../../i18n/createI18n';
import { byLabel, click, enableActEnvironment, typeInto } from '../../testing/dom';
import { EntityEditor } from './EntityEditor';

enableActEnvironment();

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

const QUESTION = {
  id: 'E1',
  type: 'entity',
  text: 'Who are all the parties to the transaction?',
  multiple: true,
  allowUnknown: false,
  required: true,
  redFlags: [],
  mapsTo: [],
} as unknown as Question;

async function renderEditor(initial: AnswerValue | undefined) {
  const i18n = await createI18n('en');
  const emitted: (AnswerValue | undefined)[] = [];
  function Harness() {
    const [value, setValue] = useState<AnswerValue | undefined>(initial);
    return (
      <EntityEditor
        question={QUESTION}
        text={{} as never}
        value={value}
        onChange={(next) => {
          emitted.push(next);
          setValue(next);
        }}
        labelledBy="q"
        describedBy="d"
        invalid={false}
      />
    );
  }
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <I18nextProvider i18n={i18n}>
        <Harness />
      </I18nextProvider>,
    ),
  );
  return { last: () => JSON.parse(JSON.stringify(emitted.at(-1) ?? null)) as unknown };
}

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** A checkbox wrapped in its own <label>. */
const checkbox = (text: string) => {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  const input = label?.querySelector('input');
  if (!input) throw new Error(`No checkbox labelled "${text}"`);
  return input;
};
const hasLabel = (text: string) =>
  [...document.querySelectorAll('label')].some((label) => label.textContent?.trim() === text);

describe('the party editor', () => {
  it('records a party as not identified with its role and reason, hiding the name, and gives the name back', async () => {
    const { last } = await renderEditor([
      { name: 'Acme', aliases: [], address: '', identifiers: [], role: 'forwarder' },
    ]);
    click(checkbox('Party not identified'));
    expect(last()).toEqual([{ notIdentified: true, role: 'forwarder' }]);
    expect(hasLabel('Name')).toBe(false);
    typeInto(byLabel('Why it cannot be identified (optional)'), 'The contract names none');
    typeInto(byLabel('Role'), 'freight forwarder');
    expect(last()).toEqual([
      { notIdentified: true, role: 'freight forwarder', reason: 'The contract names none' },
    ]);
    typeInto(byLabel('Why it cannot be identified (optional)'), '');
    expect(last()).toEqual([{ notIdentified: true, role: 'freight forwarder' }]);
    click(checkbox('Party not identified'));
    expect(byLabel('Name').value).toBe('Acme');
    expect(last()).toEqual([
      { name: 'Acme', aliases: [], address: '', identifiers: [], role: 'freight forwarder' },
    ]);
  });

  it('opens a stored party that is not identified as such', async () => {
    await renderEditor([{ notIdentified: true, role: 'bank', reason: 'Payment route unknown' }]);
    expect(checkbox('Party not identified').checked).toBe(true);
    expect(byLabel('Role').value).toBe('bank');
    expect(byLabel('Why it cannot be identified (optional)').value).toBe('Payment route unknown');
    expect(hasLabel('Name')).toBe(false);
  });

  it('edits the birth date or year, the nationality and typed identifiers, leaving empty ones out', async () => {
    const { last } = await renderEditor(undefined);
    typeInto(byLabel('Name'), 'Jin Tiesan');
    typeInto(byLabel('Date or year of birth'), '1971');
    choose(byLabel<HTMLSelectElement>('Nationality'), 'CN');
    click(
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Add identifier') as HTMLElement,
    );
    const type = document.querySelector<HTMLSelectElement>('select[aria-label="Identifier type 1"]');
    expect(type?.value).toBe('');
    choose(type as HTMLSelectElement, 'passport');
    typeInto(document.querySelector('input[aria-label="Identifier 1"]') as HTMLInputElement, 'E12345678');
    expect(last()).toEqual([
      {
        name: 'Jin Tiesan',
        aliases: [],
        address: '',
        role: '',
        birthDate: '1971',
        nationality: 'CN',
        identifiers: [{ type: 'passport', value: 'E12345678' }],
      },
    ]);
    typeInto(byLabel('Date or year of birth'), '');
    choose(byLabel<HTMLSelectElement>('Nationality'), '');
    expect(last()).toEqual([
      {
        name: 'Jin Tiesan',
        aliases: [],
        address: '',
        role: '',
        identifiers: [{ type: 'passport', value: 'E12345678' }],
      },
    ]);
  });

  it('keeps a free-text identifier type written by version 1 as it was', async () => {
    const stored = {
      name: 'Acme',
      aliases: [],
      address: '',
      identifiers: [{ type: 'trade licence', value: 'FZE-1' }],
      role: '',
    };
    const { last } = await renderEditor([stored]);
    const type = document.querySelector<HTMLSelectElement>('select[aria-label="Identifier type 1"]');
    expect(type?.value).toBe('trade licence');
    expect([...(type?.options ?? [])].map((option) => option.value)).toEqual([
      '',
      'passport',
      'national-id',
      'company-registration',
      'imo',
      'other',
      'trade licence',
    ]);
    typeInto(byLabel('Address'), 'Jebel Ali');
    expect(last()).toEqual([{ ...stored, address: 'Jebel Ali' }]);
  });

  it('moves focus to a new party’s first field, and after a removal to the party in its place', async () => {
    const party = (name: string) => ({ name, aliases: [], address: '', identifiers: [], role: '' });
    await renderEditor([party('Acme'), party('Beta')]);
    const button = (text: string) =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLElement;
    const nameOf = (row: number) => {
      const rows = document.querySelectorAll('fieldset.party');
      return rows[row]?.querySelector<HTMLInputElement>('input:not([type="checkbox"])');
    };

    click(button('Add party'));
    expect(document.querySelectorAll('fieldset.party')).toHaveLength(3);
    expect(document.activeElement).toBe(nameOf(2));
    typeInto(nameOf(2) as HTMLInputElement, 'Gamma');

    click(button('Remove party 2'));
    expect(nameOf(1)?.value).toBe('Gamma');
    expect(document.activeElement).toBe(nameOf(1));

    click(button('Remove party 2'));
    expect(document.querySelectorAll('fieldset.party')).toHaveLength(1);
    expect(document.activeElement).toBe(nameOf(0));
    expect(nameOf(0)?.value).toBe('Acme');
  });
});
