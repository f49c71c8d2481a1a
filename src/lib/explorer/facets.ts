// Faceted filtering: several values in one facet OR together, facets AND together, and each
// facet is counted against the other facets' filters so a reader can still widen it.
import { compareText, type ContractRow } from './rows.ts';

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
export function facetValue(row: ContractRow, key: FacetKey): string {
  const value = row[key];
  return value === null || value === '' ? UNKNOWN : String(value);
}

/** The facets whose filter the row fails. */
function failedFacets(row: ContractRow, filters: Filters): FacetKey[] {
  return FACET_KEYS.filter((key) => {
    const wanted = filters[key];
    return wanted !== undefined && wanted.length > 0 && !wanted.includes(facetValue(row, key));
  });
}

/** The rows that match every facet's filter. */
export function filterRows(rows: readonly ContractRow[], filters: Filters): ContractRow[] {
  return rows.filter((row) => failedFacets(row, filters).length === 0);
}

/** Counts per facet value, each facet counted over the rows that match every other facet. */
export function facetCounts(rows: readonly ContractRow[], filters: Filters): FacetCounts {
  const tallies = {} as Record<FacetKey, Map<string, { count: number; units: number }>>;
  for (const key of FACET_KEYS) {
    tallies[key] = new Map((filters[key] ?? []).map((value) => [value, { count: 0, units: 0 }]));
  }
  for (const row of rows) {
    const failed = failedFacets(row, filters);
    for (const key of FACET_KEYS) {
      const tally = tallies[key];
      const value = facetValue(row, key);
      const entry = tally.get(value) ?? { count: 0, units: 0 };
      tally.set(value, entry);
      // A row counts for a facet when it fails no filter but, perhaps, that facet's own.
      if (failed.length === 0 || (failed.length === 1 && failed[0] === key)) {
        entry.count += 1;
        entry.units += row.quantity;
      }
    }
  }
  const counts = {} as FacetCounts;
  for (const key of FACET_KEYS) {
    const selected = filters[key] ?? [];
    counts[key] = [...tallies[key]]
      .map(([value, { count, units }]) => ({ value, count, units, selected: selected.includes(value) }))
      .sort(ORDER[key] ?? byCount);
  }
  return counts;
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
