import { describe, expect, it } from 'vitest';
import { barsOf, unitsBy } from '../../../src/lib/explorer/chart.ts';
import { FacetIndex } from '../../../src/lib/explorer/facets.ts';
import { row, seedRows } from './rows.ts';

describe('unitsBy', () => {
  it('gives the seed’s units by model, most first, the two Mi-171 records together', () => {
    expect(unitsBy(seedRows, 'model')).toEqual([
      { label: 'Mi-171', units: 82, records: 2 },
      { label: 'Su-35', units: 24, records: 1 },
      { label: 'Ansat', units: 21, records: 1 },
      { label: 'Mi-171Sh', units: 18, records: 1 },
    ]);
  });

  it('gives units by year oldest first, Unknown last', () => {
    // synthetic rows
    const rows = [
      row({ year: 2019, quantity: 5 }),
      row({ year: null, quantity: 7 }),
      row({ year: 2009, quantity: 2 }),
      row({ year: 2019, quantity: 3 }),
      row({ year: 2015, quantity: 1 }),
    ];
    expect(unitsBy(rows, 'year')).toEqual([
      { label: '2009', units: 2, records: 1 },
      { label: '2015', units: 1, records: 1 },
      { label: '2019', units: 8, records: 2 },
      { label: 'Unknown', units: 7, records: 1 },
    ]);
  });

  it('breaks equal units by label, numbers in numeric order', () => {
    const rows = [row({ model: 'Mi-171' }), row({ model: 'Mi-8' }), row({ model: 'Mi-17' })];
    expect(unitsBy(rows, 'model').map((bar) => bar.label)).toEqual(['Mi-8', 'Mi-17', 'Mi-171']);
  });

  it('has no bars for no rows', () => {
    expect(unitsBy([], 'year')).toEqual([]);
  });

  it('over a filter of the whole set, charts only the rows the filter keeps', () => {
    const rows = [row({ recipient: 'Egypt', year: 2019, quantity: 5 }), row({ recipient: 'India', year: 2019, quantity: 3 }), row({ recipient: 'India', year: 2015, quantity: 1 })];
    const index = new FacetIndex(rows);
    expect(barsOf(index, index.matches({ recipient: ['India'] }), 'year')).toEqual([
      { label: '2015', units: 1, records: 1 },
      { label: '2019', units: 3, records: 1 },
    ]);
  });
});
