// Column sorting: stable, unknowns last whichever way, and the same order every time.
import { compareText, type DealRow } from './rows.ts';

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

/** What sorting reads of a row. */
export type SortRow = Pick<DealRow, SortKey | 'id'>;

/**
 * The rows' order for each column and direction, worked out once per column and kept, so a
 * filter change only walks an order already known (sorting 50,000 rows by text takes longer
 * than a frame).
 */
export class SortOrders<T extends SortRow> {
  readonly rows: readonly T[];
  readonly #orders = new Map<string, Uint32Array>();

  constructor(rows: readonly T[]) {
    this.rows = rows;
  }

  /** The rows sorted by one column, unknown values last, ties in id order; with a mask, only the rows it marks 1. */
  sorted(sort: Sort, mask?: Uint8Array): T[] {
    const order = this.#order(sort);
    const result: T[] = [];
    for (const i of order) if (mask === undefined || mask[i] === 1) result.push(this.rows[i]!);
    return result;
  }

  #order(sort: Sort): Uint32Array {
    const name = `${sort.key} ${sort.dir}`;
    let order = this.#orders.get(name);
    if (order === undefined) {
      order = orderBy(this.rows, sort);
      this.#orders.set(name, order);
    }
    return order;
  }
}

/** The rows' positions in sorted order. Text is ranked once per distinct value, then compared as numbers. */
function orderBy(rows: readonly SortRow[], sort: Sort): Uint32Array {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const values = rows.map((row) => row[sort.key]);
  const missing = values.map((value) => value === null || value === '');
  let rank: readonly number[];
  if (values.every((value, i) => missing[i] || typeof value === 'number')) rank = values as number[];
  else {
    const texts = [...new Set(values.filter((_, i) => !missing[i]).map(String))].sort(compareText);
    const rankOf = new Map(texts.map((text, i) => [text, i]));
    rank = values.map((value, i) => (missing[i] ? 0 : rankOf.get(String(value))!));
  }
  const ids = rows.map((row) => row.id);
  const byId = (a: number, b: number) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
  return Uint32Array.from(rows.keys()).sort((a, b) => {
    if (missing[a] || missing[b]) return Number(missing[a]) - Number(missing[b]) || byId(a, b);
    return sign * (rank[a]! - rank[b]!) || byId(a, b);
  });
}

/** The rows sorted by one column, unknown values last, ties in id order; the input is left alone. */
export function sortRows<T extends SortRow>(rows: readonly T[], sort: Sort): T[] {
  return new SortOrders(rows).sorted(sort);
}
