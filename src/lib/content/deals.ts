import type { PackedRecord } from './contract.ts';

/**
 * A stable id for a record: its article, paragraph, sentence start, model and its position
 * among the article's records (two records can share a sentence and a model).
 * Kept apart from the extractor so the app shell can key rows without loading the extractor.
 */
export function recordId(record: PackedRecord, index: number): string {
  const { articleId, paragraph, start } = record.sources[0] ?? { articleId: '', paragraph: 0, start: 0 };
  return `${articleId}:${paragraph}:${start}:${record.model}:${index}`;
}

/**
 * What makes two reports the same deal: same parties, model, engine, quantity, year and status.
 * Two articles reporting "68 Mi-171 for China, signed 2019" report one deal.
 */
export function dealKey(record: PackedRecord): string {
  const { supplier, recipient, model, engine, quantity, year, status } = record;
  return JSON.stringify([supplier, recipient, model, engine, quantity, year, status]);
}

/** The records of each deal, deals in first-seen order. */
export function groupByDeal<T extends PackedRecord>(records: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = dealKey(record);
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return [...groups.values()];
}

/**
 * One deal's record from its reports: the first report, with every report's sentences as its
 * sources, every supplier organisation, the first stated value, and each report's evidence.
 */
export function dealRecord<T extends PackedRecord>(reports: readonly T[]): T {
  const [first, ...rest] = reports;
  if (!first) throw new RangeError('A deal needs at least one report');
  if (rest.length === 0) return first;
  const supplierOrgs = [...new Set(reports.flatMap((report) => report.supplierOrgs))];
  const value = first.value ?? rest.find((report) => report.value)?.value ?? null;
  const sources = reports.flatMap((report) => report.sources);
  const evidence = reports.flatMap((report) => report.evidence);
  return { ...first, supplierOrgs, value, sources, evidence };
}
