// Shared by the end-to-end tests: serves the built app (dist/) with `vite preview` and drives
// Debian's Chromium through playwright-core. One browser per test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { cacheHeaders } from '../../src/build/cache-headers.ts';

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A phone-sized viewport: the width the app must fit without sideways scrolling. */
export const PHONE = { width: 360, height: 740 };

export interface Session {
  origin: string;
  context: BrowserContext;
  page: Page;
  /** Every URL the browser requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves a built app (by default `dist/`) on a free localhost port, with the app's cache headers. */
export async function serveDist(outDir = 'dist'): Promise<PreviewServer> {
  return preview({
    configFile: false,
    root: process.cwd(),
    plugins: [cacheHeaders()],
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir },
    logLevel: 'warn',
  });
}

/** Starts a server for `outDir` and a fresh Chromium profile with one phone-sized page. */
export async function openSession(outDir = 'dist'): Promise<Session> {
  const server = await serveDist(outDir);
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const profile = mkdtempSync(join(tmpdir(), 'sortie-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROME_ARGS,
    viewport: PHONE,
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    origin,
    context,
    page,
    requests,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Resolves once a service worker controls the page (the first visit installs and claims it). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 30_000 });
}

/**
 * True when the network is really gone for this page: a request for a file that no cache
 * holds fails. (navigator.onLine stays true under Playwright's offline emulation.)
 */
export function uncachedFetchFails(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    try {
      await fetch(`/offline-probe-${Math.random()}`, { cache: 'no-store' });
      return false;
    } catch {
      return true;
    }
  });
}

export const SEED_ID = '2020-10-22-putin-russia-china-military-cooperation';
export const SEED_TITLE =
  'Putin sees no need for a military alliance with China as Rostec report details 2019 helicopter deals';

/**
 * A session after the reader's first visit: the service worker controls the page and the
 * seed is listed. With `offline`, the network is then cut off.
 */
export async function openInstalledSession({ offline = false } = {}): Promise<Session> {
  const session = await openSession();
  const { page, origin, context } = session;
  await page.goto(origin + '/');
  await waitForServiceWorker(page);
  await page.getByRole('link', { name: SEED_TITLE }).waitFor();
  if (offline) await context.setOffline(true);
  return session;
}
