import { countOf } from '../format.ts';

/** The query a search URL holds (`?q=`), or '' when it holds none. */
export function queryFromSearch(search: string): string {
  return new URLSearchParams(search).get('q') ?? '';
}

/** What the results' live region says: "3 results", "120 results, the best 50 shown", "No results for “…”". */
export function resultsSummary(query: string, total: number, shown: number): string {
  if (total === 0) return `No results for “${query.trim()}”`;
  const count = countOf(total, 'result', 'results');
  return shown < total ? `${count}, the best ${shown} shown` : count;
}
