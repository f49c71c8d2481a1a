import type { SortieDb } from './schema.ts';

/** How many articles are stored on this device, bundled and imported. */
export function countArticles(db: SortieDb): Promise<number> {
  return db.articles.count();
}

/** How many articles the reader has bookmarked. */
export function countBookmarks(db: SortieDb): Promise<number> {
  // Rows without a bookmark hold null, which IndexedDB leaves out of the index.
  return db.readerState.orderBy('bookmarkedAt').count();
}

/** The version of the bundled corpus last synced into the database; null before the first sync. */
export async function getCorpusVersion(db: SortieDb): Promise<string | null> {
  const value = (await db.meta.get('corpusVersion'))?.value;
  return typeof value === 'string' ? value : null;
}
