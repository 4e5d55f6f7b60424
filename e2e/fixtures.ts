import { test as base, expect } from '@playwright/test';
import { ExplorerPage } from './pages/explorer';

/**
 * Every test fails if the page logs a console error or throws an uncaught exception: "no console
 * error on any page" is checked everywhere, not in one test.
 */
export const test = base.extend<{
  explorer: ExplorerPage;
  consoleErrors: string[];
  /** Console errors a test provokes on purpose (a broken worker script logs its own). */
  expectedConsoleErrors: RegExp | null;
}>({
  expectedConsoleErrors: [null, { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      await use(errors);
      const unexpected = errors.filter((e) => !expectedConsoleErrors?.test(e));
      expect(unexpected, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
  explorer: async ({ page }, use) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await use(new ExplorerPage(page));
  },
});

export { expect };
