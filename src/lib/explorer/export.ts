// CSV and JSON export of exactly the rows on screen, in the extract CLI's record shape.
import type { ContractRecord } from '../content/extract-contracts.ts';
import { slugify } from '../content/slug.ts';
import { localIsoDay } from '../format.ts';
import { FACET_KEYS, type Filters } from './facets.ts';
import { reportsOf, type ContractRow } from './rows.ts';

/** An exported deal: the extract CLI's record shape, plus every source that reports it. */
export type ExportedDeal = ContractRecord & { sources: ContractRecord['source'][] };

/** The fields of an exported record, in order: the extract CLI's record shape, then `sources`. */
export const EXPORT_FIELDS = [
  'supplier', 'supplierOrgs', 'recipient', 'designation', 'model', 'family', 'category',
  'quantity', 'year', 'role', 'engine', 'value', 'status', 'source', 'sources',
] as const satisfies readonly (keyof ExportedDeal)[];

/** The CSV columns, in order: the record flattened, value and source spread out. */
export const CSV_COLUMNS = [
  'supplier', 'supplierOrgs', 'recipient', 'designation', 'model', 'family', 'category',
  'quantity', 'year', 'role', 'engine', 'value', 'valueAmount', 'valueCurrency', 'status',
  'articleId', 'paragraph', 'start', 'end', 'sentence', 'reports',
] as const;

/** A row as a record with exactly `EXPORT_FIELDS`, in that order (no id, no title). */
export function exportRecord(row: ContractRow): ExportedDeal {
  const { value, source } = row;
  return {
    supplier: row.supplier,
    supplierOrgs: [...row.supplierOrgs],
    recipient: row.recipient,
    designation: row.designation,
    model: row.model,
    family: row.family,
    category: row.category,
    quantity: row.quantity,
    year: row.year,
    role: row.role,
    engine: row.engine,
    value: value && { amount: value.amount, currency: value.currency, text: value.text },
    status: row.status,
    source: copySource(source),
    sources: reportsOf(row).map((report) => copySource(report.source)),
  };
}

function copySource(source: ContractRecord['source']): ContractRecord['source'] {
  const { articleId, paragraph, start, end, sentence } = source;
  return { articleId, paragraph, start, end, sentence };
}

/** The rows as a JSON array of records, indented by two spaces. */
export function toJson(rows: readonly ContractRow[]): string {
  return JSON.stringify(rows.map(exportRecord), null, 2);
}

/**
 * The rows as RFC 4180 CSV: a header, one line per deal (its first source spelled out, and
 * how many articles report it), CRLF line ends.
 */
export function toCsv(rows: readonly ContractRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const cells: (string | number | null)[] = [
      row.supplier, row.supplierOrgs.join('; '), row.recipient, row.designation, row.model,
      row.family, row.category, row.quantity, row.year, row.role, row.engine,
      row.value?.text ?? null, row.value?.amount ?? null, row.value?.currency ?? null, row.status,
      row.source.articleId, row.source.paragraph, row.source.start, row.source.end, row.source.sentence,
      reportsOf(row).length,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return lines.map((line) => `${line}\r\n`).join('');
}

/** One CSV field: empty for null, guarded against formulas, quoted when it must be. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // A spreadsheet would run "=HYPERLINK(…)" as a formula; a leading apostrophe keeps it text.
  const text = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The download's name, e.g. `sortie-contracts-2026-11-27.csv`, with the selected values when few. */
export function exportFileName(kind: 'csv' | 'json', filters: Filters, date: Date = new Date()): string {
  const day = localIsoDay(date);
  const words = FACET_KEYS.flatMap((key) => [...(filters[key] ?? [])].sort()).map(slugify).filter((w) => w !== '');
  const what = words.join('-');
  // A long list of filters would make an unwieldy name; the date alone will do then.
  const parts = ['sortie-contracts', ...(what !== '' && what.length <= 40 ? [what] : []), day];
  return `${parts.join('-')}.${kind}`;
}

