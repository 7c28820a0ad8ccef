import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electronBinary.mjs';
import { preflightReport } from '../../scripts/preflight.mjs';
import { browserOpener, defaultWorkspace, startPlan } from '../../scripts/startPlan.mjs';
import { installCommands, missingTools } from '../../scripts/systemTools.mjs';
import { useTempDir } from '../helpers/tempDir';

describe('npm start: desktop window or browser', () => {
  const tmp = useTempDir('assay-start-');
  afterAll(() => tmp.cleanup());

  /** An electron package folder as npm leaves it: path.txt only once the binary was downloaded. */
  function electronPackage(state: 'skipped' | 'downloaded' | 'binary removed'): string {
    const dir = join(tmp.path, state.replace(' ', '-'), 'electron');
    mkdirSync(join(dir, 'dist'), { recursive: true });
    if (state !== 'skipped') writeFileSync(join(dir, 'path.txt'), 'electron');
    if (state === 'downloaded') writeFileSync(join(dir, 'dist', 'electron'), '');
    return dir;
  }

  it('finds the binary only when it was downloaded, without loading the package (which would throw)', () => {
    expect(electronBinary(electronPackage('skipped'), {})).toBeNull();
    expect(electronBinary(electronPackage('binary removed'), {})).toBeNull();
    const downloaded = electronPackage('downloaded');
    expect(electronBinary(downloaded, {})).toBe(join(downloaded, 'dist', 'electron'));
    expect(electronBinary(null, {})).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    const dist = join(tmp.path, 'own-build');
    mkdirSync(dist);
    writeFileSync(join(dist, 'electron'), '');
    expect(electronBinary(electronPackage('skipped'), { ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(
      join(dist, 'electron'),
    );
  });

  it('launches Electron with the arguments given when the binary is there', () => {
    expect(startPlan({ electronPath: '/opt/electron', args: ['--workspace', 'w'] })).toEqual({
      kind: 'electron',
      command: '/opt/electron',
      args: ['.', '--workspace', 'w'],
    });
  });

  it('otherwise serves the desktop default workspace in the browser and says why and how to get the window', () => {
    const plan = startPlan({
      electronPath: null,
      platform: 'linux',
      env: { DISPLAY: ':0' },
      home: '/home/ana',
      has: () => true,
    });
    expect(plan).toMatchObject({
      kind: 'web',
      workspace: '/home/ana/.config/Assay/workspace',
      opener: { command: 'xdg-open', args: [] },
    });
    if (plan.kind !== 'web') throw new Error('expected the browser plan');
    expect(plan.notice).toContain('not installed');
    expect(plan.notice).toContain('in your browser');
    expect(plan.notice).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(plan.notice).toContain('/home/ana/.config/Assay/workspace');
  });

  it('serves the workspace named on the command line instead', () => {
    const plan = startPlan({
      electronPath: null,
      args: ['--workspace=demo'],
      cwd: '/srv',
      env: {},
      has: () => true,
    });
    expect(plan).toMatchObject({ kind: 'web', workspace: '/srv/demo' });
  });

  it('puts the default workspace where Electron keeps userData on each platform', () => {
    expect(defaultWorkspace('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Assay/workspace',
    );
    expect(defaultWorkspace('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(
      join('C:\\Users\\ana\\AppData\\Roaming', 'Assay', 'workspace'),
    );
    expect(defaultWorkspace('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Assay/workspace');
  });

  it('opens no browser on CI or without a desktop session, so the link is printed', () => {
    expect(browserOpener('linux', { CI: 'true', DISPLAY: ':0' }, () => true)).toBeNull();
    expect(browserOpener('linux', {}, () => true)).toBeNull();
    expect(browserOpener('linux', { WAYLAND_DISPLAY: 'wayland-0' }, () => false)).toBeNull();
    expect(browserOpener('darwin', {}, () => false)).toEqual({ command: 'open', args: [] });
  });
});

describe('npm test preflight', () => {
  const none = () => false;

  it('lists each missing tool with one install line per system, packages named once', () => {
    expect(missingTools(['pdfsig', 'qpdf', 'pdftotext'], (name) => name === 'qpdf')).toEqual([
      'pdfsig',
      'pdftotext',
    ]);
    expect(installCommands(['pdfsig', 'pdftotext', 'mutool', 'faketime', 'chromium'])).toEqual({
      apt: 'sudo apt-get install poppler-utils mupdf-tools faketime chromium',
      dnf: 'sudo dnf install poppler-utils mupdf libfaketime chromium',
      brew: 'brew install poppler mupdf-tools libfaketime && brew install --cask chromium',
    });
    expect(missingTools(['openssl'], none)).toEqual(['openssl']);
  });

  it('puts Homebrew’s GNU coreutils under their plain names on PATH, so sha256sum is found', () => {
    expect(installCommands(['sha256sum', 'qpdf']).brew).toBe(
      'brew install qpdf coreutils && export PATH="$(brew --prefix)/opt/coreutils/libexec/gnubin:$PATH"',
    );
    expect(installCommands(['qpdf']).brew).toBe('brew install qpdf');
  });

  it('goes on locally, skipping what needs a missing tool, and stops on CI', () => {
    const local = preflightReport(['pdfsig'], { ci: false, nodeVersion: 'v22.12.0' });
    expect(local.ok).toBe(true);
    expect(local.text).toContain('sudo apt-get install poppler-utils');
    expect(local.text).toContain('skipped');
    const ci = preflightReport(['pdfsig'], { ci: true, nodeVersion: 'v22.12.0' });
    expect(ci.ok).toBe(false);
    expect(ci.text).toContain('stopping here');
  });

  it('says nothing when all is there, and stops on a Node older than 22', () => {
    expect(preflightReport([], { ci: true, nodeVersion: 'v24.1.0' })).toEqual({ ok: true, text: '' });
    const old = preflightReport([], { ci: false, nodeVersion: 'v20.19.0' });
    expect(old.ok).toBe(false);
    expect(old.text).toContain('Node v20.19.0 is too old');
  });
});
