// Stops `npm test` early, with instructions, when no Chromium is available for Playwright.
// Playwright must not download a browser on this project's machines (no network but the registries).
import { existsSync } from 'node:fs';

const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
const path = fromEnv || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
if (!path || !existsSync(path)) {
  console.error(
    [
      '',
      'No Chromium found for the end-to-end tests.',
      fromEnv
        ? `PLAYWRIGHT_CHROMIUM_EXECUTABLE is set to ${fromEnv}, but no file is there.`
        : 'Looked for PLAYWRIGHT_CHROMIUM_EXECUTABLE, then /usr/bin/chromium.',
      'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`), or point',
      'PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium or Chrome binary, then run `npm test` again.',
      'Playwright is deliberately not allowed to download its own browser.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
