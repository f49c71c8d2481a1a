// The explorer's row: one deal, with every article report of it.
import type { ContractRecord, Evidence, Source, SourceRef } from '../content/contract.ts';
import { dealRecord, groupByDeal } from '../content/deals.ts';
import { tableRecord, type DealTable } from './deal-table.ts';

/** One article's report of a deal, as the table lists it: its stored record's id and its article. */
export interface ReportRef {
  /** The stored record's id: an article links to this. */
  id: string;
  articleId: string;
  articleTitle?: string;
}

/** One article's report of a deal: its stored record, the article's title, the sentences and the evidence there. */
export interface Report<S extends SourceRef = Source> extends ReportRef {
  sources: S[];
  evidence: Evidence[];
}

/** What the table, its facets, sorting, totals and chart read of a deal: no sentences, no evidence. */
export type DealRow = Pick<
  ContractRecord,
  'supplier' | 'recipient' | 'designation' | 'model' | 'family' | 'category' | 'quantity' | 'year' | 'engine' | 'status'
> & { id: string; reports: ReportRef[] };

/** A stored record as the explorer reads it: the record (with its sentences, unless `S` says offsets), its id, and its article's title. */
export type StoredRecord<S extends SourceRef = Source> = ContractRecord<S> & { id: string; articleTitle?: string };

/**
 * A deal as the explorer shows it: one record with every report's sentences as its sources,
 * the first report's id, and the reports themselves, so a deal two articles name is counted once.
 */
export type ContractRow<S extends SourceRef = Source> = ContractRecord<S> & { id: string; reports: Report<S>[] };

/** One row per deal: records that report the same deal merge into one row listing all their reports. */
export function mergeReports<S extends SourceRef = Source>(records: readonly StoredRecord<S>[]): ContractRow<S>[] {
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

/**
 * One row per deal from the explorer's table, merged as `mergeReports` merges the records:
 * each deal's reports in id order, the first one's fields and id for the deal's.
 */
export function dealRows(table: DealTable): DealRow[] {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < table.id.length; i++) {
    // the fields of `dealKey`, by their codes: equal texts have equal codes in one table
    const key = `${table.supplier[i]} ${table.recipient[i]} ${table.model[i]} ${table.engine[i]} ${table.quantity[i]} ${table.year[i]} ${table.status[i]}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const rows: DealRow[] = [];
  for (const group of groups.values()) {
    if (group.length > 1) group.sort((a, b) => (table.id[a]! < table.id[b]! ? -1 : 1));
    const { articleId: _article, articleTitle: _title, ...deal } = tableRecord(table, group[0]!);
    const reports = group.map((i) => {
      const title = table.titles[table.article[i]!];
      return { id: table.id[i]!, articleId: table.articles[table.article[i]!]!, ...(title != null ? { articleTitle: title } : {}) };
    });
    rows.push({ ...deal, reports });
  }
  return rows;
}

/** The deals in full, from their reports' stored records, in the rows' order (a deal none of whose records is found is left out). */
export function fullRows(rows: readonly DealRow[], records: readonly StoredRecord[]): ContractRow[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return rows.flatMap((row) => {
    const reports = row.reports.flatMap((report) => byId.get(report.id) ?? []);
    return reports.length > 0 ? mergeReports(reports).slice(0, 1) : [];
  });
}

/** The reports of a row. */
export function reportsOf<R extends ReportRef>(row: { reports: R[] }): R[] {
  return row.reports;
}

const collator = new Intl.Collator('en', { numeric: true });

/** Orders text the way a reader expects ("Mi-8" < "Mi-17" < "Mi-171"), code units breaking ties. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
