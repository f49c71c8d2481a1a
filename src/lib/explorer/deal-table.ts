// The explorer's table: what it shows of every stored record, kept as columns in one stored
// row, so that opening the explorer reads a few arrays instead of tens of thousands of records
// with their sentences and evidence (50,000 records: one get of ~30 ms against a getAll of
// ~1.2 s). Every write of records changes it in the same transaction (`lib/db/contracts.ts`).
import type { ContractRecord } from '../content/contract.ts';

/** The coded columns: each holds an index into `DealTable.texts` (0 is "none"). */
export const TEXT_COLUMNS = ['supplier', 'recipient', 'designation', 'model', 'family', 'category', 'engine', 'status'] as const;

type TextColumn = (typeof TEXT_COLUMNS)[number];

/** One stored record as the explorer's table holds it. */
export type TableRecord = Pick<ContractRecord, TextColumn | 'quantity' | 'year'> & {
  id: string;
  articleId: string;
  articleTitle?: string | null;
};

/** Every record's summary, column by column: row `i` of each column is record `i`. */
export interface DealTable extends Record<TextColumn, Uint32Array> {
  format: typeof TABLE_FORMAT;
  /** The distinct texts the coded columns use; `texts[0]` is null. */
  texts: (string | null)[];
  /** The distinct articles, and each one's title when known. */
  articles: string[];
  titles: (string | null)[];
  id: string[];
  /** Index into `articles`. */
  article: Uint32Array;
  quantity: Float64Array;
  /** NaN where the year is not stated. */
  year: Float64Array;
}

/** The stored shape's version: another is built afresh, not read. */
export const TABLE_FORMAT = 1;

/** Builds a table row by row, giving each distinct text and article one code. */
class TableBuilder {
  readonly #texts = new Map<string | null, number>([[null, 0]]);
  readonly #articles = new Map<string, number>();
  readonly #titles: (string | null)[] = [];
  readonly #ids: string[] = [];
  readonly #article: number[] = [];
  readonly #quantity: number[] = [];
  readonly #year: number[] = [];
  readonly #columns = Object.fromEntries(TEXT_COLUMNS.map((column) => [column, [] as number[]])) as Record<TextColumn, number[]>;

  add(record: TableRecord): void {
    this.#ids.push(record.id);
    this.#article.push(this.#articleCode(record.articleId, record.articleTitle ?? null));
    this.#quantity.push(record.quantity);
    this.#year.push(record.year ?? Number.NaN);
    for (const column of TEXT_COLUMNS) this.#columns[column].push(this.#code(record[column]));
  }

  /**
   * Adds the rows of another table whose article is not in `gone`, copying their codes through a
   * map from that table's codes to this one's (made as each code is first met), with no object
   * per row: a write at 50,000 records then costs a copy of the columns.
   */
  addRowsOf(table: DealTable, gone: ReadonlySet<string>): void {
    const texts = new Int32Array(table.texts.length).fill(-1);
    const articles = new Int32Array(table.articles.length).fill(-1);
    const keep = table.articles.map((id) => !gone.has(id));
    for (let i = 0; i < table.id.length; i++) {
      const a = table.article[i]!;
      if (!keep[a]) continue;
      if (articles[a] === -1) articles[a] = this.#articleCode(table.articles[a]!, table.titles[a] ?? null);
      this.#ids.push(table.id[i]!);
      this.#article.push(articles[a]!);
      this.#quantity.push(table.quantity[i]!);
      this.#year.push(table.year[i]!);
      // row by row, so texts get their codes in the order a fresh build gives them
      for (const column of TEXT_COLUMNS) {
        const code = table[column][i]!;
        if (texts[code] === -1) texts[code] = this.#code(table.texts[code] ?? null);
        this.#columns[column].push(texts[code]!);
      }
    }
  }

  #articleCode(id: string, title: string | null): number {
    let code = this.#articles.get(id);
    if (code === undefined) {
      code = this.#articles.size;
      this.#articles.set(id, code);
      this.#titles.push(title);
    }
    return code;
  }

  #code(text: string | null): number {
    let code = this.#texts.get(text);
    if (code === undefined) {
      code = this.#texts.size;
      this.#texts.set(text, code);
    }
    return code;
  }

  finish(): DealTable {
    const columns = Object.fromEntries(TEXT_COLUMNS.map((column) => [column, Uint32Array.from(this.#columns[column])])) as Record<TextColumn, Uint32Array>;
    return {
      format: TABLE_FORMAT,
      texts: [...this.#texts.keys()],
      articles: [...this.#articles.keys()],
      titles: this.#titles,
      id: this.#ids,
      article: Uint32Array.from(this.#article),
      quantity: Float64Array.from(this.#quantity),
      year: Float64Array.from(this.#year),
      ...columns,
    };
  }
}

/** The table of these records. */
export function tableOf(records: Iterable<TableRecord>): DealTable {
  const builder = new TableBuilder();
  for (const record of records) builder.add(record);
  return builder.finish();
}

/** Record `i` of the table, as it was added. */
export function tableRecord(table: DealTable, i: number): TableRecord {
  const text = (column: TextColumn) => table.texts[table[column][i]!] ?? null;
  const year = table.year[i]!;
  return {
    id: table.id[i]!,
    articleId: table.articles[table.article[i]!]!,
    articleTitle: table.titles[table.article[i]!] ?? null,
    supplier: text('supplier'),
    recipient: text('recipient'),
    designation: text('designation') ?? '',
    model: text('model') ?? '',
    family: text('family') ?? '',
    category: text('category') ?? '',
    engine: text('engine'),
    status: (text('status') ?? 'signed') as ContractRecord['status'],
    quantity: table.quantity[i]!,
    year: Number.isNaN(year) ? null : year,
  };
}

/**
 * The table with the records of `articleIds` taken out and `added` put in: what a write that
 * replaces (or deletes) those articles' records leaves. Texts no record uses any more go.
 */
export function patchTable(table: DealTable, articleIds: Iterable<string>, added: Iterable<TableRecord>): DealTable {
  const builder = new TableBuilder();
  builder.addRowsOf(table, new Set(articleIds));
  for (const record of added) builder.add(record);
  return builder.finish();
}

/** Whether a stored value is a table of this format (anything else is built afresh). */
export function isDealTable(value: unknown): value is DealTable {
  if (typeof value !== 'object' || value === null) return false;
  const table = value as Partial<DealTable>;
  if (table.format !== TABLE_FORMAT || !Array.isArray(table.id) || !Array.isArray(table.texts) || !Array.isArray(table.articles)) return false;
  const length = table.id.length;
  return [table.article, table.quantity, table.year, ...TEXT_COLUMNS.map((column) => table[column])].every(
    (column) => ArrayBuffer.isView(column) && (column as Uint32Array).length === length,
  );
}
