// @vitest-environment jsdom
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/createI18n';
import { WorkspaceBanner } from './WorkspaceBanner';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('WorkspaceBanner', () => {
  let container: HTMLDivElement;
  let root: Root;
  let i18n: i18n;
  beforeAll(async () => {
    i18n = await createI18n('en');
  });
  const render = (node: ReactNode) =>
    act(() => root.render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>));
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const base = { state: 'unlocked' as const, directory: '/w', workspaceId: 'w', assessorName: 'N' };

  it('says a damaged workspace is read-only, with the core’s message naming the file', () => {
    render(
      <WorkspaceBanner
        status={{ ...base, readOnly: true, warnings: ['/w/assay.db failed its integrity check'] }}
      />,
    );
    const banner = container.querySelector('[data-testid="workspace-banner"]');
    expect(banner?.getAttribute('role')).toBe('alert');
    expect(banner?.textContent).toContain('open read-only');
    expect(banner?.textContent).toContain('/w/assay.db failed its integrity check');
  });

  it('shows nothing for a healthy workspace', () => {
    render(<WorkspaceBanner status={{ ...base, readOnly: false, warnings: [] }} />);
    expect(container.textContent).toBe('');
  });
});
