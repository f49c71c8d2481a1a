import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FACET_KEYS,
  FacetIndex,
  type FacetKey,
  type Filters,
  UNKNOWN,
  facetCounts,
  facetValue,
  filterRows,
  toggleFilter,
  type FacetCount,
} from '../../../src/lib/explorer/facets.ts';
import type { ContractRow } from '../../../src/lib/explorer/rows.ts';
import { SORT_KEYS, SortOrders, sortRows } from '../../../src/lib/explorer/sort.ts';
import { readState } from '../../../src/lib/explorer/url-state.ts';
import { row, seedRows } from './rows.ts';

// Synthetic rows (made-up deals, not news).
const egyptMi17 = row({ recipient: 'Egypt', model: 'Mi-17', year: 2015, quantity: 10 });
const egyptKa52 = row({ recipient: 'Egypt', model: 'Ka-52', family: 'Ka-52', year: 2017, quantity: 46 });
const indiaMi17 = row({ recipient: 'India', model: 'Mi-17', year: 2015, quantity: 48 });
const indiaSu30 = row({ recipient: 'India', model: 'Su-30', family: 'Su-27/30/35', category: 'fighter', year: null, quantity: 12 });
const unknownBuyer = row({ recipient: null, model: 'Ansat', family: 'Ansat', year: 2019, quantity: 5, status: 'proposed' });
const rows = [egyptMi17, egyptKa52, indiaMi17, indiaSu30, unknownBuyer];

/** A facet's values as "value count/units", selected ones starred, in display order. */
function listed(counts: FacetCount[]): string[] {
  return counts.map((c) => `${c.value} ${c.count}/${c.units}${c.selected ? '*' : ''}`);
}

describe('facetValue', () => {
  it('gives the year as text and a missing value as Unknown', () => {
    expect(facetValue(egyptMi17, 'year')).toBe('2015');
    expect(facetValue(indiaSu30, 'year')).toBe(UNKNOWN);
    expect(facetValue(unknownBuyer, 'recipient')).toBe('Unknown');
    expect(facetValue(row({ supplier: '' }), 'supplier')).toBe(UNKNOWN);
    expect(facetValue(egyptKa52, 'family')).toBe('Ka-52');
  });
});

describe('filterRows', () => {
  it('keeps every row without filters, and with empty ones', () => {
    expect(filterRows(rows, {})).toEqual(rows);
    expect(filterRows(rows, { recipient: [] })).toEqual(rows);
  });

  it('ORs several values of one facet and ANDs facets', () => {
    expect(filterRows(rows, { recipient: ['Egypt', 'India'] })).toEqual([egyptMi17, egyptKa52, indiaMi17, indiaSu30]);
    expect(filterRows(rows, { recipient: ['Egypt', 'India'], model: ['Mi-17'] })).toEqual([egyptMi17, indiaMi17]);
    expect(filterRows(rows, { recipient: ['Egypt'], year: ['2015', '2017'] })).toEqual([egyptMi17, egyptKa52]);
  });

  it('matches a missing value with Unknown', () => {
    expect(filterRows(rows, { recipient: [UNKNOWN] })).toEqual([unknownBuyer]);
    expect(filterRows(rows, { year: [UNKNOWN] })).toEqual([indiaSu30]);
  });

  it('shows the seed’s helicopter view: four rows, 121 units', () => {
    const view = filterRows(seedRows, readState('').filters);
    expect(view.map((r) => `${r.quantity} ${r.model}`)).toEqual(['68 Mi-171', '18 Mi-171Sh', '14 Mi-171', '21 Ansat']);
    expect(view.reduce((sum, r) => sum + (r.quantity ?? 0), 0)).toBe(121);
  });
});

