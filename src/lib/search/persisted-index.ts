// The search index lives in IndexedDB beside the articles, so a start loads it instead of
// rebuilding it. Every load checks it against the articles' hashes and indexes only what
// changed, which keeps it in step with syncs and imports without hooking into them.
import type { SearchIndexRow, SortieDb } from '../db/schema.ts';
import { ArticleIndex, INDEX_FORMAT, type ArticleReader } from './article-index.ts';
import { isStorageFull } from '../db/storage-full.ts';

const KEY = 'articles';
/** Articles read and indexed at a time: bounds memory, and keeps each task short. */
const BATCH = 50;

/** Told after each batch of a long update: the index as far as it goes, and how far that is. */
export type IndexProgress = (index: ArticleIndex, indexed: number, total: number) => void;

/** What one call to `ensureSearchIndex` did. */
export interface IndexUpdate {
  /** True when there was no usable stored index and this one was built from scratch. */
  built: boolean;
  added: number;
  replaced: number;
  removed: number;
  /** True when the index was written back to IndexedDB. */
  saved: boolean;
}

/**
 * Returns the search index, up to date with the stored articles: `loaded` (the index already
 * in memory) or else the one saved in `db`, or a new one. New articles are added, changed ones
 * re-indexed, deleted ones removed; the index is saved back only if something changed.
 */
export async function ensureSearchIndex(
  db: SortieDb,
  loaded?: ArticleIndex,
  onProgress?: IndexProgress,
  /** Told as soon as a stored index is loaded, before it is checked: it can be searched meanwhile. */
  onLoaded?: (index: ArticleIndex) => void,
): Promise<{ index: ArticleIndex; update: IndexUpdate }> {
  const read: ArticleReader = (ids) => db.articles.bulkGet(ids);
  const kept = loaded ?? restore(await db.searchIndex.get(KEY), read);
  if (kept && !loaded) onLoaded?.(kept);
  // Only the hash index's keys are read, never the bodies of unchanged articles.
  const current = new Map<string, string>();
  await db.articles.orderBy('hash').eachKey((hash, cursor) => {
    current.set(cursor.primaryKey as string, hash as string);
  });

  const built = !kept;
  const index = kept ?? new ArticleIndex(read);
  const update: IndexUpdate = { built, added: 0, replaced: 0, removed: 0, saved: false };

  for (const id of [...index.hashes.keys()]) {
    if (current.has(id)) continue;
    index.remove(id);
    update.removed++;
  }
  const stale = [...current].filter(([id, hash]) => index.hashes.get(id) !== hash).map(([id]) => id);
  for (let i = 0; i < stale.length; i += BATCH) {
    const batch = stale.slice(i, i + BATCH);
    const articles = await db.articles.bulkGet(batch);
    for (const [j, article] of articles.entries()) {
      if (article) {
        if (index.hashes.has(article.id)) update.replaced++;
        else update.added++;
        index.add(article);
      } else if (index.hashes.has(batch[j]!)) {
        // Deleted since the hashes were read.
        index.remove(batch[j]!);
        update.removed++;
      }
    }
    if (stale.length > BATCH) {
      // a first build of thousands: searchable as it grows, and the page answers between batches
      onProgress?.(index, Math.min(i + BATCH, stale.length), stale.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  if (built || update.added + update.replaced + update.removed > 0) {
    await index.tidy();
    update.saved = await save(db, index);
  }
  return { index, update };
}

/** The stored index, or null when there is none or it cannot be used (another format, damaged). */
function restore(row: SearchIndexRow | undefined, read: ArticleReader): ArticleIndex | null {
  if (!row || row.format !== INDEX_FORMAT) return null;
  try {
    return new ArticleIndex(read, row);
  } catch {
    return null; // rebuilt from the articles: nothing is lost
  }
}

/**
 * Writes the index back. A full disk is not an error here: the index still serves this
 * session and is rebuilt on the next start.
 */
async function save(db: SortieDb, index: ArticleIndex): Promise<boolean> {
  try {
    await db.searchIndex.put({ key: KEY, format: INDEX_FORMAT, ...index.toJSON() });
    return true;
  } catch (error) {
    if (isStorageFull(error)) return false;
    throw error;
  }
}
