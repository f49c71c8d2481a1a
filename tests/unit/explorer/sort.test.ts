import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, SORT_KEYS, isSortKey, sortRows, type Sort } from '../../../src/lib/explorer/sort.ts';
import { row, seedRows } from './rows.ts';

// Synthetic rows (made-up deals, not news).
const mi171 = row({ id: 'a', model: 'Mi-171', quantity: 5, year: 2019, recipient: 'India' });
const mi8 = row({ id: 'b', model: 'Mi-8', quantity: 2, year: 2009, recipient: null });
const mi17 = row({ id: 'c', model: 'Mi-17', quantity: 40, year: null, recipient: 'Egypt' });
const ka52 = row({ id: 'd', model: 'Ka-52', quantity: 5, year: 2019, recipient: 'Algeria' });
const rows = [mi171, mi8, mi17, ka52];

const ids = (sort: Sort) => sortRows(rows, sort).map((r) => r.id);

describe('sortRows', () => {
  it('orders type names by their numbers: Mi-8, Mi-17, Mi-171', () => {
    expect(sortRows([mi171, mi17, mi8], { key: 'model', dir: 'asc' }).map((r) => r.model)).toEqual(['Mi-8', 'Mi-17', 'Mi-171']);
    expect(sortRows([mi8, mi17, mi171], { key: 'model', dir: 'desc' }).map((r) => r.model)).toEqual(['Mi-171', 'Mi-17', 'Mi-8']);
  });

  it('puts unknown values last in both directions', () => {
    expect(ids({ key: 'quantity', dir: 'asc' })).toEqual(['b', 'a', 'd', 'c']);
    expect(ids({ key: 'quantity', dir: 'desc' })).toEqual(['c', 'a', 'd', 'b']);
    expect(ids({ key: 'year', dir: 'asc' })).toEqual(['b', 'a', 'd', 'c']);
    expect(ids({ key: 'year', dir: 'desc' })).toEqual(['a', 'd', 'b', 'c']);
    expect(ids({ key: 'recipient', dir: 'desc' })).toEqual(['a', 'c', 'd', 'b']);
  });

  it('compares numbers as numbers, not as text', () => {
    const few = [row({ id: 'x', quantity: 9 }), row({ id: 'y', quantity: 100 }), row({ id: 'z', quantity: 24 })];
    expect(sortRows(few, { key: 'quantity', dir: 'asc' }).map((r) => r.quantity)).toEqual([9, 24, 100]);
  });

  it('breaks ties by id whatever the direction and the input order', () => {
    expect(ids({ key: 'year', dir: 'desc' }).slice(0, 2)).toEqual(['a', 'd']);
    expect(sortRows([ka52, mi171], { key: 'quantity', dir: 'desc' }).map((r) => r.id)).toEqual(['a', 'd']);
    expect(sortRows([...rows].reverse(), { key: 'category', dir: 'asc' }).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves its input alone', () => {
    const before = [...rows];
    sortRows(rows, { key: 'model', dir: 'asc' });
    expect(rows).toEqual(before);
  });

  it('sorts the seed’s records by quantity', () => {
    expect(sortRows(seedRows, { key: 'quantity', dir: 'desc' }).map((r) => r.quantity)).toEqual([68, 24, 21, 18, 14]);
  });
});

describe('sort keys', () => {
  it('are the table’s columns, newest deals first by default', () => {
    expect(SORT_KEYS).toEqual(['recipient', 'supplier', 'model', 'family', 'category', 'quantity', 'year', 'status', 'designation']);
    expect(DEFAULT_SORT).toEqual({ key: 'year', dir: 'desc' });
    expect(isSortKey('quantity')).toBe(true);
    expect(isSortKey('id')).toBe(false);
  });
});
