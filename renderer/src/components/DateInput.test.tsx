// @vitest-environment jsdom
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssayClient } from '../client/createClient';
import { enableActEnvironment, typeInto } from '../testing/dom';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import { DateInput } from './DateInput';

enableActEnvironment();
afterEach(unmountRendered);

const client = createAssayClient({
  kind: 'web',
  invoke: () => Promise.reject(new Error('no core here')),
  on: () => () => undefined,
});

describe('DateInput', () => {
  it('takes YYYY-MM-DD in any page language and writes the date out in that language', async () => {
    const ref = createRef<HTMLInputElement>();
    const typed: string[] = [];
    function Harness() {
      const [value, setValue] = useState('');
      return (
        <DateInput
          ref={ref}
          aria-label="Review date"
          value={value}
          onChange={(next) => {
            typed.push(next);
            setValue(next);
          }}
        />
      );
    }
    await renderWithClient(<Harness />, client, 'fr');
    const input = ref.current as HTMLInputElement;
    // Not the browser's date picker, whose segment order follows the browser's locale.
    expect(input.type).toBe('text');
    expect(input.dir).toBe('ltr');
    expect(document.body.textContent).toContain('Année-mois-jour');
    typeInto(input, '2026-11-02');
    expect(typed).toEqual(['2026-11-02']);
    expect(document.body.textContent).toContain('2 novembre 2026');
    typeInto(input, '2026-02-30');
    expect(document.body.textContent).toContain('Année-mois-jour');
  });
});
