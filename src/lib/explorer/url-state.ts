// The explorer's view in the URL, so a view can be shared, bookmarked and opened offline.
// The same view always gives the same query string: facets in FACET_KEYS order, then sort,
// chart and record; values sorted and without duplicates; defaults left out.
import { FACET_KEYS, type Filters } from './facets.ts';
import { DEFAULT_SORT, isSortKey, type Sort } from './sort.ts';

/** What the explorer shows: filters, sort, chart and the record open in the detail view. */
export type ExplorerState = {
  /** `category` absent means all categories; there is no separate flag for it. */
  filters: Filters;
  sort: Sort;
  chart: 'model' | 'year';
  /** Id of the record open in the detail view. */
  record: string | null;
  allCategories?: never;
};

/** The `category` value that stands for all categories. */
export const ALL_CATEGORIES = '*';

/** Helicopters first: the categories of a URL with no `category` param. */
const DEFAULT_CATEGORIES: readonly string[] = ['helicopter'];

/** The explorer with nothing in the URL: helicopters, newest first, units by model. */
export function defaultState(): ExplorerState {
  return { filters: { category: [...DEFAULT_CATEGORIES] }, sort: { ...DEFAULT_SORT }, chart: 'model', record: null };
}

/** The state a query string (`?recipient=China&sort=-year`) describes; anything invalid falls back to the default. */
export function readState(search: string | URLSearchParams): ExplorerState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Filters = {};
  for (const key of FACET_KEYS) {
    const values = canonical(params.getAll(key));
    if (key === 'category') {
      if (!params.has(key)) filters.category = [...DEFAULT_CATEGORIES];
      else if (values.length > 0 && !values.includes(ALL_CATEGORIES)) filters.category = values;
    } else if (values.length > 0) filters[key] = values;
  }
  return {
    filters,
    sort: readSort(params.get('sort')),
    chart: params.get('chart') === 'year' ? 'year' : 'model',
    record: params.get('record') || null,
  };
}

/** The query string for a state, starting with `?`, or `''` for the default view. */
export function writeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  for (const key of FACET_KEYS) {
    const values = canonical(state.filters[key] ?? []);
    if (key === 'category') {
      if (values.length === 0) params.append(key, ALL_CATEGORIES);
      else if (!sameValues(values, DEFAULT_CATEGORIES)) values.forEach((v) => params.append(key, v));
    } else values.forEach((v) => params.append(key, v));
  }
  const { key, dir } = state.sort;
  if (key !== DEFAULT_SORT.key || dir !== DEFAULT_SORT.dir) params.set('sort', dir === 'desc' ? `-${key}` : key);
  if (state.chart === 'year') params.set('chart', 'year');
  if (state.record) params.set('record', state.record);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Values without empties or duplicates, in code-unit order. */
function canonical(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))].sort();
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function readSort(param: string | null): Sort {
  if (param === null) return { ...DEFAULT_SORT };
  const desc = param.startsWith('-');
  const key = desc ? param.slice(1) : param;
  return isSortKey(key) ? { key, dir: desc ? 'desc' : 'asc' } : { ...DEFAULT_SORT };
}
