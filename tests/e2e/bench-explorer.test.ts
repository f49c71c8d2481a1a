// A smoke of `npm run bench:explorer` at 1,000 synthetic records, so the benchmark keeps
// working; and what it rests on: records an earlier version stored, with no explorer table,
// are all counted once the explorer has built its table, and the page stays a page's size.
import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/lib/explorer/rows.ts';
import { report, runOnce, syntheticRecords } from '../../bench/explorer.ts';
import { serveDist } from './harness.ts';

describe('bench:explorer, 1,000 records', () => {
  it('counts every stored deal and every unit, draws a page of rows, and reports each figure beside its baseline', async () => {
    const records = syntheticRecords(1000);
    const server = await serveDist();
    try {
      const run = await runOnce(server.resolvedUrls!.local[0]!.replace(/\/$/, ''), records);
      // the seed's five deals (every category) and the synthetic ones, merged as the explorer merges them
      const deals = mergeReports(records);
      const units = deals.reduce((sum, deal) => sum + deal.quantity, 0) + 145;
      expect(run.summary).toBe(`${(deals.length + 5).toLocaleString('en-GB')} records, ${units.toLocaleString('en-GB')} units`);
      // 50 table rows, and the facets' values: bounded by the catalogue, the countries and the years, not by the records
      expect(run.elements).toBeLessThan(2500);
      expect(run.toggles).toHaveLength(11);
      // each tap through the browser's input, timed by the browser to the next paint (0: under 16 ms)
      expect(run.taps).toHaveLength(11);
      expect(run.taps.every((t) => t === 0 || t >= 16)).toBe(true);
      const table = report(1000, [run]);
      expect(table).toMatch(/Opened: .* \| \d+ ms \(\d+–\d+\) \| [\d.]+ × baseline \|/);
      expect(table).toMatch(/A facet toggled, p95 of 11 \| \d+ ms/);
      expect(table).toMatch(/A facet tapped, to the next paint \(Event Timing\), slowest of 11 \| (\d+ ms|under 16 ms)/);
    } finally {
      await server.close();
    }
  }, 120_000);
});
