// The explorer's row: one deal, with every article report of it.
import type { ContractRecord, Evidence, Source } from '../content/contract.ts';
import { dealRecord, groupByDeal } from '../content/deals.ts';

/** One article's report of a deal: its stored record, the article's title, the sentences and the evidence there. */
export interface Report {
  /** The stored record's id: an article links to this. */
  id: string;
  articleId: string;
  articleTitle?: string;
  sources: Source[];
  evidence: Evidence[];
}

/** A stored record as the explorer reads it: the record, its id, and its article's title. */
export type StoredRecord = ContractRecord & { id: string; articleTitle?: string };

/**
 * A deal as the explorer shows it: one record with every report's sentences as its sources,
 * the first report's id, and the reports themselves, so a deal two articles name is counted once.
 */
export type ContractRow = ContractRecord & { id: string; reports: Report[] };

/** One row per deal: records that report the same deal merge into one row listing all their reports. */
export function mergeReports(records: readonly StoredRecord[]): ContractRow[] {
  return groupByDeal(records).map((group) => {
    const { articleTitle: _title, ...deal } = dealRecord(group);
    return {
      ...deal,
      id: group[0]!.id,
      reports: group.map((record) => ({
        id: record.id,
        articleId: record.sources[0]?.articleId ?? '',
        articleTitle: record.articleTitle,
        sources: record.sources,
        evidence: record.evidence,
      })),
    };
  });
}

/** The reports of a row. */
export function reportsOf(row: ContractRow): Report[] {
  return row.reports;
}

const collator = new Intl.Collator('en', { numeric: true });

/** Orders text the way a reader expects ("Mi-8" < "Mi-17" < "Mi-171"), code units breaking ties. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
