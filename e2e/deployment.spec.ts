import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

/**
 * Issue 15: the build as a course web site would host it. A plain static server (no SPA
 * rewrites, no headers) serves dist/ under /kl/; every view opens there, under the page's own
 * Content-Security-Policy (any violation is a console error, which fails the test).
 */
const DIST = process.env.E2E_DIST ?? 'dist';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!path.startsWith('/kl/')) {
      res.writeHead(404).end();
      return;
    }
    const file = normalize(path.slice('/kl/'.length) || 'index.html');
    if (file.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(join(DIST, file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the built page carries a strict Content-Security-Policy', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directive = (name: string) =>
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `));
  expect(directive('script-src')).toBe("script-src 'self'");
  expect(directive('object-src')).toBe("object-src 'none'");
  expect(directive('base-uri')).toBe("base-uri 'none'");
  expect(directive('connect-src')).toBe("connect-src 'self'");
  expect(directive('worker-src')).toBe("worker-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
});

const VIEWS: [string, string][] = [
  ['explore', 'kl-pq'],
  ['fit', 'fit-reverse'],
  ['mc', 'mc-kl-pq'],
  ['torch', 'kldiv-none'],
  ['lessons', 'view-lessons'],
];

for (const [view, testId] of VIEWS)
  test(`served from a sub-path (/kl/), the ${view} view opens and computes`, async ({ page }) => {
    const search =
      view === 'fit' || view === 'mc' ? `?view=${view}&p=N(0,1)&q=N(1,2)` : `?view=${view}`;
    await page.goto(`${origin}/kl/${search}`);
    await expect(page.getByTestId(testId).first()).toBeVisible();
    if (view === 'explore')
      // KL(Bern(0.3)‖Bern(0.6)), the default pair, by hand: 0.3 ln ½ + 0.7 ln 7/4.
      await expect
        .poll(async () => Number(await page.getByTestId('kl-pq').getAttribute('data-value')))
        .toBeCloseTo(0.3 * Math.log(0.5) + 0.7 * Math.log(1.75), 12);
  });

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the app opens and computes with no network', async ({ page, context }) => {
    await page.goto(`${origin}/kl/?p=Bern(0.3)&q=Bern(0.5)`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.goto(`${origin}/kl/?p=Bern(0.2)&q=Bern(0.5)`);
    // KL(Bern(0.2)‖Bern(0.5)) = 0.2 ln 0.4 + 0.8 ln 1.6, by hand.
    await expect
      .poll(async () => Number(await page.getByTestId('kl-pq').getAttribute('data-value')))
      .toBeCloseTo(0.2 * Math.log(0.4) + 0.8 * Math.log(1.6), 12);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as { name: string }) : null;
    });
    expect(manifest?.name).toBe('KL Explorer');
  });
});
