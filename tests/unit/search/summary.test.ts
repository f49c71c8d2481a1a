import { describe, expect, it } from 'vitest';
import { queryFromSearch, resultsSummary } from '../../../src/lib/search/summary.ts';

describe('resultsSummary', () => {
  it('counts the results, and says when only the best are shown', () => {
    expect(resultsSummary('Ansat', 1, 1)).toBe('1 result');
    expect(resultsSummary('Ansat', 3, 3)).toBe('3 results');
    expect(resultsSummary('helicopter', 120, 50)).toBe('120 results, the best 50 shown');
    expect(resultsSummary('helicopter', 12_480, 50)).toBe('12,480 results, the best 50 shown');
  });

  it('names the query when nothing matched', () => {
    expect(resultsSummary(' zzqxv ', 0, 0)).toBe('No results for “zzqxv”');
  });
});

describe('queryFromSearch', () => {
  it('reads ?q= from a query string', () => {
    expect(queryFromSearch('?q=Mi-171%20Ansat')).toBe('Mi-171 Ansat');
    expect(queryFromSearch('')).toBe('');
  });
});
