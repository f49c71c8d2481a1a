import type { PackedArticle } from '../content/article.ts';
import { withSentences, type Source } from '../content/contract.ts';
import { recordId } from '../content/deals.ts';
import { EXTRACTOR_VERSION } from '../content/extractor-version.ts';
import { isDealTable, patchTable, tableOf, type DealTable, type TableRecord } from '../explorer/deal-table.ts';
import type { SortieDb, StoredArticle, StoredClaim, StoredContract } from './schema.ts';

/** The article row to store: the pack's article without its mined records, which live in their own tables. */
export function articleRow(packed: PackedArticle, origin: StoredArticle['origin']): StoredArticle {
  const { contracts: _contracts, claims: _claims, mentions, ...article } = packed;
  return { ...article, origin, mentions: mentions ?? [], ...(origin === 'imported' ? { extractor: EXTRACTOR_VERSION } : {}) };
}

/** The `meta` row that holds the explorer's table (`lib/explorer/deal-table.ts`). */
export const DEAL_TABLE_KEY = 'dealTable';

/**
 * Replaces the stored records and claims of these articles with the ones they carry now.
 * Call inside a transaction over contracts, claims and meta.
 */
export async function replaceContractsOf(db: SortieDb, articles: PackedArticle[]): Promise<void> {
  if (articles.length === 0) return;
  const ids = articles.map((article) => article.id);
  await deleteContractsOf(db, ids);
  const contracts: StoredContract[] = articles.flatMap((article) =>
    article.contracts.map((record, index) => ({
      ...record,
      id: recordId(record, index),
      articleId: article.id,
      order: index,
      articleTitle: article.title,
    })),
  );
  const claims: StoredClaim[] = articles.flatMap((article) =>
    article.claims.map((claim, index) => ({ ...claim, id: `${article.id}:claim:${index}`, articleTitle: article.title })),
  );
  await db.contracts.bulkPut(contracts);
  await db.claims.bulkPut(claims);
  await changeDealTable(db, ids, contracts);
}

/** Deletes the stored records and claims of these articles. Call inside a transaction over contracts, claims and meta. */
export async function removeContractsOf(db: SortieDb, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await deleteContractsOf(db, articleIds);
  await changeDealTable(db, articleIds, []);
}

async function deleteContractsOf(db: SortieDb, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await db.contracts.where('articleId').anyOf(articleIds).delete();
  await db.claims.where('articleId').anyOf(articleIds).delete();
}

/**
 * Brings the explorer's table up to date after the records of `articleIds` were replaced by
 * `added` (none for a deletion): the stored table is read and written once, whatever was
 * written. A database with no table yet (from before it was kept) gets one built from every
 * stored record, once.
 */
async function changeDealTable(db: SortieDb, articleIds: string[], added: TableRecord[]): Promise<void> {
  const row = await db.meta.get(DEAL_TABLE_KEY);
  const table = isDealTable(row?.value) ? patchTable(row.value, articleIds, added) : await buildDealTable(db);
  await db.meta.put({ key: DEAL_TABLE_KEY, value: table });
}

/** The explorer's table built from every stored record (titles looked up for rows an earlier version stored without one). */
async function buildDealTable(db: SortieDb): Promise<DealTable> {
  const records = await db.contracts.toArray();
  const untitled = [...new Set(records.filter((record) => record.articleTitle === undefined).map((record) => record.articleId))];
  const articles = untitled.length > 0 ? await db.articles.bulkGet(untitled) : [];
  const titles = new Map(articles.flatMap((article) => (article ? [[article.id, article.title] as const] : [])));
  return tableOf(records.map((record) => ({ ...record, articleTitle: record.articleTitle ?? titles.get(record.articleId) ?? null })));
}

/** Every stored contract record, for the explorer (which filters and sorts in memory). */
export function allContracts(db: SortieDb): Promise<StoredContract[]> {
  return db.contracts.toArray();
}

/** Every stored claim. */
export function allClaims(db: SortieDb): Promise<StoredClaim[]> {
  return db.claims.toArray();
}

/** The records mined from one article, in reading order: for marking them in its text. */
export async function contractsOf(db: SortieDb, articleId: string): Promise<StoredContract[]> {
  const rows = await db.contracts.where('articleId').equals(articleId).toArray();
  return rows.sort((a, b) => a.order - b.order);
}

/** What the explorer shows: every record's summary, as the explorer's table, and every claim. */
export interface ExplorerData {
  table: DealTable;
  claims: StoredClaim[];
  /** True when no table was stored and this one was built from every record: `storeDealTable` keeps it. */
  built: boolean;
}

/**
 * The explorer's table and every claim, read in one transaction: one stored row and the claims,
 * whatever the number of records. A database from before the table was kept builds it here
 * from every record (and `storeDealTable` keeps it for next time).
 */
export function explorerData(db: SortieDb): Promise<ExplorerData> {
  return db.transaction('r', [db.contracts, db.claims, db.articles, db.meta], async () => {
    const [row, claims] = await Promise.all([db.meta.get(DEAL_TABLE_KEY), db.claims.toArray()]);
    const built = !isDealTable(row?.value);
    const table = isDealTable(row?.value) ? row.value : await buildDealTable(db);
    const titles = new Map(table.articles.map((id, i) => [id, table.titles[i] ?? undefined]));
    return { table, built, claims: claims.map((claim) => ({ ...claim, articleTitle: claim.articleTitle ?? titles.get(claim.articleId) })) };
  });
}

/** Stores the explorer's table when the database has none yet (one from before it was kept), so the next opening reads it. */
export async function storeDealTable(db: SortieDb): Promise<void> {
  await db.transaction('rw', [db.contracts, db.articles, db.meta], async () => {
    if (!isDealTable((await db.meta.get(DEAL_TABLE_KEY))?.value)) await db.meta.put({ key: DEAL_TABLE_KEY, value: await buildDealTable(db) });
  });
}

/** A stored record with its sentences read back from its article, as the deal's detail and the export show it. */
export type QuotedContract = Omit<StoredContract, 'sources'> & { sources: Source[] };

/** Articles read at a time for their sentences: an export of every record never holds every article body at once. */
const ARTICLES_PER_READ = 200;

/**
 * The stored records with these ids (the reports of the deals a reader opens or exports), in
 * that order, each source with its sentence read from its article (a record's sources are all
 * in its own article); missing records left out.
 */
export async function contractsById(db: SortieDb, ids: readonly string[]): Promise<QuotedContract[]> {
  const rows = (await db.contracts.bulkGet([...ids])).filter((row): row is StoredContract => row !== undefined);
  const rowsOf = new Map<string, StoredContract[]>();
  for (const row of rows) {
    const same = rowsOf.get(row.articleId);
    if (same) same.push(row);
    else rowsOf.set(row.articleId, [row]);
  }
  const articleIds = [...rowsOf.keys()];
  const quoted = new Map<StoredContract, QuotedContract>();
  for (let at = 0; at < articleIds.length; at += ARTICLES_PER_READ) {
    const some = articleIds.slice(at, at + ARTICLES_PER_READ);
    const byId = new Map((await db.articles.bulkGet(some)).flatMap((article) => (article ? [[article.id, article] as const] : [])));
    for (const articleId of some) for (const row of rowsOf.get(articleId)!) quoted.set(row, withSentences(row, (id) => byId.get(id)));
  }
  return rows.map((row) => quoted.get(row)!);
}
