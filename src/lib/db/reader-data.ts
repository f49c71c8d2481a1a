// The reader's own data as one file: export it, bring it to another device (or back after a
// reset), merge it in, or delete it. Bundled articles are never part of it. The file's format
// and checks are in reader-data-file.ts, re-exported here.
import type { Article, PackedArticle } from '../content/article.ts';
import { hashJson } from '../content/hash.ts';
import { removeContractsOf } from './contracts.ts';
import { putImportedArticles, storageError } from './imports.ts';
import { storeTagSummary } from './reader.ts';
import {
  articleFields,
  checkReaderData,
  mergeReaderState,
  plainArticle,
  READER_DATA_FORMAT,
  READER_DATA_VERSION,
  ReaderDataError,
  sameJson,
  sameState,
  withHash,
  type ImportSummary,
  type ReaderDataFile,
} from './reader-data-file.ts';
import type { SortieDb, StoredArticle } from './schema.ts';

export * from './reader-data-file.ts';

/** Everything the reader has made on this device, read in one transaction. */
export async function exportReaderData(db: SortieDb, now = new Date()): Promise<ReaderDataFile> {
  const [states, settings, imported] = await db.transaction(
    'r',
    [db.readerState, db.settings, db.articles],
    () =>
      Promise.all([
        db.readerState.toArray(),
        db.settings.toArray(),
        db.articles.where('origin').equals('imported').toArray(),
      ]),
  );
  return {
    format: READER_DATA_FORMAT,
    version: READER_DATA_VERSION,
    exportedAt: now.toISOString(),
    readerState: states.map(({ articleId, readAt, bookmarkedAt, position, updatedAt }) => ({
      articleId,
      readAt,
      bookmarkedAt,
      position,
      updatedAt,
    })),
    settings: settings.map(({ key, value }) => ({ key, value })),
    importedArticles: imported.map(plainArticle),
  };
}

/**
 * Merges an export into this device's data, all or nothing:
 * - reading state, per article: the row changed last (`updatedAt`) wins its position and
 *   bookmark; the article stays read from the earliest `readAt` of the two;
 * - settings in the file are applied: they are the reader's own choices;
 * - imported articles are mined again and stored; one this device already has word for word is
 *   left as it is; one whose id this device uses for a different imported article is stored
 *   under a new id (its reading state follows it); one whose id is a bundled article's is skipped.
 */
export async function importReaderData(db: SortieDb, file: ReaderDataFile): Promise<ImportSummary> {
  const data = checkReaderData(file);
  const fileIds = new Set([...data.importedArticles.map((a) => a.id), ...data.readerState.map((s) => s.articleId)]);
  const plan = await planArticles(db, data.importedArticles, fileIds);
  // CPU work first: nothing but IndexedDB inside the transaction.
  // The extractor loads only when a file brings articles, keeping it out of the app shell.
  const { packArticle } = await import('../content/pack-article.ts');
  const packed: PackedArticle[] = plan.store.map(packArticle);
  const states = data.readerState.map((state) => ({
    ...state,
    articleId: plan.ids.get(state.articleId) ?? state.articleId,
  }));
  const summary: ImportSummary = {
    statesMerged: 0,
    bookmarksAdded: 0,
    bookmarksRemoved: 0,
    settingsApplied: 0,
    articlesAdded: packed.length,
    articlesRenamed: plan.renamed,
    articlesUnchanged: plan.unchanged,
    articlesSkipped: plan.skipped,
    bookmarksForMissing: 0,
  };
  const tables = [db.articles, db.contracts, db.claims, db.readerState, db.settings, db.meta];
  try {
    await db.transaction('rw', tables, async () => {
      // The plan was made from a read outside this transaction: another tab may have written since.
      const expected = [...plan.seen.values()];
      const seen = await db.articles.bulkGet([...plan.seen.keys()]);
      if (seen.some((row, i) => fingerprint(row) !== expected[i])) {
        throw new ReaderDataError('Sortie’s articles changed in another tab during the import. Try again.');
      }
      await putImportedArticles(db, packed);

      const here = await db.readerState.bulkGet(states.map((state) => state.articleId));
      const merged = states.flatMap((incoming, i) => {
        const before = here[i];
        const after = mergeReaderState(before, incoming);
        if (before && sameState(before, after)) return [];
        if (before?.bookmarkedAt == null && after.bookmarkedAt != null) summary.bookmarksAdded++;
        if (before != null && before.bookmarkedAt != null && after.bookmarkedAt == null) summary.bookmarksRemoved++;
        return [after];
      });
      await db.readerState.bulkPut(merged);
      summary.statesMerged = merged.length;
      // keys only: thousands of bookmarks never read thousands of article bodies
      const bookmarked = merged.filter((state) => state.bookmarkedAt != null).map((state) => state.articleId);
      const stored = new Set(await db.articles.where(':id').anyOf(bookmarked).primaryKeys());
      summary.bookmarksForMissing = bookmarked.filter((id) => !stored.has(id)).length;

      const current = await db.settings.bulkGet(data.settings.map((setting) => setting.key));
      const changed = data.settings.filter((setting, i) => !sameJson(current[i]?.value, setting.value));
      await db.settings.bulkPut(changed);
      summary.settingsApplied = changed.length;
    });
  } catch (error) {
    throw storageError(error);
  }
  return summary;
}

