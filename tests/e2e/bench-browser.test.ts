// A smoke of `npm run bench:browser` at 1,000 synthetic articles and one run, so the benchmark
// keeps working: it builds the app with the corpus, stores every article in a fresh profile
// (the script checks the count, against its raw-IndexedDB baseline too), and reports each
// figure beside its baseline, in its table and in its JSON report.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

interface Report {
  benchmark: string;
  articles: number;
  runs: number;
  rows: { what: string; value: string; ratio: string }[];
  figures: Record<string, number[]>;
}

describe('bench:browser, 1,000 articles', () => {
  it('stores every article, and reports each time with its baseline from the same run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sortie-bench-report-'));
    const path = join(dir, 'report.json');
    try {
      const { VITEST: _vitest, ...env } = process.env;
      const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', ['bench/browser.ts'], {
        env: { ...env, BENCH_ARTICLES: '1000', BENCH_RUNS: '1', BENCH_REPORT: path },
        maxBuffer: 16 * 1024 * 1024,
        // a run that hangs is stopped before the test's own time runs out, and not left running
        timeout: 540_000,
      });
      const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
      expect(report).toMatchObject({ benchmark: 'bench:browser', articles: 1000, runs: 1 });
      const row = (start: string) => report.rows.find((r) => r.what.startsWith(start));
      expect(row('First visit: all 1000 articles stored, against raw IndexedDB')?.ratio).toMatch(/^[\d.]+ × raw IndexedDB$/);
      // a later visit is set against the bare page from the service worker's precache (#9's baseline)
      expect(row("Baseline: the same bare page from the service worker's precache")?.value).toMatch(/^\d+ ms$/);
      expect(row('Later visit: first article on screen')?.ratio).toMatch(/^[\d.]+ × bare precached page$/);
      expect(row('Later search: stored index loaded')?.ratio).toMatch(/^[\d.]+ × \(bare page \+ raw load\)$/);
      expect(row('Explorer: a facet toggled')?.value).toMatch(/^\d+ ms \/ \d+ ms$/);
      expect(row('The content packs, as built')?.ratio).toMatch(/^storage ÷ packs: [\d.]+$/);
      // every figure measured, each a number
      for (const name of ['bare', 'bare precached', 'first card', 'all stored', 'raw store', 'later card', 'later search', 'raw index load', 'explorer', 'storage']) {
        expect(report.figures[name]?.every((value) => Number.isFinite(value) && value > 0), name).toBe(true);
      }
      expect(report.figures['typed']).toHaveLength(20);
      expect(report.figures['app engine query']).toHaveLength(20);
      expect(row('Search engine as the app asks it')?.value).toMatch(/^[\d.]+ \/ [\d.]+ ms$/);
      expect(report.figures['toggle']).toHaveLength(11);
      // the table printed is the report's
      for (const { what } of report.rows) expect(stdout).toContain(`| ${what} |`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
