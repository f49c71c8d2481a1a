// Faceted filtering: several values in one facet OR together, facets AND together, and each
// facet is counted against the other facets' filters so a reader can still widen it.
import { compareText, type DealRow } from './rows.ts';

/** The facets the explorer filters by, in display and URL order. */
export const FACET_KEYS = ['recipient', 'supplier', 'family', 'model', 'category', 'year', 'status'] as const;

/** One of `FACET_KEYS`. */
export type FacetKey = (typeof FACET_KEYS)[number];

/** The facet value of a row with no value for that facet. */
export const UNKNOWN = 'Unknown';

/** Selected values per facet; a facet that is absent or empty does not filter. */
export type Filters = Partial<Record<FacetKey, string[]>>;

/** One value of a facet: how many records and units it would show, and whether it is selected. */
export interface FacetCount {
  value: string;
  count: number;
  /** Sum of the quantities of those records. */
  units: number;
  selected: boolean;
}

/** The values of every facet, in display order. */
export type FacetCounts = Record<FacetKey, FacetCount[]>;

/** A row's value for a facet as text (`2019` for the year); null or empty is `UNKNOWN`. */
export function facetValue(row: FacetRow, key: FacetKey): string {
  const value = row[key];
  return value === null || value === '' ? UNKNOWN : String(value);
}

/** What a facet reads of a row. */
export type FacetRow = Pick<DealRow, FacetKey | 'quantity'>;

/**
 * The rows with each one's facet values as numbers, worked out once, so that filtering and
 * counting 50,000 rows on each tap is a loop over arrays (a few milliseconds), not text
 * comparisons.
 */
export class FacetIndex<T extends FacetRow> {
  readonly rows: readonly T[];
  /** Per facet, the value texts by code, and each row's code. */
  readonly #values = {} as Record<FacetKey, string[]>;
  readonly #codes = {} as Record<FacetKey, Uint32Array>;
  readonly #quantity: Float64Array;
  /** Per facet, its codes in display order (made when first listed). */
  readonly #order: Partial<Record<FacetKey, Uint32Array>> = {};
  #last: { filters: Filters; mask: Uint8Array } | null = null;

  constructor(rows: readonly T[]) {
    this.rows = rows;
    this.#quantity = Float64Array.from(rows, (row) => row.quantity);
    for (const key of FACET_KEYS) {
      const codeOf = new Map<string, number>();
      const codes = new Uint32Array(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const value = facetValue(rows[i]!, key);
        let code = codeOf.get(value);
        if (code === undefined) codeOf.set(value, (code = codeOf.size));
        codes[i] = code;
      }
      this.#values[key] = [...codeOf.keys()];
      this.#codes[key] = codes;
    }
  }

  /** Per value of a facet, the units and records of the rows a mask keeps: a loop over arrays. */
  tally(key: FacetKey, mask: Uint8Array): { values: readonly string[]; units: Float64Array; records: Uint32Array } {
    const values = this.#values[key];
    const codes = this.#codes[key];
    const units = new Float64Array(values.length);
    const records = new Uint32Array(values.length);
    for (let i = 0; i < mask.length; i++) {
      if (mask[i] === 1) {
        units[codes[i]!]! += this.#quantity[i]!;
        records[codes[i]!]! += 1;
      }
    }
    return { values, units, records };
  }

