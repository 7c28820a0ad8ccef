// The programs outside Node that the tests call, and the package that brings each on Debian/Ubuntu,
// Fedora and macOS (Homebrew). Read by scripts/preflight.mjs and by test/helpers/tools.ts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Playwright looks for Chromium (playwright.config.ts reads the same variable). */
export function chromiumPath(env = process.env) {
  return env.ASSAY_CHROMIUM || '/usr/bin/chromium';
}

const poppler = { apt: 'poppler-utils', dnf: 'poppler-utils', brew: 'poppler' };

/**
 * Every tool: `purpose` says what needs it, `check` runs it the cheapest way that proves it works.
 * faketime is checked by running it, since a faketime whose library is missing does not move the clock.
 */
export const SYSTEM_TOOLS = [
  { name: 'pdfsig', purpose: 'checks signed reports', packages: poppler },
  { name: 'pdftotext', purpose: 'reads text back from reports', packages: poppler },
  { name: 'pdfdetach', purpose: 'lists files attached to reports', packages: poppler },
  { name: 'pdfinfo', purpose: 'reads report metadata', packages: poppler },
  { name: 'pdffonts', purpose: 'lists embedded fonts', packages: poppler },
  { name: 'qpdf', purpose: 'checks and rewrites PDFs', packages: { apt: 'qpdf', dnf: 'qpdf', brew: 'qpdf' } },
  {
    name: 'mutool',
    purpose: 'checks and rewrites PDFs',
    packages: { apt: 'mupdf-tools', dnf: 'mupdf', brew: 'mupdf-tools' },
  },
  {
    name: 'openssl',
    purpose: 'test certificate authority, CMS signer and time-stamping authority',
    packages: { apt: 'openssl', dnf: 'openssl', brew: 'openssl@3' },
  },
  {
    name: 'faketime',
    purpose: 'moves the clock of the test time-stamping authority',
    packages: { apt: 'faketime', dnf: 'libfaketime', brew: 'libfaketime' },
  },
  {
    name: 'sha256sum',
    purpose: 'independent hash of stored evidence',
    packages: { apt: 'coreutils', dnf: 'coreutils', brew: 'coreutils' },
    // Homebrew names GNU coreutils' programs gsha256sum and so on; their plain names live here.
    brewPath: '$(brew --prefix)/opt/coreutils/libexec/gnubin',
  },
  {
    name: 'chromium',
    purpose: 'browser of the end-to-end tests (set ASSAY_CHROMIUM to use another path)',
    packages: { apt: 'chromium', dnf: 'chromium', brew: '--cask chromium' },
  },
];

/** Whether a tool is there and runs. */
export function toolWorks(name, env = process.env) {
  if (name === 'chromium') return existsSync(chromiumPath(env));
  if (name === 'faketime') {
    const result = spawnSync('faketime', ['2001-02-03 04:05:06', 'date', '-u', '+%Y'], {
      encoding: 'utf8',
      env: { ...env, TZ: 'UTC' },
    });
    return result.status === 0 && result.stdout.trim() === '2001';
  }
  const probe = spawnSync(process.platform === 'win32' ? 'where' : 'which', [name], { stdio: 'ignore' });
  return probe.status === 0;
}

/** The tools among `names` that are missing, in the order given. */
export function missingTools(names, works = toolWorks) {
  return names.filter((name) => !works(name));
}

/** The one command per package manager that installs `names`, packages named once each. */
export function installCommands(names) {
  const tools = SYSTEM_TOOLS.filter((tool) => names.includes(tool.name));
  const packages = (manager) => [...new Set(tools.map((tool) => tool.packages[manager]))];
  const brewFormulae = packages('brew').filter((name) => !name.startsWith('--cask'));
  const brewCasks = packages('brew').filter((name) => name.startsWith('--cask'));
  const brewPaths = tools.flatMap((tool) => (tool.brewPath ? [tool.brewPath] : []));
  return {
    apt: `sudo apt-get install ${packages('apt').join(' ')}`,
    dnf: `sudo dnf install ${packages('dnf').join(' ')}`,
    brew: [
      ...(brewFormulae.length > 0 ? [`brew install ${brewFormulae.join(' ')}`] : []),
      ...brewCasks.map((cask) => `brew install ${cask}`),
      ...(brewPaths.length > 0 ? [`export PATH="${brewPaths.join(':')}:$PATH"`] : []),
    ].join(' && '),
  };
}

/** Whether this run is on a CI machine, where a missing tool is an error rather than a skip. */
export function isCi(env = process.env) {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}
