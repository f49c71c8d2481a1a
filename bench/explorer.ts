// Explorer benchmark: SYNTHETIC contract records (made-up deals, not news, never shipped) stored
// in the app's database in headless Debian Chromium at 360 × 740, then the explorer opened and
// filtered, each figure beside a baseline measured in the same run.
// Run: `npm run build && npm run bench:explorer` (BENCH_RECORDS=50000 and BENCH_RUNS=3 by default).
// The records go in with raw IndexedDB, as an earlier version left them: the first opening
// builds the explorer's table and keeps it; the later openings read it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import type { StoredContract } from '../src/lib/db/schema.ts';
import { recordId } from '../src/lib/content/deals.ts';
import { packArticle } from '../src/lib/content/pack-article.ts';
import { parseCorpus } from '../src/lib/content/parse-article.ts';
import { seededRandom, syntheticSources } from './synthetic-corpus.ts';
import { TOGGLE } from './timing.ts';

const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RECIPIENTS = Array.from({ length: 60 }, (_, i) => `Synthland ${i + 1}`);

/**
 * `count` synthetic records in the stored shape: the extractor's own records from synthetic
 * articles (so sources and evidence are as large as real ones), given seeded recipients,
 * quantities and years so that most are distinct deals, two records to an article.
 */
export function syntheticRecords(count: number, seed = 7): StoredContract[] {
  const random = seededRandom(seed);
  const templates = parseCorpus(syntheticSources(Math.min(400, count), seed))
    .map(packArticle)
    .flatMap((article) => article.contracts.map((record) => ({ record, title: article.title })));
  return Array.from({ length: count }, (_, n) => {
    const { record, title } = templates[n % templates.length]!;
    const articleId = `synthetic-bench-${Math.floor(n / 2)}`;
    const varied = {
      ...record,
      sources: record.sources.map((source) => ({ ...source, articleId })),
      recipient: RECIPIENTS[Math.floor(random() * RECIPIENTS.length)]!,
      quantity: 1 + Math.floor(random() * 60),
      year: random() < 0.1 ? null : 1990 + Math.floor(random() * 36),
    };
    return { ...varied, id: recordId(varied, n % 2), articleId, order: n % 2, articleTitle: `Synthetic benchmark article ${Math.floor(n / 2)}` };
  });
}

/** Stores records in the app's database with raw IndexedDB and drops its explorer table, as an older version would have left it. */
export async function storeRaw(page: Page, records: StoredContract[]): Promise<void> {
  for (let i = 0; i < records.length; i += 5000) {
    await page.evaluate(
      (chunk) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('sortie');
          open.onsuccess = () => {
            const tx = open.result.transaction(['contracts', 'meta'], 'readwrite');
            for (const record of chunk) tx.objectStore('contracts').put(record);
            tx.objectStore('meta').delete('dealTable');
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      records.slice(i, i + 5000),
    );
  }
}


/**
 * The baseline, in a page of the origin that runs nothing of the app: a raw getAll of the same
 * records and a plain 50-row table of them; then a checkbox whose tap filters the records by
 * recipient with a plain loop and redraws the 50 rows, timed as the app's toggle is.
 */
const BASELINE = `(async () => {
  const started = performance.now();
  const records = await new Promise((resolve) => {
    const open = indexedDB.open('sortie');
    open.onsuccess = () => {
      const request = open.result.transaction('contracts').objectStore('contracts').getAll();
      request.onsuccess = () => (open.result.close(), resolve(request.result));
    };
  });
  const table = document.createElement('table');
  const body = table.createTBody();
  const draw = (rows) => {
    body.replaceChildren();
    for (const r of rows.slice(0, 50)) {
      const tr = body.insertRow();
      for (const v of [r.model, r.quantity, r.recipient, r.supplier, r.year, r.status, r.family, r.category]) tr.insertCell().textContent = String(v);
    }
  };
  draw(records);
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.onchange = () => draw(box.checked ? records.filter((r) => r.recipient === records[0].recipient) : records);
  document.body.replaceChildren(box, table);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const opened = performance.now() - started;
  const toggles = [];
  for (let i = 0; i < 11; i++) {
    const t = performance.now();
    box.click();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    toggles.push(performance.now() - t);
  }
  return { opened, toggles };
})()`;

/**
 * In every page: the browser's own measure of each tap (Event Timing), from the tap to the next
 * paint after its handlers ran, in steps of 8 ms. The browser reports none under 16 ms.
 */
function watchTaps() {
  const taps: number[] = [];
  Object.assign(window, { taps });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'click') taps.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/**
 * Taps the last match of `selector` 11 times through the browser's input, as a finger would;
 * the time of each to the next paint, 0 where the browser reported none (under 16 ms).
 */
async function tapTimes(page: Page, selector: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const before = await page.evaluate(() => (window as unknown as { taps: number[] }).taps.length);
    await page.locator(selector).last().click();
    await page.waitForTimeout(250); // the entry comes once the frame is presented
    const taps = await page.evaluate((from) => (window as unknown as { taps: number[] }).taps.slice(from), before);
    times.push(Math.max(0, ...taps));
  }
  return times;
}

