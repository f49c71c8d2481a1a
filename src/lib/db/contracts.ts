import type { PackedArticle } from '../content/article.ts';
import { recordId } from '../content/deals.ts';
import { EXTRACTOR_VERSION } from '../content/extractor-version.ts';
import type { SortieDb, StoredArticle, StoredClaim, StoredContract } from './schema.ts';

/** The article row to store: the pack's article without its mined records, which live in their own tables. */
export function articleRow(packed: PackedArticle, origin: StoredArticle['origin']): StoredArticle {
  const { contracts: _contracts, claims: _claims, mentions, ...article } = packed;
  return { ...article, origin, mentions: mentions ?? [], ...(origin === 'imported' ? { extractor: EXTRACTOR_VERSION } : {}) };
}

/**
 * Replaces the stored records and claims of these articles with the ones they carry now.
 * Call inside a transaction over contracts and claims.
 */
export async function replaceContractsOf(db: SortieDb, articles: PackedArticle[]): Promise<void> {
  await removeContractsOf(
    db,
    articles.map((article) => article.id),
  );
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
}

/** Deletes the stored records and claims of these articles. */
export async function removeContractsOf(db: SortieDb, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await db.contracts.where('articleId').anyOf(articleIds).delete();
  await db.claims.where('articleId').anyOf(articleIds).delete();
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

/** What the explorer shows: every record and claim, each with its article's title. */
export interface ExplorerData {
  rows: StoredContract[];
  claims: StoredClaim[];
}

/**
 * Every record and claim, read in one transaction. Titles are stored on the rows; only rows an
 * earlier version of Sortie stored without one need their article looked up.
 */
export function explorerData(db: SortieDb): Promise<ExplorerData> {
  return db.transaction('r', [db.contracts, db.claims, db.articles], async () => {
    const [rows, claims] = await Promise.all([db.contracts.toArray(), db.claims.toArray()]);
    const untitled = [
      ...new Set([
        ...rows.filter((row) => row.articleTitle === undefined).map((row) => row.articleId),
        ...claims.filter((claim) => claim.articleTitle === undefined).map((claim) => claim.articleId),
      ]),
    ];
    if (untitled.length === 0) return { rows, claims };
    const articles = await db.articles.bulkGet(untitled);
    const titles = new Map(articles.flatMap((article) => (article ? [[article.id, article.title] as const] : [])));
    return {
      rows: rows.map((row) => ({ ...row, articleTitle: row.articleTitle ?? titles.get(row.articleId) })),
      claims: claims.map((claim) => ({ ...claim, articleTitle: claim.articleTitle ?? titles.get(claim.articleId) })),
    };
  });
}
