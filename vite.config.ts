import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';
import { defineConfig } from 'vitest/config';
import { cacheHeaders } from './src/build/cache-headers.ts';
import { contentPacks, MAX_PRECACHE_BYTES } from './src/build/content-packs.ts';
import { contentSecurityPolicy } from './src/build/csp.ts';
import { inlineFirstPaint } from './src/build/first-paint.ts';
import { webManifest } from './src/build/web-manifest.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Tells two builds apart in Settings; tests set SORTIE_BUILD_ID to make a build B. */
function buildId(): string {
  if (process.env.SORTIE_BUILD_ID) return process.env.SORTIE_BUILD_ID;
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'unknown';
  }
}

function appPlugins(): PluginOption[] {
  // Tests feed their own corpora; only the app's dev server and build read content/articles.
  if (process.env.VITEST) return [];
  return [
    // SORTIE_CONTENT_DIR lets the update test build a second corpus; normally content/articles.
    contentPacks({ dir: process.env.SORTIE_CONTENT_DIR, maxPackBytes: MAX_PRECACHE_BYTES }),
    inlineFirstPaint(), // before the policy, which hashes what it inlines
    contentSecurityPolicy(),
    cacheHeaders(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false, // src/lib/pwa/service-worker.svelte.ts registers it through workbox-window
      manifest: webManifest,
      pwaAssets: {
        image: 'public/icon.svg',
        preset: {
          transparent: { sizes: [64, 192, 512], favicons: [[48, 'favicon.ico']] },
          maskable: { sizes: [192, 512], padding: 0.15, resizeOptions: { background: '#1d3557' } },
          apple: { sizes: [180], padding: 0.1, resizeOptions: { background: '#1d3557' } },
        },
        overrideManifestIcons: true,
        injectThemeColor: false, // index.html carries it, checked against the manifest by a test
      },
      workbox: {
        // The plugin adds the web manifest itself; the generated icons are matched by png/ico.
        globPatterns: ['**/*.{js,css,html,json,svg,png,ico}'],
        // The content packs are not precached: the sync fetches them once and keeps their
        // articles in IndexedDB, so each article is stored once, not also in Cache Storage.
        // The manifest is, so that an offline start knows which packs it has. The import readers'
        // own chunk is what a page with no workers would load (Node, tests): a browser reads
        // imports in the import worker, which carries its own copy.
        globIgnores: ['screenshots/**', 'content/pack-*.json', 'assets/read-import-*.js'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/content\//, /^\/sw\.js$/, /^\/workbox-/],
        maximumFileSizeToCacheInBytes: MAX_PRECACHE_BYTES,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false, // the reader decides when a new version takes over
      },
    }),
  ];
}

export default defineConfig({
  plugins: [svelte({ configFile: false }), appPlugins()],
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __BUILD_ID__: JSON.stringify(buildId()),
  },
  build: { target: 'es2022' },
  preview: { port: 4173 },
  test: {
    // The JSON report is what .ci/run totals into its closing "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        plugins: [svelteTesting({ autoCleanup: false })],
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
