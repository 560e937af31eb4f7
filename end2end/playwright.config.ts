import { defineConfig, devices } from '@playwright/test';

// End-to-end journeys in Debian's Chromium (/usr/bin/chromium) against a running server.
// scripts/test.sh starts `ketnoi serve` on a free port with a fresh demo database and sets
// BASE_URL; by hand: `scripts/run.sh` in one terminal, `npx playwright test` here in another.
// Playwright's own browser download (`npx playwright install`) is never used.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  // scripts/test.sh allows one retry: a journey that passes only on its second try is reported as flaky in
  // the list, and its first failure is kept in the JSON report that scripts/test.sh prints.
  retries: Number(process.env.PW_RETRIES ?? 0),
  reporter: process.env.PW_JSON_REPORT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_REPORT }]]
    : 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:3000',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      // Set launchOptions after the device preset so nothing replaces them.
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
});
