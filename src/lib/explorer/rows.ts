// The explorer's row: one deal, with every article report of it.
import type { ContractRecord } from '../content/extract-contracts.ts';
import { dealRecord, groupByDeal } from '../content/deals.ts';

/** One article's report of a deal: where it says so. */
export interface Report {
  id: string;
  source: ContractRecord['source'];
  articleTitle?: string;
}

/**
 * A deal as the explorer shows it: the first report's record and id, and (after
 * `mergeReports`) every report of it, so a deal two articles name is counted once.
 */
export type ContractRow = ContractRecord & { id: string; articleTitle?: string; reports?: Report[] };

/** Merges records that report the same deal into one row listing all their sources. */
export function mergeReports(records: readonly ContractRow[]): ContractRow[] {
  return groupByDeal(records).map((reports) => ({
    ...dealRecord(reports),
    reports: reports.map(({ id, source, articleTitle }) => ({ id, source, articleTitle })),
  }));
}

/** The reports of a row: its own source when it was never merged. */
export function reportsOf(row: ContractRow): Report[] {
  return row.reports ?? [{ id: row.id, source: row.source, articleTitle: row.articleTitle }];
}

const collator = new Intl.Collator('en', { numeric: true });

/** Orders text the way a reader expects ("Mi-8" < "Mi-17" < "Mi-171"), code units breaking ties. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
