import { describe, expect, it } from 'vitest';
import { INPUTS, measureReading } from '../../../bench/import-reading.ts';

// A smoke run of the import-reading benchmark (its numbers are in the README, not asserted here).
describe('the import reading benchmark', () => {
  it('reads or refuses every kind of input with Import’s own words, none of them crashing', () => {
    const rows = measureReading([16_384], [16_384], 1);
    expect(rows.map((row) => `${row.kind} ${row.input}`)).toEqual(INPUTS.map(([kind, input]) => `${kind} ${input}`));
    for (const row of rows) expect(row.outcome).toMatch(/^(?:read, [\d,]+ paragraphs|refused: “)/);
    // a page nested deeper than any article is refused before a parser sees it; plain text is read
    expect(rows.find((row) => row.input === 'nested 100,000 deep')?.outcome).toMatch(/^refused: “This page nests/);
    expect(rows.find((row) => row.input === 'plain text')?.outcome).toMatch(/^read/);
  });
});