/** What one run measured, in milliseconds (heap in bytes). */
export interface ExplorerRun {
  firstOpen: number;
  opened: number[];
  toggles: number[];
  /** The same toggle tapped, to the next paint (Event Timing); 0: under 16 ms. */
  taps: number[];
  heap: number;
  elements: number;
  summary: string;
  baselineOpened: number;
  baselineToggles: number[];
  baselineTaps: number[];
}

/** One run in a fresh profile: the records stored, the explorer opened once to build its table, then three times more. */
export async function runOnce(origin: string, records: StoredContract[]): Promise<ExplorerRun> {
  const profile = mkdtempSync(join(tmpdir(), 'sortie-bench-explorer-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS, viewport: { width: 360, height: 740 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(watchTaps);
    await page.addInitScript(() => {
      const seen: { row?: number } = {};
      Object.assign(window, { firstRow: seen });
      new MutationObserver((_, observer) => {
        if (document.querySelector('main tbody tr')) {
          seen.row = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(origin + '/');
    await page.locator('main article').first().waitFor({ timeout: 60_000 });
    await page.locator('main', { hasNotText: 'Storing' }).waitFor({ timeout: 60_000 });
    await storeRaw(page, records);
    /** From the navigation to the table's first row. */
    const open = async () => {
      await page.goto(`${origin}/explorer?category=*`, { waitUntil: 'commit' });
      await page.locator('main tbody tr').first().waitFor({ timeout: 120_000 });
      return page.evaluate(() => (window as unknown as { firstRow: { row: number } }).firstRow.row);
    };
    const firstOpen = await open();
    // the table is kept once built: wait for it before timing the openings that read it
    await page.waitForFunction(
      () => new Promise((resolve) => {
        const request = indexedDB.open('sortie');
        request.onsuccess = () => {
          const get = request.result.transaction('meta').objectStore('meta').get('dealTable');
          get.onsuccess = () => (request.result.close(), resolve(get.result !== undefined));
        };
      }),
    );
    const opened: number[] = [];
    for (let i = 0; i < 3; i++) opened.push(await open());
    const toggles: number[] = [];
    for (let i = 0; i < 11; i++) toggles.push(await page.evaluate<number>(TOGGLE));
    // a phone shows the filters one tap away: open them, as a reader does before tapping one
    await page.evaluate(() => ((document.querySelector('main details.facets') as HTMLDetailsElement).open = true));
    const taps = await tapTimes(page, 'main fieldset input[type=checkbox]');
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const elements = await page.evaluate(() => document.querySelectorAll('*').length);
    await page.goto(`${origin}/explorer?category=*`);
    const summary = (await page.locator('main .summary').textContent()) ?? '';
    await page.goto(`${origin}/content/manifest.json`);
    const baseline = await page.evaluate<{ opened: number; toggles: number[] }>(BASELINE);
    const baselineTaps = await tapTimes(page, 'input[type=checkbox]');
    return { firstOpen, opened, toggles, taps, heap: usedSize, elements, summary, baselineOpened: baseline.opened, baselineToggles: baseline.toggles, baselineTaps };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const at = (values: readonly number[], p: number) => sorted(values)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
const median = (values: readonly number[]) => at(values, 50);
const span = (values: readonly number[], unit = ' ms') => {
  const s = sorted(values);
  return `${Math.round(median(s))}${unit} (${Math.round(s[0]!)}–${Math.round(s[s.length - 1]!)})`;
};

/** Tap times: 0 is what the browser does not report, under 16 ms. */
const tapSpan = (values: readonly number[]) => {
  const show = (v: number) => (v === 0 ? 'under 16 ms' : `${Math.round(v)} ms`);
  const s = sorted(values);
  return s.length > 1 ? `${show(median(s))} (${show(s[0]!)}–${show(s[s.length - 1]!)})` : show(s[0]!);
};

/** The table of several runs: medians with their range, and ratios to the same runs' baselines. */
export function report(count: number, runs: readonly ExplorerRun[]): string {
  const opened = runs.map((run) => median(run.opened));
  const p50 = runs.map((run) => at(run.toggles, 50));
  const p95 = runs.map((run) => at(run.toggles, 95));
  const base50 = runs.map((run) => at(run.baselineToggles, 50));
  const base95 = runs.map((run) => at(run.baselineToggles, 95));
  const baseOpen = runs.map((run) => run.baselineOpened);
  const rows = [
    ['First opening: the table built from every record and kept', span(runs.map((run) => run.firstOpen)), ''],
    ['Opened: the kept table read, first row on screen (median of 3 openings)', span(opened), `${(median(opened) / median(baseOpen)).toFixed(2)} × baseline`],
    ['Baseline: raw getAll of the same records and a plain 50-row table', span(baseOpen), ''],
    ['A facet toggled, to the frame it is drawn in, p50 of 11', span(p50), `${(median(p50) / median(base50)).toFixed(2)} × baseline`],
    ['A facet toggled, p95 of 11', span(p95), `${(median(p95) / median(base95)).toFixed(2)} × baseline`],
    ['Baseline: a plain 50-row table refiltered and redrawn, p50 / p95 of 11', `${span(base50)} / ${span(base95)}`, ''],
    ['A facet tapped, to the next paint (Event Timing), slowest of 11', tapSpan(runs.map((run) => Math.max(...run.taps))), `taps over 16 ms: ${runs.map((run) => run.taps.filter((t) => t > 16).length).join(', ')} of 11 (each run)`],
    ['Baseline: the plain table\'s checkbox tapped, slowest of 11', tapSpan(runs.map((run) => Math.max(...run.baselineTaps))), `taps over 16 ms: ${runs.map((run) => run.baselineTaps.filter((t) => t > 16).length).join(', ')} of 11`],
    ['JS heap after garbage collection, explorer open', span(runs.map((run) => run.heap / 1e6), ' MB'), ''],
    ['Elements in the page', span(runs.map((run) => run.elements), ''), ''],
  ];
  return [
    `| what (${count.toLocaleString('en-GB')} synthetic records, headless Chromium, 360 × 740; median of ${runs.length} runs, with their range) | number | ratio |`,
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.env.BENCH_RECORDS ?? 50_000);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const records = syntheticRecords(count);
  const server = await preview({ configFile: false, root: process.cwd(), build: { outDir: 'dist' }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const results: ExplorerRun[] = [];
  for (let n = 0; n < runs; n++) results.push(await runOnce(origin, records));
  await server.close();
  console.log(report(count, results));
  console.log(`\n(the explorer said: ${results[0]!.summary})`);
}
