import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * The Content-Security-Policy of the built page (issue 15), as a meta tag so it holds on any static
 * host. Scripts and workers only from the page's own origin, no inline script and no eval.
 * style-src needs 'unsafe-inline': KaTeX positions glyphs with inline `style` attributes and
 * Plotly injects its stylesheet at run time; img-src needs data: and blob: because Plotly's PNG and
 * SVG export draws the chart through an image. The dev server is left without it (Vite's HMR
 * client is an inline script).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'kl-explorer:csp',
  apply: 'build',
  // Right after the charset, which must come first, and before every script and stylesheet.
  transformIndexHtml: (html) =>
    html.replace(
      /(<meta charset="UTF-8" \/>)/,
      `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    ),
});

/**
 * plotly.js's trace registry requires maplibre-gl's stylesheet (82 kB) for map traces; we register
 * none, so the require resolves to an empty module instead of shipping the CSS with the charts.
 */
function withoutMapStyles(): Plugin {
  const id = '\0no-maplibre-css';
  return {
    name: 'without-maplibre-css',
    enforce: 'pre',
    resolveId: (source) => (source === 'maplibre-gl/dist/maplibre-gl.css' ? id : undefined),
    load: (source) => (source === id ? 'export {};' : undefined),
  };
}

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path (a course site's /kl/) as well as from /.
  base: './',
  // Which build a page is, for the service worker's "updated since your last visit" note.
  // plotly.js's browserify-era dependencies (has-hover, …) read `global`; its own build defines it too.
  define: { __KL_BUILD__: JSON.stringify(new Date().toISOString()), global: 'globalThis' },
  plugins: [
    react(),
    withoutMapStyles(),
    contentSecurityPolicy(),
    // Offline after one visit: the service worker precaches the whole build. A new version is
    // installed in the background and takes over on the next visit, which then says so.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'KL Explorer',
        short_name: 'KL Explorer',
        description: 'See what KL(P‖Q) measures, and why its direction matters.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#0072B2',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // Plotly's chunk is over workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1', strictPort: true },
  build: {
    // Fonts stay files, never data: URLs, so the CSP can keep font-src to 'self'.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    // The charts' own chunk (plotly.ts: core + bar, heatmap, contour) is ~1.2 MB before gzip.
    chunkSizeWarningLimit: 1200,
  },
  // No manual chunks: Plotly, KaTeX and every view are dynamic imports, and each becomes its own
  // chunk fetched after the first readout (see src/ui/plots/LazyPlotly.tsx, views/lazyViews.ts).
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // No wall-clock limit on a test: on a machine whose cores are all busy a property test of 25
    // quadratures took more than the default 5 s (continuous2Coarse.test.ts). A hang is still caught
    // by the CI job's own limit.
    testTimeout: 0,
    hookTimeout: 0,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
