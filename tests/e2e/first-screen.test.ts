import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROME_ARGS, PHONE, SEED_ID, SEED_TITLE, serveDist } from './harness.ts';

// A later visit's first screen: what the Latest page showed last time, drawn from localStorage by
// public/first-screen.js before the app's code has loaded. To see it, the app's code is held back
// (the service worker is kept out, so that the page's own requests can be held).

let server: PreviewServer;
let context: BrowserContext;
let page: Page;
let origin: string;
let profile: string;
/** Requests for the app's code held back until the test lets them go. */
let held: Route[] = [];
let holding = false;

const KEY = 'sortie.first-screen';

beforeAll(async () => {
  server = await serveDist();
  origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  profile = mkdtempSync(join(tmpdir(), 'sortie-first-screen-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROME_ARGS,
    viewport: PHONE,
    serviceWorkers: 'block',
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => (holding ? void held.push(route) : route.continue()));
  // the first visit draws Latest and keeps its top for the next
  await page.goto(`${origin}/`);
  await page.getByRole('link', { name: SEED_TITLE }).waitFor();
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY, { timeout: 10_000 });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Reloads `/` with the app's code held back, so only the first screen can draw. */
async function reloadWithoutTheApp(url = `${origin}/`) {
  holding = true;
  // (the page's DOMContentLoaded waits for the app's code, held back: wait for the parse instead)
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading');
}

async function letTheAppLoad() {
  holding = false;
  for (const route of held.splice(0)) await route.continue();
}

describe('a later visit', () => {
  test('shows the articles of the last visit before the app’s code has loaded, then the app’s own page in their place', async () => {
    await reloadWithoutTheApp();
    const first = page.locator('#first-screen');
    expect(await first.getByRole('link', { name: SEED_TITLE }).getAttribute('href')).toBe(`/article/${SEED_ID}`);
    expect(await first.locator('main article').count()).toBeGreaterThan(0);
    expect(await page.locator('#app').isVisible()).toBe(false);
    // no id twice while both are in the page
    expect(await first.locator('[id]').count()).toBe(0);

    await letTheAppLoad();
    await page.locator('#first-screen').waitFor({ state: 'detached' });
    await page.locator('#app').getByRole('link', { name: SEED_TITLE }).waitFor();
    expect(await page.locator('main').count()).toBe(1);
  });

  test('never shows a first screen kept by another build of the app, or on another page', async () => {
    await page.evaluate((key) => {
      const saved = JSON.parse(localStorage.getItem(key)!) as { code: string };
      localStorage.setItem(key, JSON.stringify({ ...saved, code: '/assets/index-an-older-build.js' }));
    }, KEY);
    await reloadWithoutTheApp();
    expect(await page.locator('#first-screen').count()).toBe(0);
    await letTheAppLoad();
    await page.locator('#app').getByRole('link', { name: SEED_TITLE }).waitFor();
    await page.waitForTimeout(1_000); // kept again, by this build

    await reloadWithoutTheApp(`${origin}/saved`);
    expect(await page.locator('#first-screen').count()).toBe(0);
    await letTheAppLoad();
  });

  test('runs nothing and links nowhere else from a kept first screen someone altered', async () => {
    await page.goto(`${origin}/`);
    await page.locator('#app').getByRole('link', { name: SEED_TITLE }).waitFor();
    await page.evaluate((key) => {
      const saved = JSON.parse(localStorage.getItem(key)!) as { code: string; html: string };
      const hostile =
        '<main><article class="card"><h2><a href="javascript:window.__ran=1">A</a> <a href="https://elsewhere.example/">B</a> <a href="//elsewhere.example/x">C</a></h2>' +
        '<img src="/nothing.png" onerror="window.__ran=1"><script>window.__ran=1</script><p onclick="window.__ran=1" style="color:red">text &lt;b&gt;</p>' +
        '<iframe src="/"></iframe><svg><a href="/x">D</a></svg></article></main>';
      localStorage.setItem(key, JSON.stringify({ ...saved, html: hostile, theme: '"><x', textSize: 'expression(1)' }));
    }, KEY);
    await reloadWithoutTheApp();
    const first = page.locator('#first-screen');
    expect(await first.locator('a[href]').count()).toBe(0);
    expect(await first.locator('img, script, iframe, svg, [onclick], [onerror], [style]').count()).toBe(0);
    expect(await first.locator('p').textContent()).toBe('text <b>');
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    expect(await page.evaluate(() => [document.documentElement.dataset.theme ?? null, document.documentElement.style.getPropertyValue('--text-size')])).toEqual([null, '']);
    await letTheAppLoad();
    await page.locator('#first-screen').waitFor({ state: 'detached' });
  });
});
