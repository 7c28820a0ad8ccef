import { defineConfig } from '@playwright/test';
import { electronBinary } from './scripts/electronBinary.mjs';
import { chromiumPath } from './scripts/systemTools.mjs';

const electronPath = electronBinary();
if (!electronPath) {
  console.log(
    'Playwright: no Electron binary installed; running the e2e specs in Chromium over the web transport.',
  );
}

export default defineConfig<{ electronPath: string | null }>({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    ...(electronPath ? [{ name: 'electron', use: { electronPath } }] : []),
  ],
});
