// Real-browser benchmark: builds the app with a seeded SYNTHETIC corpus (not news, never
// shipped), serves it, and times what a reader waits for in Debian's Chromium at 360 × 740.
// Run: `npx tsx bench/browser.ts` (BENCH_ARTICLES=2000 and BENCH_RUNS=3 by default). Each run
// is a fresh browser profile on the same build; the table gives the median of the runs and
// their range, and each time as a multiple of its baseline measured in the same runs. The same
// table and every run's figures go to a JSON report (BENCH_REPORT, by default
// bench/reports/browser-<articles>.json, not kept in git).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { syntheticSources } from './synthetic-corpus.ts';
import { TOGGLE } from './timing.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'sortie-bench-'));
const content = join(work, 'content');
const outDir = join(work, 'dist');
mkdirSync(content);
for (const { name, source } of syntheticSources(ARTICLES)) writeFileSync(join(content, name), source);

const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', SORTIE_CONTENT_DIR: content, SORTIE_BUILD_ID: 'bench' };
delete env.VITEST;
const start = performance.now();
// (the app's config with a bare page added to the build and its precache: bench/vite.bench.config.ts)
execFileSync('node_modules/.bin/vite', ['build', '--config', 'bench/vite.bench.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { env, stdio: 'inherit' });
const buildMs = performance.now() - start;
// The same-run baselines: that bare page from the same server, loaded before the app registers
// its service worker, so every time below can be read as a multiple of what loading anything
// costs; and the same page from the service worker's precache, once it controls the page, which
// is what a later visit's first card is set against.
// the content's own size: the packs the build wrote (the articles with their mined records)
const packBytes = readdirSync(join(outDir, 'content'))
  .filter((file) => file.startsWith('pack-'))
  .reduce((sum, file) => sum + statSync(join(outDir, 'content', file)).size, 0);
// MiniSearch alone, for the search baseline (bench/search-baseline.ts), bundled to run in a page
const baselineScript = (await build({ entryPoints: ['bench/search-baseline.ts'], bundle: true, format: 'iife', globalName: 'searchBaseline', write: false, platform: 'browser', target: 'es2022' })).outputFiles[0]!.text;
// raw IndexedDB storing the same packs, for the "every article stored" baseline (bench/store-baseline.ts)
const storeScript = (await build({ entryPoints: ['bench/store-baseline.ts'], bundle: true, format: 'iife', globalName: 'storeBaseline', write: false, platform: 'browser', target: 'es2022' })).outputFiles[0]!.text;

const server = await preview({ configFile: false, root: process.cwd(), build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');

/** Every figure of every run, by the row it is shown in. */
const figures = new Map<string, number[]>();
const note = (what: string, value: number) => figures.set(what, [...(figures.get(what) ?? []), value]);

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const median = (values: readonly number[]) => percentile(sorted(values), 50);

// Each page notes, from its own navigation, when what a timing waits for is first in the
// document: every time below is read there, the same way (the runner's own polling waits for the
// page to be idle, and on a first visit the page is busy storing the rest). It also keeps every
// task of the page's main thread longer than 50 ms, as the browser reports them.
const WATCHED = ['main article', '#app main article', 'main li mark', 'main tbody tr'];
function watch(selectors: string[]) {
  const seen: Record<string, number> = {};
  const longTasks: number[] = [];
  Object.assign(window, { firstSeen: seen, longTasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    for (const selector of selectors) if (!(selector in seen) && document.querySelector(selector)) seen[selector] = performance.now();
    if (selectors.every((selector) => selector in seen)) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** How many rows a store of the app's database holds, read with IndexedDB itself. */
const countIn = (page: Page, store: string) =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('sortie');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve(0);
          const count = db.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
        };
      }),
    store,
  );

// Typing: each query key by key, 80 ms apart, as a quick thumb types; from the last key to the
// frame in which the results for the whole query are drawn. (A string: tsx would wrap a
// function's inner closures in a helper the page does not have.)
// (each a type and a word of the deal sentences that name it: every one has results at 1,000 articles)
const QUERIES = ['Ansat', 'Ka-52', 'Mi-26T', 'Mi-171Sh'].flatMap((type) => ['helicopters', 'contract', 'supply', 'ordered', 'Rosoboronexport'].map((word) => `${type} ${word}`));
const TYPE = (query: string) => `(async () => {
  const field = document.querySelector('main input[type=search]');
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const query = ${JSON.stringify(query)};
  let last = 0;
  for (let i = 1; i <= query.length; i++) {
    await pause(80);
    field.value = query.slice(0, i);
    last = performance.now();
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const selector = 'main ol[data-query=' + JSON.stringify(query) + ']';
  while (!document.querySelector(selector)) {
    if (performance.now() - last > 30000) throw new Error('no results drawn for ' + query + ' in 30 s');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return performance.now() - last;
})()`;

async function run(n: number): Promise<void> {
  const context = await chromium.launchPersistentContext(join(work, `profile-${n}`), {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 360, height: 740 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(watch, WATCHED);
  const firstSeen = (selector: string) => page.evaluate((s) => (window as unknown as { firstSeen: Record<string, number> }).firstSeen[s]!, selector);
  // (the browser reports a long task a little after it ends: give it a moment)
  const longestTask = async () => {
    await page.waitForTimeout(500);
    return page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
  };
  /** From the page's navigation to `selector` in its document (one of WATCHED). */
  const timeTo = async (url: string, selector: string) => {
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(selector).first().waitFor({ timeout: 120_000 });
    return firstSeen(selector);
  };

  const bareTimes: number[] = [];
  // two loads to warm the browser and the server, then the median of nine
  for (let i = 0; i < 11; i++) bareTimes.push(await timeTo(`${origin}/bench-bare.html`, 'main article'));
  note('bare', median(bareTimes.slice(2)));

  // The first sync stores the newest pack first: the first card shows before the rest is stored,
  // and the "Storing N of M articles" line goes once every article is.
  await page.goto(origin + '/', { waitUntil: 'commit' });
  await page.locator('main article').first().waitFor({ timeout: 120_000 });
  await page.locator('main', { hasNotText: 'Storing' }).waitFor({ timeout: 300_000 });
  note('first card', await firstSeen('main article'));
  note('all stored', await page.evaluate(() => performance.now()));
  const stored = await countIn(page, 'articles');
  if (stored !== ARTICLES) throw new Error(`expected ${ARTICLES} stored articles, found ${stored}`);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
  const precachedTimes: number[] = [];
  for (let i = 0; i < 11; i++) precachedTimes.push(await timeTo(`${origin}/bench-bare.html`, 'main article'));
  if ((await page.evaluate(() => performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)).workerStart === 0)
    throw new Error('the bare page was not answered by the service worker');
  note('bare precached', median(precachedTimes.slice(2)));
  note('later card', await timeTo(origin + '/', 'main article'));
  // of which the service worker's answer: the page's document arrived from it (a bare page from
  // the server has no service worker to start and ask)
  note('later document', await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd));
  // and the app's own page (the first screen kept from the last visit is drawn before it)
  await page.locator('#app main article').first().waitFor({ timeout: 60_000 });
  note('later app card', await firstSeen('#app main article'));

  note('first search', await timeTo(`${origin}/search?q=helicopter`, 'main li mark'));
  // a later visit is one after the first search's index was saved: wait until it is stored
  while ((await countIn(page, 'searchIndex')) === 0) await page.waitForTimeout(250);
  note('first index saved', await page.evaluate(() => performance.now()));
  note('later search', await timeTo(`${origin}/search?q=rotor`, 'main li mark'));
  note('later search task', await longestTask());
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
  for (const query of QUERIES) note('typed', await page.evaluate<number>(TYPE(query)));
  note('typing task', await longestTask());

  // The baseline: MiniSearch alone loading the index the app stored, then answering the same
  // queries, in the page's own thread, on a page of the origin that runs nothing of the app (the
  // content manifest, which the service worker does not answer with the app).
  await page.goto(`${origin}/content/manifest.json`);
  const baseline = await page.evaluate<{ load: number; queries: number[]; appQueries: number[] }>(`${baselineScript}; searchBaseline.run(${JSON.stringify(QUERIES)})`);
  note('raw index load', baseline.load);
  for (const time of baseline.queries) note('engine query', time);
  for (const time of baseline.appQueries) note('app engine query', time);

  note('explorer', await timeTo(`${origin}/explorer?category=*`, 'main tbody tr'));
  for (let i = 0; i < 11; i++) note('toggle', await page.evaluate<number>(TOGGLE));
  note('elements', await page.evaluate(() => document.querySelectorAll('*').length));
  note('storage', await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0));
  // the baseline for storing everything: the same packs fetched and written with raw IndexedDB,
  // on the page of the origin that runs nothing of the app (after the storage estimate, which it
  // would swell)
  await page.goto(`${origin}/content/manifest.json`);
  const raw = await page.evaluate<{ ms: number; articles: number }>(`${storeScript}; storeBaseline.run()`);
  if (raw.articles !== ARTICLES) throw new Error(`the raw baseline stored ${raw.articles} articles, not ${ARTICLES}`);
  note('raw store', raw.ms);
  await context.close();
}

for (let n = 0; n < RUNS; n++) await run(n);
await server.close();
rmSync(work, { recursive: true, force: true });

// ---- the table
const ms = (value: number) => `${Math.round(value)} ms`;
const range = (values: readonly number[], show: (value: number) => string) => {
  const s = sorted(values);
  return values.length > 1 ? `${show(median(s))} (${show(s[0]!)}–${show(s[s.length - 1]!)})` : show(s[0]!);
};
/** One value per run of a figure noted `samplesPerRun` times a run: `pick` reads it from that run's samples, sorted. */
const perRun = (what: string, samplesPerRun: number, pick: (sample: number[]) => number) => {
  const all = figures.get(what)!;
  return Array.from({ length: RUNS }, (_, n) => pick(sorted(all.slice(n * samplesPerRun, (n + 1) * samplesPerRun))));
};
const bare = median(figures.get('bare')!);
const rows: [string, string, string][] = [];
const timed = (what: string, values: readonly number[], over = bare, baseline = 'bare page') =>
  rows.push([what, range(values, ms), `${(median(values) / over).toFixed(1)} × ${baseline}`]);

rows.push([`Build with ${ARTICLES} articles (parse, mine, pack, precache manifest)`, ms(buildMs), '']);
rows.push(['Baseline: a bare page from the same server (median of 9 loads)', range(figures.get('bare')!, ms), '1 ×']);
timed('First visit: the newest articles on screen', figures.get('first card')!);
timed(`First visit: all ${ARTICLES} articles stored`, figures.get('all stored')!);
rows.push(['Baseline: the same packs fetched and stored with raw IndexedDB, one transaction each, in the page', range(figures.get('raw store')!, ms), '']);
timed(`First visit: all ${ARTICLES} articles stored, against raw IndexedDB`, figures.get('all stored')!, median(figures.get('raw store')!), 'raw IndexedDB');
const barePrecached = median(figures.get('bare precached')!);
rows.push(["Baseline: the same bare page from the service worker's precache (median of 9 loads)", range(figures.get('bare precached')!, ms), '']);
timed('Later visit: first article on screen (nothing to sync)', figures.get('later card')!, barePrecached, 'bare precached page');
rows.push(['Later visit: of which the service worker answering with the page (its responseEnd)', range(figures.get('later document')!, ms), '']);
timed("Later visit: the app's own page drawn over the first screen kept from the last visit", figures.get('later app card')!, barePrecached, 'bare precached page');
timed('First search: index being built from IndexedDB, first results shown', figures.get('first search')!);
timed('First search: every article indexed and the index saved (polled every 250 ms)', figures.get('first index saved')!);
const rawLoad = figures.get('raw index load')!;
rows.push(['Baseline: a raw IndexedDB read of the stored index, MiniSearch.loadJSON and one query, in the page', range(rawLoad, ms), '']);
timed('Later search: stored index loaded, results shown', figures.get('later search')!, bare + median(rawLoad), '(bare page + raw load)');
rows.push(["Later search: the longest task on the page's thread while it loads", range(figures.get('later search task')!, ms), '']);
const perQuery = QUERIES.length;
const p50p95 = (what: string) =>
  `${range(perRun(what, perQuery, (s) => percentile(s, 50)), (v) => v.toFixed(1))} / ${range(perRun(what, perQuery, (s) => percentile(s, 95)), (v) => v.toFixed(1))} ms`;
rows.push([`Baseline: MiniSearch alone, prefix and typos on every word, each of the ${perQuery} queries, p50 / p95`, p50p95('engine query'), '']);
rows.push([`Search engine as the app asks it (ArticleIndex.match, in the page), each of the ${perQuery} queries, p50 / p95`, p50p95('app engine query'), '']);
rows.push([`Search: last key to its results drawn, p50 / p95 of ${perQuery} queries typed`, `${range(perRun('typed', perQuery, (s) => percentile(s, 50)), ms)} / ${range(perRun('typed', perQuery, (s) => percentile(s, 95)), ms)}`, '']);
rows.push(["Search: the longest task on the page's thread while typing", range(figures.get('typing task')!, ms), '']);
timed(`Explorer: ${ARTICLES} articles' records, table on screen`, figures.get('explorer')!);
rows.push(['Explorer: a facet toggled, table updated, median / slowest of 11', `${range(perRun('toggle', 11, (s) => percentile(s, 50)), ms)} / ${range(perRun('toggle', 11, (s) => s[s.length - 1]!), ms)}`, '']);
rows.push(['Explorer: elements in the page', range(figures.get('elements')!, (v) => v.toLocaleString('en-GB')), '']);
const usage = figures.get('storage')!;
rows.push(['Storage used (IndexedDB + Cache Storage, as the browser estimates it)', range(usage, (v) => `${(v / 1e6).toFixed(1)} MB`), '']);
rows.push(['The content packs, as built', `${(packBytes / 1e6).toFixed(1)} MB`, `storage ÷ packs: ${(median(usage) / packBytes).toFixed(2)}`]);

console.log(`| what (${ARTICLES} synthetic articles, headless Chromium, 360 × 740; median of ${RUNS} runs, with their range) | number | ratio |`);
console.log('| --- | --- | --- |');
for (const [what, value, ratio] of rows) console.log(`| ${what} | ${value} | ${ratio} |`);

const reportPath = process.env.BENCH_REPORT ?? join('bench', 'reports', `browser-${ARTICLES}.json`);
mkdirSync(dirname(reportPath), { recursive: true });
const report = {
  benchmark: 'bench:browser',
  corpus: 'synthetic (bench/synthetic-corpus.ts)',
  articles: ARTICLES,
  runs: RUNS,
  date: new Date().toISOString(),
  buildMs: Math.round(buildMs),
  packBytes,
  rows: rows.map(([what, value, ratio]) => ({ what, value, ratio })),
  figures: Object.fromEntries(figures),
};
writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nReport: ${reportPath}`);