  /** Per active facet, which of its codes are selected. */
  #wanted(filters: Filters): [Uint32Array, Uint8Array, FacetKey][] {
    return FACET_KEYS.flatMap((key) => {
      const selected = filters[key];
      if (selected === undefined || selected.length === 0) return [];
      const wanted = new Uint8Array(this.#values[key].length);
      this.#values[key].forEach((value, code) => (wanted[code] = Number(selected.includes(value))));
      return [[this.#codes[key], wanted, key] as [Uint32Array, Uint8Array, FacetKey]];
    });
  }

  /** 1 for each row that matches every facet's filter, else 0. */
  matches(filters: Filters): Uint8Array {
    if (this.#last?.filters === filters) return this.#last.mask;
    const mask = new Uint8Array(this.rows.length).fill(1);
    for (const [codes, wanted] of this.#wanted(filters)) {
      for (let i = 0; i < mask.length; i++) mask[i]! &= wanted[codes[i]!]!;
    }
    this.#last = { filters, mask };
    return mask;
  }

  /** The rows that match every facet's filter, in their order. */
  filter(filters: Filters): T[] {
    const mask = this.matches(filters);
    return this.rows.filter((_, i) => mask[i] === 1);
  }

  /** Counts per facet value, each facet counted over the rows that match every other facet. */
  counts(filters: Filters): FacetCounts {
    const n = this.rows.length;
    // How many filters each row fails, and (when one) which: column by column, no allocation per row.
    const failures = new Uint8Array(n);
    const failedOn = new Uint8Array(n);
    for (const [codes, wanted, key] of this.#wanted(filters)) {
      const k = FACET_KEYS.indexOf(key);
      for (let i = 0; i < n; i++) {
        if (wanted[codes[i]!] === 0) {
          failures[i]! += 1;
          failedOn[i] = k;
        }
      }
    }
    // One pass over the rows for every facet: a row counts for a facet when it fails no filter
    // but, perhaps, that facet's own.
    const codes = FACET_KEYS.map((key) => this.#codes[key]);
    const count = FACET_KEYS.map((key) => new Float64Array(this.#values[key].length));
    const units = FACET_KEYS.map((key) => new Float64Array(this.#values[key].length));
    for (let i = 0; i < n; i++) {
      const failed = failures[i]!;
      if (failed > 1) continue;
      const quantity = this.#quantity[i]!;
      for (let k = failed === 0 ? 0 : failedOn[i]!, last = failed === 0 ? FACET_KEYS.length - 1 : k; k <= last; k++) {
        const code = codes[k]![i]!;
        count[k]![code]! += 1;
        units[k]![code]! += quantity;
      }
    }
    const counts = {} as FacetCounts;
    FACET_KEYS.forEach((key, k) => {
      const chosen = new Set(filters[key] ?? []);
      const values = this.#values[key];
      const listed = Array.from(this.#listed(key), (code) => ({
        value: values[code]!,
        count: count[k]![code]!,
        units: units[k]![code]!,
        selected: chosen.has(values[code]!),
      }));
      // a selected value no row has still shows, at the end with nothing, so it can be cleared
      for (const value of values) chosen.delete(value);
      counts[key] = [...listed, ...[...chosen].map((value) => ({ value, count: 0, units: 0, selected: true }))];
    });
    return counts;
  }

  /**
   * A facet's codes in display order, worked out once per data: years newest first; other
   * values most records first over all the rows (helicopters first among categories). The
   * order stays put while a reader ticks filters, so a value never moves from under a finger.
   */
  #listed(key: FacetKey): Uint32Array {
    let order = this.#order[key];
    if (order === undefined) {
      const values = this.#values[key];
      const rank = rankOf(key, values);
      const codes = Array.from(values.keys());
      if (key === 'year') codes.sort((a, b) => rank[a]! - rank[b]!);
      else {
        const total = new Uint32Array(values.length);
        for (const code of this.#codes[key]) total[code]! += 1;
        const pin = (code: number) => Number(values[code] === PINNED[key]);
        codes.sort((a, b) => pin(b) - pin(a) || total[b]! - total[a]! || rank[a]! - rank[b]!);
      }
      order = this.#order[key] = Uint32Array.from(codes);
    }
    return order;
  }
}

/** Helicopters first among categories: the explorer is about them. */
const PINNED: Partial<Record<FacetKey, string>> = { category: 'helicopter' };

/**
 * Each value's place in its facet's order of text: years newest first with anything else after
 * them and `UNKNOWN` last; other values as text sorts (how ties of counts are broken).
 */
function rankOf(key: FacetKey, values: readonly string[]): Uint32Array {
  const order = Array.from(values.keys()).sort((a, b) =>
    key === 'year' ? byYear(values[a]!, values[b]!) : compareText(values[a]!, values[b]!),
  );
  const rank = new Uint32Array(values.length);
  order.forEach((code, place) => (rank[code] = place));
  return rank;
}

/** The rows that match every facet's filter. */
export function filterRows<T extends FacetRow>(rows: readonly T[], filters: Filters): T[] {
  return new FacetIndex(rows).filter(filters);
}

/** Counts per facet value, each facet counted over the rows that match every other facet. */
export function facetCounts(rows: readonly FacetRow[], filters: Filters): FacetCounts {
  return new FacetIndex(rows).counts(filters);
}

/** Latest year first, then anything that is not a year, `UNKNOWN` last. */
function byYear(a: string, b: string): number {
  const [ga, ya] = yearRank(a);
  const [gb, yb] = yearRank(b);
  return ga - gb || yb - ya || compareText(a, b);
}

function yearRank(value: string): [group: number, year: number] {
  if (value === UNKNOWN) return [2, 0];
  const year = Number(value);
  return value.trim() !== '' && Number.isFinite(year) ? [0, year] : [1, 0];
}

/** The filters with one value of one facet selected or, if it was, cleared. */
export function toggleFilter(filters: Filters, key: FacetKey, value: string): Filters {
  const current = filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const rest = { ...filters };
  delete rest[key];
  return next.length > 0 ? { ...rest, [key]: next } : rest;
}
