// CSV and JSON export of exactly the rows on screen, in the one record shape the extract CLI
// and the packs write too (`serialiseRecord`).
import { evidenceLine, serialiseRecord, type ContractRecord } from '../content/contract.ts';
import { slugify } from '../content/slug.ts';
import { localIsoDay } from '../format.ts';
import { FACET_KEYS, type Filters } from './facets.ts';
import type { ContractRow } from './rows.ts';

/** The CSV columns, in order: the record flattened, value and first source spread out, then its evidence. */
export const CSV_COLUMNS = [
  'supplier', 'supplierOrgs', 'recipient', 'designation', 'model', 'family', 'category',
  'quantity', 'year', 'role', 'engine', 'value', 'valueAmount', 'valueCurrency', 'status',
  'articleId', 'paragraph', 'start', 'end', 'sentence', 'sources', 'evidence',
] as const;

/** A row as the record it is, with nothing of the explorer's own (no id, no titles). */
export function exportRecord(row: ContractRow): ContractRecord {
  return serialiseRecord(row);
}

/** The rows as a JSON array of records, indented by two spaces. */
export function toJson(rows: readonly ContractRow[]): string {
  return JSON.stringify(rows.map(exportRecord), null, 2);
}

/**
 * The rows as RFC 4180 CSV: a header, one line per deal (its first source spelled out, how
 * many sentences tell it, and its evidence as lines joined by " | "), CRLF line ends.
 */
export function toCsv(rows: readonly ContractRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const source = row.sources[0];
    const cells: (string | number | null)[] = [
      row.supplier, row.supplierOrgs.join('; '), row.recipient, row.designation, row.model,
      row.family, row.category, row.quantity, row.year, row.role, row.engine,
      row.value?.text ?? null, row.value?.amount ?? null, row.value?.currency ?? null, row.status,
      source?.articleId ?? null, source?.paragraph ?? null, source?.start ?? null, source?.end ?? null, source?.sentence ?? null,
      row.sources.length,
      row.evidence.map(evidenceLine).join(' | '),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return lines.map((line) => `${line}\r\n`).join('');
}

/** One CSV field: empty for null, guarded against formulas, quoted when it must be. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // A spreadsheet would run "=HYPERLINK(…)" or "-1+cmd|…" as a formula; a leading apostrophe
  // keeps it text. A plain negative number ("-5") means the same either way and stays as it is.
  const formula = /^[=+@\t\r]/.test(value) || (value.startsWith('-') && !/^-\d+(?:\.\d+)?$/.test(value));
  const text = formula ? `'${value}` : value;
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

