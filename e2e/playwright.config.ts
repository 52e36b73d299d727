import { defineConfig, devices } from '@playwright/test';

const isCi = Boolean(process.env['CI']);

export default defineConfig({
  testDir: './specs',
  outputDir: '../test-results/e2e',
  forbidOnly: isCi,
  retries: isCi ? 1 : 0,
  workers: isCi ? 1 : 2,
  reporter: 'list',
  // CI machines are small and shared: a page that takes a moment to follow a click is not a failure.
  expect: { timeout: isCi ? 10_000 : 5_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3000',
    headless: true,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser downloads are not reachable from here.
      executablePath: '/usr/bin/chromium',
      // Without the background-networking flags Chromium keeps calling home over a closed network.
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
});
