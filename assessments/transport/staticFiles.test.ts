import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/tempDir';
import { resolveStaticPath } from './staticFiles';

describe('resolveStaticPath', () => {
  let tmp: ReturnType<typeof useTempDir>;
  let root: string;
  beforeEach(() => {
    tmp = useTempDir();
    root = join(tmp.path, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'app.js'), '');
    writeFileSync(join(tmp.path, 'secret.txt'), 'outside');
    symlinkSync(join(tmp.path, 'secret.txt'), join(root, 'assets', 'link.txt'));
  });
  afterEach(() => tmp.cleanup());

  it('serves files inside the root and index.html for the root and app routes', () => {
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assessments')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js?v=1')).toBe(join(root, 'assets', 'app.js'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/link.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
    '/assets/missing.js',
    '/assets',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(root, path)).toBeNull();
  });
});