describe('facetCounts', () => {
  it('counts records and units of every facet value without filters', () => {
    const counts = facetCounts(rows, {});
    expect(Object.keys(counts)).toEqual([...FACET_KEYS]);
    expect(listed(counts.recipient)).toEqual(['Egypt 2/56', 'India 2/60', 'Unknown 1/5']);
    expect(listed(counts.model)).toEqual(['Mi-17 2/58', 'Ansat 1/5', 'Ka-52 1/46', 'Su-30 1/12']);
    expect(listed(counts.status)).toEqual(['signed 4/116', 'proposed 1/5']);
  });

  it('ignores a facet’s own filter so it can be widened, and obeys the others', () => {
    const counts = facetCounts(rows, { recipient: ['Egypt'], model: ['Mi-17'] });
    // recipient counts obey the model filter only
    expect(listed(counts.recipient)).toEqual(['Egypt 1/10*', 'India 1/48', 'Unknown 0/0']);
    // model counts obey the recipient filter only
    expect(listed(counts.model)).toEqual(['Mi-17 1/10*', 'Ansat 0/0', 'Ka-52 1/46', 'Su-30 0/0']);
    // other facets obey both
    expect(listed(counts.year)).toEqual(['2019 0/0', '2017 0/0', '2015 1/10', 'Unknown 0/0']);
  });

  it('keeps each facet in the order of the whole set as filters are ticked: a value never moves under a finger', () => {
    const order = (filters: Filters) => Object.fromEntries(FACET_KEYS.map((key) => [key, facetCounts(rows, filters)[key].map((c) => c.value)]));
    const unfiltered = order({});
    expect(order({ recipient: ['India'] })).toEqual(unfiltered);
    expect(order({ model: ['Ka-52'], status: ['signed'] })).toEqual(unfiltered);
  });

  it('counts several selected values of one facet together for the other facets', () => {
    const counts = facetCounts(rows, { recipient: ['Egypt', 'India'] });
    expect(listed(counts.recipient)).toEqual(['Egypt 2/56*', 'India 2/60*', 'Unknown 1/5']);
    expect(listed(counts.category)).toEqual(['helicopter 3/104', 'fighter 1/12']);
  });

  it('lists a selected value even when no row has it, at 0, so it can be cleared', () => {
    const counts = facetCounts(rows, { recipient: ['Atlantis'] });
    expect(listed(counts.recipient)).toEqual(['Egypt 2/56', 'India 2/60', 'Unknown 1/5', 'Atlantis 0/0*']);
    expect(counts.model.every((c) => c.count === 0)).toBe(true);
  });

  it('orders years newest first with Unknown last, and helicopters first among categories', () => {
    const many = [
      ...rows,
      row({ category: 'fighter', year: 2009 }),
      row({ category: 'fighter', year: 2021 }),
      row({ category: 'engine', year: 2021 }),
    ];
    const counts = facetCounts(many, {});
    expect(counts.year.map((c) => c.value)).toEqual(['2021', '2019', '2017', '2015', '2009', 'Unknown']);
    expect(listed(counts.category)).toEqual(['helicopter 4/109', 'fighter 3/32', 'engine 1/10']);
  });

  it('orders equal counts by value, numbers in numeric order', () => {
    const counts = facetCounts([row({ model: 'Mi-171' }), row({ model: 'Mi-17' }), row({ model: 'Mi-8' })], {});
    expect(counts.model.map((c) => c.value)).toEqual(['Mi-8', 'Mi-17', 'Mi-171']);
  });

  it('gives the seed’s categories with helicopters first', () => {
    expect(listed(facetCounts(seedRows, { category: ['helicopter'] }).category)).toEqual([
      'helicopter 4/121*', 'fighter 1/24',
    ]);
  });
});

describe('toggleFilter', () => {
  it('adds a value, removes it again, and drops a facet left empty', () => {
    const one = toggleFilter({}, 'recipient', 'China');
    expect(one).toEqual({ recipient: ['China'] });
    expect(toggleFilter(one, 'recipient', 'India')).toEqual({ recipient: ['China', 'India'] });
    expect(toggleFilter(one, 'recipient', 'China')).toEqual({});
    expect(one).toEqual({ recipient: ['China'] }); // the input is left alone
  });
});

describe('FacetIndex on many rows', () => {
  // Random synthetic rows and filters (made-up deals, not news), against the rules read plainly.
  const values = { recipient: ['Egypt', 'India', null], model: ['Mi-17', 'Ka-52', 'Ansat'], year: [2015, 2019, null], status: ['signed', 'proposed'] } as const;
  const rowArb = fc.record({
    recipient: fc.constantFrom(...values.recipient),
    model: fc.constantFrom(...values.model),
    year: fc.constantFrom(...values.year),
    status: fc.constantFrom(...values.status),
    quantity: fc.integer({ min: 1, max: 50 }),
  }).map((fields) => row(fields));
  const filtersArb: fc.Arbitrary<Filters> = fc.record(
    {
      recipient: fc.subarray(['Egypt', 'India', UNKNOWN, 'Peru']),
      model: fc.subarray(['Mi-17', 'Ka-52', 'Ansat']),
      year: fc.subarray(['2015', '2019', UNKNOWN]),
      status: fc.subarray(['signed', 'proposed']),
    },
    { requiredKeys: [] },
  );
  const passes = (r: ContractRow, filters: Filters, except?: FacetKey) =>
    FACET_KEYS.every((key) => key === except || !filters[key]?.length || filters[key]!.includes(facetValue(r, key)));

  it('keeps exactly the rows every facet allows, and counts each value over the rows the other facets allow', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), filtersArb, (rows, filters) => {
        const index = new FacetIndex(rows);
        expect(index.filter(filters)).toEqual(rows.filter((r) => passes(r, filters)));
        const counts = index.counts(filters);
        for (const key of FACET_KEYS) {
          for (const { value, count, units, selected } of counts[key]) {
            const counted = rows.filter((r) => facetValue(r, key) === value && passes(r, filters, key));
            expect([value, count, units]).toEqual([value, counted.length, counted.reduce((sum, r) => sum + r.quantity, 0)]);
            expect(selected).toBe(filters[key]?.includes(value) ?? false);
          }
          // every value a row has is listed, and every selected one, once each
          const listedValues = counts[key].map((c) => c.value);
          expect(new Set(listedValues).size).toBe(listedValues.length);
          expect(new Set(listedValues)).toEqual(new Set([...rows.map((r) => facetValue(r, key)), ...(filters[key] ?? [])]));
        }
      }),
    );
  });

  it('sorted through a mask gives the matching rows in the order sorting them gives', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), filtersArb, fc.constantFrom(...SORT_KEYS), fc.constantFrom('asc' as const, 'desc' as const), (rows, filters, key, dir) => {
        const index = new FacetIndex(rows);
        const orders = new SortOrders(rows);
        expect(orders.sorted({ key, dir }, index.matches(filters))).toEqual(sortRows(index.filter(filters), { key, dir }));
      }),
    );
  });
});
