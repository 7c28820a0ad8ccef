import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  isAllowedIpcSender,
  isAllowedNavigation,
  isAllowedRequestUrl,
  isAppUrl,
} from './policy';

const appUrls = [
  APP_ENTRY_URL,
  'assay://app/',
  'assay://app',
  'assay://app/assets/index-3f2a.js',
  'assay://app/assessments/1234?tab=answers#q-12',
  // Dot segments are resolved by the URL parser and stay inside the app; the protocol handler
  // (appResponse.test.ts) is what refuses to map them outside the renderer folder.
  'assay://app/../../etc/passwd',
  'assay://app/%2e%2e/%2e%2e/etc/passwd',
  'assay://app/..%2f..%2fetc%2fpasswd',
];

const foreignAssayUrls = [
  'assay://evil/index.html',
  'assay://app.evil.example/index.html',
  'assay://app./index.html',
  'assay://APP/index.html',
  'assay://app:443/index.html',
  'assay://user@app/index.html',
  'assay://user:pass@app/index.html',
  'assay://app\\@evil/index.html',
  'assay:///app/index.html',
  'assay:app/index.html',
  'assay:/index.html',
];

const otherSchemes = [
  'https://app/index.html',
  'http://localhost:5173/',
  'http://127.0.0.1/invoke/workspace.unlock',
  'https://example.org/',
  'ws://127.0.0.1:9222/',
  'wss://example.org/',
  'ftp://example.org/',
  'file:///etc/passwd',
  'file://app/index.html',
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  'vbscript:msgbox(1)',
  'about:blank',
  'chrome://settings',
  'chrome-extension://abcdef/page.html',
  'view-source:assay://app/index.html',
  'mailto:someone@example.org',
];

const garbage = ['', ' ', 'index.html', '/index.html', '//app/index.html', 'assay', '%00', 'http://'];

describe('isAppUrl / isAllowedNavigation', () => {
  it.each(appUrls)('allows the app page %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([...foreignAssayUrls, ...otherSchemes, ...garbage])('blocks navigation to %j', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('blocks in-memory pages as navigation targets even though they may be loaded as resources', () => {
    for (const url of [
      'data:text/html,<script>alert(1)</script>',
      'blob:assay://app/0b5d',
      'devtools://devtools/bundled/devtools_app.html',
    ]) {
      expect(isAllowedNavigation(url)).toBe(false);
    }
  });
});

describe('isAllowedRequestUrl', () => {
  it.each(appUrls)('allows the app resource %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(true);
  });

  it.each([
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:assay://app/7c0e3b2e-9f2c-4c1b-8f67-3f0d8c1a2b3c',
    'devtools://devtools/bundled/devtools_app.html',
  ])('allows the local-only URL %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(true);
  });

  it.each([...foreignAssayUrls, ...otherSchemes, ...garbage])('blocks the request %j', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
  });
});

describe('isAllowedIpcSender', () => {
  it('accepts only frames showing the app', () => {
    expect(isAllowedIpcSender(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedIpcSender('assay://app/assessments')).toBe(true);
  });

  it.each([
    null,
    undefined,
    '',
    'about:blank',
    'assay://evil/index.html',
    'file:///work/dist/renderer/index.html',
    'data:text/html,x',
  ])('refuses %j', (url) => {
    expect(isAllowedIpcSender(url)).toBe(false);
  });
});
