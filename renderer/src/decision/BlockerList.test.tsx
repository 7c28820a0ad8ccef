// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/createI18n';
import { stopEvaluation } from '../testing/decisionFixtures';
import { byTestId, enableActEnvironment } from '../testing/dom';
import { BlockerList } from './BlockerList';

enableActEnvironment();

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

describe('BlockerList', () => {
  it('is a warning named in words, never a success notice', async () => {
    const i18n = await createI18n('ar');
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => {
      root?.render(
        <I18nextProvider i18n={i18n}>
          <BlockerList evaluation={stopEvaluation()} />
        </I18nextProvider>,
      );
    });
    const notice = byTestId('decision-blockers');
    expect(notice.classList.contains('notice--warning')).toBe(true);
    expect(notice.className).not.toMatch(/success/);
    const title = document.getElementById(notice.getAttribute('aria-labelledby') ?? '');
    expect(title?.querySelector('.notice__label')?.textContent).toContain('تنبيه');
    expect(title?.textContent).toContain('الموافقة غير ممكنة بعد');
    expect(notice.querySelector('[data-blocker="missingRequired"]')?.textContent).toContain('C9');
  });
});
