// Column sorting: stable, unknowns last whichever way, and the same order every time.
import { compareText, type ContractRow } from './rows.ts';

/** The columns the contract table shows and can sort by. */
export const SORT_KEYS = [
  'recipient', 'supplier', 'model', 'family', 'category', 'quantity', 'year', 'status', 'designation',
] as const;

/** One of `SORT_KEYS`. */
export type SortKey = (typeof SORT_KEYS)[number];

/** A column and a direction. */
export type Sort = { key: SortKey; dir: 'asc' | 'desc' };

/** Newest deals first. */
export const DEFAULT_SORT: Readonly<Sort> = Object.freeze({ key: 'year', dir: 'desc' });

/** Whether a string names a sortable column. */
export function isSortKey(key: string): key is SortKey {
  return (SORT_KEYS as readonly string[]).includes(key);
}

/** The rows sorted by one column, unknown values last, ties in id order; the input is left alone. */
export function sortRows(rows: readonly ContractRow[], sort: Sort): ContractRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = a[sort.key];
    const vb = b[sort.key];
    const missingA = va === null || va === '';
    const missingB = vb === null || vb === '';
    if (missingA || missingB) return Number(missingA) - Number(missingB) || byId(a, b);
    const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : compareText(String(va), String(vb));
    return sign * order || byId(a, b);
  });
}

function byId(a: ContractRow, b: ContractRow): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
