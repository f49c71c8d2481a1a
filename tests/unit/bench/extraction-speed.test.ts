import { describe, expect, it } from 'vitest';
import { KINDS, runSpeed, syntheticText } from '../../../bench/extraction/speed.ts';

// A smoke run of the speed benchmark (its numbers are in the README, not asserted here).
describe('the extraction speed benchmark', () => {
  it('measures every kind of input, and the records it finds are the ones the text holds', () => {
    // the generated kinds only: the real reports, where pulled, are the full benchmark's
    const rows = runSpeed([8_192], 1, undefined, { reports: false });
    expect(rows.map((row) => row.kind)).toEqual([...KINDS]);
    for (const row of rows) expect(row.bytes).toBeGreaterThan(7_000);
    const byKind = Object.fromEntries(rows.map((row) => [row.kind, row.records]));
    expect(byKind['plain text']).toBeGreaterThan(0);
    expect(byKind['one line, no full stop']).toBe(0);
  });

  it('makes the same synthetic text for the same seed, and a text of about the size asked', () => {
    expect(syntheticText('plain text', 5_000, 3)).toEqual(syntheticText('plain text', 5_000, 3));
    expect(syntheticText('one line, no full stop', 5_000)[0]).toHaveLength(5_000);
    expect(syntheticText('one line, no full stop', 5_000)[0]).not.toMatch(/\./);
  });
});
