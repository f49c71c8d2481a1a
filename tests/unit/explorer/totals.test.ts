import { describe, expect, it } from 'vitest';
import { extractContracts } from '../../../src/lib/content/extract/index.ts';
import { mergeReports } from '../../../src/lib/explorer/rows.ts';
import { FacetIndex, filterRows, type Filters } from '../../../src/lib/explorer/facets.ts';
import { ClaimIndex, claimsFor, totals, totalsOf } from '../../../src/lib/explorer/totals.ts';
import { row, seedClaims, seedRows } from './rows.ts';

describe('totals', () => {
  it('adds up the seed’s helicopter view to 4 records and 121 units', () => {
    expect(totals(filterRows(seedRows, { category: ['helicopter'] }))).toEqual({
      records: 4, units: 121, byCategory: { helicopter: 121 },
    });
  });

  it('adds units per category over every category', () => {
    expect(totals(seedRows)).toEqual({ records: 5, units: 145, byCategory: { helicopter: 121, fighter: 24 } });
  });

  it('over a filter of the whole set, adds up only the rows the filter keeps', () => {
    const index = new FacetIndex(seedRows);
    expect(totalsOf(index, index.matches({ category: ['fighter'] }))).toEqual({ records: 1, units: 24, byCategory: { fighter: 24 } });
    expect(totalsOf(index, index.matches({ recipient: ['Atlantis'] }))).toEqual({ records: 0, units: 0, byCategory: {} });
  });

  it('is all zeros for no rows', () => {
    expect(totals([])).toEqual({ records: 0, units: 0, byCategory: {} });
  });
});

describe('claimsFor', () => {
  it('finds the seed’s "120+" agrees with the 121 counted, one more than claimed', () => {
    const [check, ...rest] = claimsFor(seedClaims, seedRows);
    expect(rest).toEqual([]);
    expect(check).toMatchObject({ claim: { text: '120+', min: 120, exact: false }, counted: 121, difference: 1, agrees: true });
  });

  it('finds an exact "a total of 100" disagrees with 98 counted', () => {
    // synthetic text
    const { records, claims } = extractContracts({
      id: 'synthetic',
      paragraphs: ['Egypt signed a contract for a total of 100 helicopters: 50 Mi-17 and 48 Ka-52.'],
    });
    const rows = mergeReports(records.map((r, i) => ({ ...r, id: `s${i}` })));
    expect(claimsFor(claims, rows)).toEqual([
      expect.objectContaining({ claim: expect.objectContaining({ text: 'a total of 100', exact: true }), counted: 98, difference: -2, agrees: false }),
    ]);
  });

  it('agrees with an exact claim only on the exact count, and a minimum at or above it', () => {
    const claim = { ...seedClaims[0]!, articleId: 'synthetic' };
    const rows = [row()];
    const check = (min: number, exact: boolean, counted: number) =>
      claimsFor([{ ...claim, min, exact, counted }], rows)[0]?.agrees;
    expect(check(100, true, 100)).toBe(true);
    expect(check(100, true, 101)).toBe(false);
    expect(check(120, false, 120)).toBe(true);
    expect(check(121, false, 120)).toBe(false);
  });

  it('leaves out the claims of articles none of the rows come from', () => {
    expect(claimsFor(seedClaims, [row()])).toEqual([]);
    expect(claimsFor(seedClaims, [])).toEqual([]);
  });

  it('keeps a claim while a filter keeps any row of its article, and drops it when none', () => {
    const claimOf = (articleId: string) => ({ ...seedClaims[0]!, articleId, text: `claim of ${articleId}` });
    const rows = [
      row({ recipient: 'Egypt', sources: [{ articleId: 'a', paragraph: 0, start: 0, end: 1, sentence: 'Synthetic.' }] }),
      row({ recipient: 'India', model: 'Mi-26', sources: [{ articleId: 'a', paragraph: 1, start: 0, end: 1, sentence: 'Synthetic.' }] }),
      row({ recipient: 'India', sources: [{ articleId: 'b', paragraph: 0, start: 0, end: 1, sentence: 'Synthetic.' }] }),
    ];
    const index = new ClaimIndex([claimOf('a'), claimOf('b'), claimOf('c')], rows);
    const facets = new FacetIndex(rows);
    const claimed = (filters: Filters) => index.checks(facets.matches(filters)).map((check) => check.claim.text);
    expect(claimed({})).toEqual(['claim of a', 'claim of b']);
    expect(claimed({ recipient: ['Egypt'] })).toEqual(['claim of a']);
    expect(claimed({ model: ['Mi-26'] })).toEqual(['claim of a']);
    expect(claimed({ recipient: ['India'], model: ['Mi-17'] })).toEqual(['claim of b']);
    expect(claimed({ recipient: ['Atlantis'] })).toEqual([]);
  });
});
