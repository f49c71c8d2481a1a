// Scores extracted records against the gold a careful reader wrote for real reports.
//
// The rules (issue #8):
// - Only helicopters and helicopter engines are scored.
// - A predicted record is a record with a quantity and status `signed`. It is right when
//   model, quantity and recipient match a required gold record (each gold record is matched
//   once). One that matches nothing required but an optional record is neither right nor
//   wrong; one that matches nothing is a false positive.
// - Records with another status, or with no quantity, are never false positives and never
//   fill a required record: a delivery is not the contract.
// - Supplier, recipient and year are judged on the records that match a required one on model
//   and quantity (so a wrong recipient shows as a wrong recipient, not only as a miss); year
//   only where the gold states one.

/** A gold record: `[model, quantity, recipient, supplier, year]`; supplier and year may be left off. */
export type GoldRecord = [string, number, string | null, (string | null)?, (number | null)?];

/** One real report and what a careful reader found in it. */
export interface GoldReport {
  id: string;
  url: string;
  language: string;
  query?: string;
  sha256?: string;
  kind?: string;
  required: GoldRecord[];
  optional: GoldRecord[];
  why: string[];
  newModels?: string[];
}

/** What the scorer needs of an extracted record. */
export interface Predicted {
  model: string;
  quantity: number | null;
  recipient: string | null;
  supplier: string | null;
  year: number | null;
  status: string;
  category: string;
  sentence: string;
}

/** How one report scored. */
export interface ReportScore {
  id: string;
  language: string;
  truePositives: number;
  falsePositives: Predicted[];
  missed: GoldRecord[];
  /** Required records matched on model and quantity, with each field right or wrong, and the two records. */
  fields: { supplier: boolean | null; recipient: boolean; year: boolean | null; record: Predicted; gold: GoldRecord }[];
  /** Required records found, but not as signed (for the report: "found as delivered"). */
  foundWithOtherStatus: { gold: GoldRecord; status: string }[];
}

const SCORED = new Set(['helicopter', 'engine']);

const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
const matches = (record: Predicted, gold: GoldRecord, withRecipient: boolean) =>
  record.model === gold[0] && record.quantity === gold[1] && (!withRecipient || same(record.recipient, gold[2]));

/** Scores one report's records against its gold. */
export function scoreReport(gold: GoldReport, records: readonly Predicted[]): ReportScore {
  const scored = records.filter((r) => SCORED.has(r.category) && r.quantity !== null);
  const signed = scored.filter((r) => r.status === 'signed');
  const open = [...gold.required];
  const take = (list: GoldRecord[], record: Predicted, withRecipient: boolean) => {
    const index = list.findIndex((g) => matches(record, g, withRecipient));
    return index === -1 ? null : list.splice(index, 1)[0]!;
  };

  let truePositives = 0;
  const falsePositives: Predicted[] = [];
  const fields: ReportScore['fields'] = [];
  const unmatched: Predicted[] = [];
  for (const record of signed) {
    const hit = take(open, record, true);
    if (hit) {
      truePositives++;
      fields.push(fieldsOf(record, hit));
    } else unmatched.push(record);
  }
  // Records right on model and quantity but wrong on recipient: misses, and a wrong recipient.
  const optional = [...gold.optional];
  for (const record of unmatched) {
    if (take(optional, record, true)) continue;
    const near = open.find((g) => matches(record, g, false));
    if (near) fields.push(fieldsOf(record, near));
    falsePositives.push(record);
  }
  const foundWithOtherStatus = open.flatMap((g) => {
    const other = scored.find((r) => r.status !== 'signed' && matches(r, g, true));
    return other ? [{ gold: g, status: other.status }] : [];
  });
  return { id: gold.id, language: gold.language, truePositives, falsePositives, missed: open, fields, foundWithOtherStatus };
}

function fieldsOf(record: Predicted, gold: GoldRecord): ReportScore['fields'][number] {
  const [, , recipient, supplier, year] = gold;
  return {
    recipient: same(record.recipient, recipient),
    supplier: supplier === undefined || supplier === null ? null : same(record.supplier, supplier),
    year: year === undefined || year === null ? null : record.year === year,
    record,
    gold,
  };
}

/** Precision, recall and F1 over some reports, and field accuracy on their matched records. */
export interface Summary {
  reports: number;
  truePositives: number;
  falsePositives: number;
  missed: number;
  precision: number;
  recall: number;
  f1: number;
  supplier: Ratio;
  recipient: Ratio;
  year: Ratio;
}

/** `right` of `of`, and the share. */
export interface Ratio {
  right: number;
  of: number;
  share: number;
}

const ratio = (right: number, of: number): Ratio => ({ right, of, share: of === 0 ? 1 : right / of });

/** Sums report scores. An empty set scores precision and recall 1 (nothing claimed, nothing missed). */
export function summarise(scores: readonly ReportScore[]): Summary {
  const tp = scores.reduce((sum, s) => sum + s.truePositives, 0);
  const fp = scores.reduce((sum, s) => sum + s.falsePositives.length, 0);
  const fn = scores.reduce((sum, s) => sum + s.missed.length, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const all = scores.flatMap((s) => s.fields);
  const judged = (key: 'supplier' | 'year') => all.filter((f) => f[key] !== null);
  return {
    reports: scores.length,
    truePositives: tp,
    falsePositives: fp,
    missed: fn,
    precision,
    recall,
    f1,
    supplier: ratio(judged('supplier').filter((f) => f.supplier).length, judged('supplier').length),
    recipient: ratio(all.filter((f) => f.recipient).length, all.length),
    year: ratio(judged('year').filter((f) => f.year).length, judged('year').length),
  };
}

/** Checks a development set's shape; returns each problem as `id: what is wrong`. */
export function checkGold(reports: unknown): string[] {
  if (!Array.isArray(reports)) return ['the file is not a JSON array'];
  const problems: string[] = [];
  const ids = new Set<string>();
  reports.forEach((report: Partial<GoldReport>, index) => {
    const name = typeof report.id === 'string' ? report.id : `entry ${index + 1}`;
    if (typeof report.id !== 'string' || report.id === '') problems.push(`${name}: no id`);
    else if (ids.has(report.id)) problems.push(`${name}: id used twice`);
    else ids.add(report.id);
    if (typeof report.url !== 'string' || !/^https?:\/\//.test(report.url)) problems.push(`${name}: url is not an http(s) address`);
    if (typeof report.language !== 'string' || !/^[a-z]{2}$/.test(report.language)) problems.push(`${name}: language is not a two-letter code`);
    for (const key of ['required', 'optional'] as const) {
      const list = report[key];
      if (!Array.isArray(list)) {
        problems.push(`${name}: ${key} is not a list`);
        continue;
      }
      list.forEach((record, i) => {
        const ok =
          Array.isArray(record) &&
          typeof record[0] === 'string' &&
          Number.isInteger(record[1]) &&
          (record[2] === null || typeof record[2] === 'string') &&
          (record[3] === undefined || record[3] === null || typeof record[3] === 'string') &&
          (record[4] === undefined || record[4] === null || Number.isInteger(record[4]));
        if (!ok) problems.push(`${name}: ${key}[${i}] is not [model, quantity, recipient, supplier, year]`);
      });
    }
    if (!Array.isArray(report.why) || report.why.length === 0) problems.push(`${name}: why is empty`);
  });
  return problems;
}
