// Takes screenshots of a running KL Explorer at phone, iframe and projector sizes, so a change can be
// looked at as a person would see it, and prints any console error and any horizontal overflow.
// Usage: node scripts/screenshot.mjs <url> <out-prefix> [sizes=360,1920] [modes=normal] [--first-screen]
//   [--at=<test id>]
//   sizes: widths (360 → 360×800, wider → ×1080) or WxH (800x720); modes: normal, present, embed
//   (present and embed append present=1 / embed=1 to the URL); --first-screen takes the viewport only.
//   e.g. node scripts/screenshot.mjs "http://127.0.0.1:4173/?p=Bern(0.5)&q=Bern(0)" shots/inf \
//          360x800,800x720,1280x720,1920x1080 normal,present,embed --first-screen
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const firstScreen = args.includes('--first-screen') || args.some((a) => a.startsWith('--at='));
// --at=<test id>: scroll that element to the top first (a screen's worth around a chart).
const at = args.find((a) => a.startsWith('--at='))?.slice(5);
const [url, prefix = 'screenshots/page', sizes = '360,1920', modes = 'normal'] = args.filter(
  (a) => !a.startsWith('--'),
);
if (!url) {
  console.error(
    'usage: node scripts/screenshot.mjs <url> <out-prefix> [sizes] [modes] [--first-screen]',
  );
  process.exit(2);
}
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}; see README.`);
  process.exit(1);
}
const MODE_QUERY = { normal: '', present: 'present=1', embed: 'embed=1' };
const sizeOf = (s) => {
  const [w, h] = s.split('x').map(Number);
  return { width: w, height: h || (w < 600 ? 800 : 1080) };
};
mkdirSync(dirname(prefix), { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const mode of modes.split(',')) {
  const extra = MODE_QUERY[mode];
  if (extra === undefined) throw new Error(`unknown mode ${mode}`);
  const target = extra ? `${url}${url.includes('?') ? '&' : '?'}${extra}` : url;
  for (const viewport of sizes.split(',').map(sizeOf)) {
    const tag = `${mode}-${viewport.width}x${viewport.height}`;
    const page = await browser.newPage({ viewport });
    page.on(
      'console',
      (m) => m.type() === 'error' && console.log(`[${tag}] console error: ${m.text()}`),
    );
    page.on('pageerror', (e) => console.log(`[${tag}] uncaught: ${e.message}`));
    await page.goto(target);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);
    if (at) {
      await page.getByTestId(at).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(300);
    }
    const overflow = await page.evaluate(
      () => document.scrollingElement.scrollWidth - window.innerWidth,
    );
    if (overflow > 0) console.log(`[${tag}] horizontal overflow: ${overflow}px`);
    const out = `${prefix}-${tag}.png`;
    await page.screenshot({ path: out, fullPage: !firstScreen });
    console.log(out);
    await page.close();
  }
}
await browser.close();