/** Deletes the reader's bookmarks, reading state, settings and imported articles; bundled articles stay. */
export async function resetReaderData(db: SortieDb): Promise<void> {
  await db.transaction('rw', [db.articles, db.contracts, db.claims, db.readerState, db.settings, db.meta], async () => {
    const imported = await db.articles.where('origin').equals('imported').primaryKeys();
    await db.articles.bulkDelete(imported);
    await removeContractsOf(db, imported);
    await db.readerState.clear();
    await db.settings.clear();
    await storeTagSummary(db);
  });
}

// ——— Planning the articles ———

interface ArticlePlan {
  /** Articles to store, with the ids they will have. */
  store: Article[];
  /** File id → id on this device, where they differ. */
  ids: Map<string, string>;
  renamed: number;
  unchanged: number;
  skipped: number;
  /** Every article id looked at, with what was there: checked again inside the transaction. */
  seen: Map<string, string>;
}

/** Decides, for each article in a file, whether to store it, under which id, or to leave it. */
async function planArticles(db: SortieDb, articles: Article[], fileIds: Set<string>): Promise<ArticlePlan> {
  const plan: ArticlePlan = { store: [], ids: new Map(), renamed: 0, unchanged: 0, skipped: 0, seen: new Map() };
  const claimed = new Set<string>();
  const look = async (id: string) => {
    const row = await db.articles.get(id);
    plan.seen.set(id, fingerprint(row));
    return row;
  };
  for (const article of articles) {
    const here = await look(article.id);
    if (!here) {
      plan.store.push(article);
      claimed.add(article.id);
    } else if (here.origin === 'bundled') {
      plan.skipped++;
    } else if (plainArticle(here).hash === article.hash) {
      plan.unchanged++;
    } else {
      // A different article under the same id: its own id with -2, -3…, unless an earlier
      // import of this same file already put it there.
      for (let n = 2; ; n++) {
        const id = `${article.id}-${n}`;
        if (fileIds.has(id) || claimed.has(id)) continue;
        const there = await look(id);
        if (there?.origin === 'imported' && plainArticle(there).hash === hashJson(articleFields({ ...article, id }))) {
          plan.ids.set(article.id, id);
          plan.unchanged++;
          break;
        }
        if (!there) {
          const renamed = withHash({ ...article, id });
          plan.store.push(renamed);
          plan.ids.set(article.id, id);
          claimed.add(id);
          plan.renamed++;
          break;
        }
      }
    }
  }
  return plan;
}

/** Enough of a stored row to notice that it changed. */
function fingerprint(row: StoredArticle | undefined): string {
  return row ? `${row.origin}:${row.hash}` : '';
}

