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
    const tallies = {} as Record<FacetKey, { count: Float64Array; units: Float64Array }>;
    FACET_KEYS.forEach((key, k) => {
      const size = this.#values[key].length;
      const count = new Float64Array(size);
      const units = new Float64Array(size);
      const codes = this.#codes[key];
      // A row counts for a facet when it fails no filter but, perhaps, that facet's own.
      for (let i = 0; i < n; i++) {
        if (failures[i] === 0 || (failures[i] === 1 && failedOn[i] === k)) {
          count[codes[i]!]! += 1;
          units[codes[i]!]! += this.#quantity[i]!;
        }
      }
      tallies[key] = { count, units };
    });
    const counts = {} as FacetCounts;
    for (const key of FACET_KEYS) {
      const selected = filters[key] ?? [];
      const values = this.#values[key];
      const { count, units } = tallies[key];
      // a selected value no row has still shows, with nothing, so it can be cleared
      const absent = selected.filter((value, i) => !values.includes(value) && selected.indexOf(value) === i);
      counts[key] = [
        ...values.map((value, code) => ({ value, count: count[code]!, units: units[code]!, selected: selected.includes(value) })),
        ...absent.map((value) => ({ value, count: 0, units: 0, selected: true })),
      ].sort(ORDER[key] ?? byCount);
    }
    return counts;
  }
}

/** The rows that match every facet's filter. */
export function filterRows<T extends FacetRow>(rows: readonly T[], filters: Filters): T[] {
  return new FacetIndex(rows).filter(filters);
}

/** Counts per facet value, each facet counted over the rows that match every other facet. */
export function facetCounts(rows: readonly FacetRow[], filters: Filters): FacetCounts {
  return new FacetIndex(rows).counts(filters);
}

type Order = (a: FacetCount, b: FacetCount) => number;

const byCount: Order = (a, b) => b.count - a.count || compareText(a.value, b.value);

/** Latest year first, then anything that is not a year, `UNKNOWN` last. */
const byYear: Order = (a, b) => {
  const [ga, ya] = yearRank(a.value);
  const [gb, yb] = yearRank(b.value);
  return ga - gb || yb - ya || compareText(a.value, b.value);
};

function yearRank(value: string): [group: number, year: number] {
  if (value === UNKNOWN) return [2, 0];
  const year = Number(value);
  return value.trim() !== '' && Number.isFinite(year) ? [0, year] : [1, 0];
}

/** Helicopters first: the explorer is about them; the rest by count. */
const helicoptersFirst: Order = (a, b) =>
  Number(b.value === 'helicopter') - Number(a.value === 'helicopter') || byCount(a, b);

const ORDER: Partial<Record<FacetKey, Order>> = { year: byYear, category: helicoptersFirst };

/** The filters with one value of one facet selected or, if it was, cleared. */
export function toggleFilter(filters: Filters, key: FacetKey, value: string): Filters {
  const current = filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const rest = { ...filters };
  delete rest[key];
  return next.length > 0 ? { ...rest, [key]: next } : rest;
}
