// Real-browser benchmark: builds the app with a seeded SYNTHETIC corpus (not news, never
// shipped), serves it, and times what a reader waits for in Debian's Chromium at 360 × 740.
// Run: `npx tsx bench/browser.ts` (BENCH_ARTICLES=2000 by default). Prints a Markdown table.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { syntheticSources } from './synthetic-corpus.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const work = mkdtempSync(join(tmpdir(), 'sortie-bench-'));
const content = join(work, 'content');
const outDir = join(work, 'dist');
mkdirSync(content);
for (const { name, source } of syntheticSources(ARTICLES)) writeFileSync(join(content, name), source);

const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', SORTIE_CONTENT_DIR: content, SORTIE_BUILD_ID: 'bench' };
delete env.VITEST;
const start = performance.now();
execFileSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { env, stdio: 'inherit' });
const buildMs = performance.now() - start;
// The same-run baseline: a bare page from the same server, loaded before the app registers its
// service worker, so every time below can be read as a multiple of what loading anything costs.
writeFileSync(join(outDir, 'bench-bare.html'), '<!doctype html><title>bare</title><main><article>bare</article></main>\n');

const server = await preview({ configFile: false, root: process.cwd(), build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 360, height: 740 },
});
const page = context.pages()[0] ?? (await context.newPage());
// Each page notes, from its own navigation, when what a timing waits for is first in the
// document: every time below is read there, the same way (the runner's own polling waits for the
// page to be idle, and on a first visit the page is busy storing the rest).
const WATCHED = ['main article', 'main li mark', 'main tbody tr'];
await page.addInitScript((selectors: string[]) => {
  const seen: Record<string, number> = {};
  (window as unknown as { firstSeen: Record<string, number> }).firstSeen = seen;
  new MutationObserver((_, observer) => {
    for (const selector of selectors) if (!(selector in seen) && document.querySelector(selector)) seen[selector] = performance.now();
    if (selectors.every((selector) => selector in seen)) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}, WATCHED);
const firstSeen = (selector: string) => page.evaluate((s) => (window as unknown as { firstSeen: Record<string, number> }).firstSeen[s]!, selector);
const rows: [string, string, string][] = [];
const ms = (value: number) => `${Math.round(value)} ms`;
const storedArticles = () =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('sortie');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('articles')) return resolve(0);
          const count = db.transaction('articles').objectStore('articles').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
        };
      }),
  );

/** From the page's navigation to `selector` in its document (one of WATCHED). */
async function timeTo(url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor({ timeout: 120_000 });
  return firstSeen(selector);
}

const bareTimes: number[] = [];
// two loads to warm the browser and the server, then the median of nine
for (let i = 0; i < 11; i++) bareTimes.push(await timeTo(`${origin}/bench-bare.html`, 'main article'));
const bare = bareTimes.slice(2).sort((a, b) => a - b)[4]!;
const timed = (what: string, value: number) => rows.push([what, ms(value), `${(value / bare).toFixed(1)} ×`]);

rows.push([`Build with ${ARTICLES} articles (parse, mine, pack, precache manifest)`, ms(buildMs), '']);
rows.push(['Baseline: a bare page from the same server (median of 9)', ms(bare), '1 ×']);
// The first sync stores the newest pack first: the first card shows before the rest is stored.
await page.goto(origin + '/', { waitUntil: 'commit' });
// until every article is stored (the "Storing N of M articles" line is gone)
await page.locator('main article').first().waitFor({ timeout: 120_000 });
await page.locator('main', { hasNotText: 'Storing' }).waitFor({ timeout: 300_000 });
const firstVisit = { card: await firstSeen('main article'), stored: await page.evaluate(() => performance.now()) };
timed('First visit: the newest articles on screen', firstVisit.card);
timed(`First visit: all ${ARTICLES} articles stored`, firstVisit.stored);
const stored = await storedArticles();
if (stored !== ARTICLES) throw new Error(`expected ${ARTICLES} stored articles, found ${stored}`);
await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
timed('Later visit: first article on screen (nothing to sync)', await timeTo(origin + '/', 'main article'));
timed('First search: index built from IndexedDB, results shown', await timeTo(`${origin}/search?q=helicopter`, 'main li mark'));
timed('Later search: stored index loaded, results shown', await timeTo(`${origin}/search?q=rotor`, 'main li mark'));
timed(`Explorer: ${ARTICLES} articles' records, table on screen`, await timeTo(`${origin}/explorer?category=*`, 'main tbody tr'));
// A facet toggle, from the tap to the frame after the page has drawn the change: Svelte updates
// the DOM in the task of the tap, so the second animation frame after it comes once the
// filtered facets, totals, chart and table are on screen. (A string: tsx would wrap a
// function's inner closures in a helper the page does not have.)
const TOGGLE = `(async () => {
  const boxes = document.querySelectorAll('main fieldset input[type=checkbox]');
  const box = boxes[boxes.length - 1];
  const started = performance.now();
  box.click();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return performance.now() - started;
})()`;
const toggles: number[] = [];
for (let i = 0; i < 11; i++) toggles.push(await page.evaluate<number>(TOGGLE));
toggles.sort((a, b) => a - b);
timed('Explorer: a facet toggled, table updated (median of 11)', toggles[5]!);
timed('Explorer: a facet toggled, slowest of 11', toggles[10]!);
const elements = await page.evaluate(() => document.querySelectorAll('*').length);
rows.push(['Explorer: elements in the page', elements.toLocaleString('en-GB'), '']);
const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
// the content's own size: the packs the build wrote (the articles with their mined records)
const packBytes = readdirSync(join(outDir, 'content'))
  .filter((file) => file.startsWith('pack-'))
  .reduce((sum, file) => sum + statSync(join(outDir, 'content', file)).size, 0);
rows.push(['Storage used (IndexedDB + Cache Storage, as the browser estimates it)', `${(usage / 1e6).toFixed(1)} MB`, '']);
rows.push(['The content packs, as built', `${(packBytes / 1e6).toFixed(1)} MB`, `storage ÷ packs: ${(usage / packBytes).toFixed(2)}`]);

console.log(`| what (${ARTICLES} synthetic articles, headless Chromium, 360 × 740) | number | × bare page |`);
console.log('| --- | --- | --- |');
for (const [what, value, ratio] of rows) console.log(`| ${what} | ${value} | ${ratio} |`);
await context.close();
await server.close();
rmSync(work, { recursive: true, force: true });
