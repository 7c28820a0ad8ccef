import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  _electron,
  test as base,
  type Browser,
  type BrowserContext,
  type ElectronApplication,
  type Locator,
  type Page,
} from '@playwright/test';
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess';
import { missingTools, skipNote } from '../helpers/tools';

export interface OpenOptions {
  lang?: string;
}

/** The app under test, whichever shell runs it: the same spec drives both. */
export interface AppHandle {
  readonly workspaceDir: string;
  readonly page: Page;
  open(options?: OpenOptions): Promise<Page>;
  /** Closes the app (process included) and starts it again on the same workspace. */
  restart(options?: OpenOptions): Promise<Page>;
  close(): Promise<void>;
  /**
   * Clicks `trigger` and keeps what it exports at `target`: the browser's download saved there,
   * or, in Electron, the native save dialog answered with `target` (the dialog belongs to the OS,
   * which a test cannot click).
   */
  saveFrom(trigger: Locator, target: string): Promise<void>;
}

interface WorkerFixtures {
  electronPath: string | null;
  webBrowser: Browser | null;
}

class WebApp implements AppHandle {
  private server: ServerProcess | null = null;
  private context: BrowserContext | null = null;
  private current: Page | null = null;

  constructor(
    private readonly browser: Browser,
    readonly workspaceDir: string,
  ) {}

  get page(): Page {
    if (!this.current) throw new Error('The app is not open.');
    return this.current;
  }

  async open(options: OpenOptions = {}): Promise<Page> {
    // The outside integrity anchor lives beside the test's workspace, never in the user's app data.
    this.server = await startServerProcess(this.workspaceDir, {
      ASSAY_ANCHOR_DIR: join(dirname(this.workspaceDir), 'anchors'),
    });
    this.context = await this.browser.newContext({ viewport: { width: 1280, height: 800 } });
    this.current = await this.context.newPage();
    const query = options.lang ? `?lang=${options.lang}` : '';
    await this.current.goto(`${this.server.origin}/${query}#token=${this.server.token}`);
    return this.current;
  }

  async restart(options?: OpenOptions): Promise<Page> {
    await this.close();
    return this.open(options);
  }

  async saveFrom(trigger: Locator, target: string): Promise<void> {
    // An export renders and signs before its download starts: allow for a long report.
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 90_000 }),
      trigger.click(),
    ]);
    await download.saveAs(target);
    const failure = await download.failure();
    if (failure) throw new Error(`The download of ${download.suggestedFilename()} failed: ${failure}`);
  }

  async close(): Promise<void> {
    await this.context?.close();
    await this.server?.stop();
    this.context = null;
    this.server = null;
    this.current = null;
  }
}

class ElectronApp implements AppHandle {
  private app: ElectronApplication | null = null;
  private current: Page | null = null;

  constructor(
    private readonly executablePath: string,
    readonly workspaceDir: string,
    private readonly userDataDir: string,
  ) {}

  get page(): Page {
    if (!this.current) throw new Error('The app is not open.');
    return this.current;
  }

  async open(options: OpenOptions = {}): Promise<Page> {
    this.app = await _electron.launch({
      executablePath: this.executablePath,
      args: [
        'dist/electron/main.cjs',
        '--workspace',
        this.workspaceDir,
        `--user-data-dir=${this.userDataDir}`,
      ],
    });
    this.current = await this.app.firstWindow();
    if (options.lang) {
      await this.current.evaluate((lang) => localStorage.setItem('assay.lang', lang), options.lang);
      await this.current.reload();
    }
    return this.current;
  }

  async restart(options?: OpenOptions): Promise<Page> {
    await this.close();
    return this.open(options);
  }

  async saveFrom(trigger: Locator, target: string): Promise<void> {
    if (!this.app) throw new Error('The app is not open.');
    await this.app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (() =>
        Promise.resolve({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, target);
    await trigger.click();
    // The export writes the file once signed; wait for it as the download wait does in a browser.
    for (let waited = 0; !existsSync(target) && waited < 90_000; waited += 200)
      await new Promise((resolve) => setTimeout(resolve, 200));
    if (!existsSync(target)) throw new Error(`Nothing was saved at ${target} within 90 s of the click.`);
  }

  async close(): Promise<void> {
    await this.app?.close();
    this.app = null;
    this.current = null;
  }
}

export const test = base.extend<{ app: AppHandle }, WorkerFixtures>({
  electronPath: [null, { option: true, scope: 'worker' }],
  webBrowser: [
    async ({ playwright, launchOptions, electronPath }, use) => {
      // Without Chromium each test skips, naming it (the app fixture); on CI missingTools throws.
      if (electronPath || missingTools(['chromium']).length > 0) return use(null);
      const browser = await playwright.chromium.launch(launchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ webBrowser, electronPath }, use, testInfo) => {
    testInfo.skip(!electronPath && !webBrowser, skipNote(['chromium']).trim());
    const workspaceDir = testInfo.outputPath('workspace');
    const app: AppHandle = electronPath
      ? new ElectronApp(electronPath, workspaceDir, testInfo.outputPath('user-data'))
      : new WebApp(webBrowser as Browser, workspaceDir);
    await use(app);
    await app.close();
  },
});

export { expect } from '@playwright/test';
