import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../assessments/transport/staticFiles';
import { respondToAppRequest } from './appResponse';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'assay-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Assay</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(base, 'secret.txt'), 'workspace passphrase');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  return respondToAppRequest(root, new Request(url, { method }));
}

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('respondToAppRequest', () => {
  it('serves index.html with its MIME type and the security headers', async () => {
    const response = await get('assay://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('<title>Assay</title>');
  });

  it('serves assets and falls back to index.html for the root and client-side routes', async () => {
    const script = await get('assay://app/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
    for (const url of ['assay://app/', 'assay://app', 'assay://app/assessments/123?tab=risk']) {
      expect(await (await get(url)).text()).toContain('<title>Assay</title>');
    }
  });

  it.each([
    'assay://app/../secret.txt',
    'assay://app/%2e%2e/secret.txt',
    'assay://app/..%2fsecret.txt',
    'assay://app/%2e%2e%2fsecret.txt',
    'assay://app/assets/..%2f..%2fsecret.txt',
    'assay://app/..%5csecret.txt',
    'assay://app/%252e%252e/secret.txt',
    'assay://app/index.html%00.js',
    'assay://app/assets/link.txt',
    'assay://app/missing.js',
  ])('refuses %s with a 404 that still carries the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).not.toContain('passphrase');
  });

  it.each(['assay://evil/index.html', 'assay://app.evil/index.html', 'assay://app:1/index.html'])(
    'refuses the foreign host %s',
    async (url) => {
      expect((await get(url)).status).toBe(404);
    },
  );

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('assay://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('assay://app/index.html', 'POST');
    expect(post.status).toBe(405);
    expectSecurityHeaders(post);
  });
});
