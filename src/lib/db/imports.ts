import type { Article, PackedArticle } from '../content/article.ts';
import { hashJson } from '../content/hash.ts';
import { slugify } from '../content/slug.ts';
import { articleRow, removeContractsOf, replaceContractsOf } from './contracts.ts';
import { changeTagSummary } from './reader.ts';
import type { SortieDb, StoredArticle } from './schema.ts';
import { storageError } from './storage-full.ts';

export { StorageFullError, storageError } from './storage-full.ts';

/**
 * Stores articles the reader brought (an import, or their data restored on another device):
 * mines their contracts with the same extractor as bundled articles and writes everything in
 * one transaction, so a failure leaves the database as it was. A bundled article with the
 * same id is never overwritten.
 */
export async function storeImportedArticles(db: SortieDb, articles: Article[]): Promise<StoredArticle[]> {
  // The extractor loads only when something is imported, keeping it out of the app shell.
  const { packArticle } = await import('../content/pack-article.ts');
  const packed = articles.map(packArticle); // CPU work first: nothing but IndexedDB inside the transaction
  try {
    return await db.transaction('rw', [db.articles, db.contracts, db.claims, db.meta], async () => {
      const existing = await db.articles.bulkGet(packed.map((article) => article.id));
      const clash = existing.find((article) => article?.origin === 'bundled');
      if (clash) throw new Error(`An article with the id "${clash.id}" is already bundled with Sortie.`);
      const rows = packed.map((article) => articleRow(article, 'imported'));
      await db.articles.bulkPut(rows);
      await replaceContractsOf(db, packed);
      await changeTagSummary(db, existing.filter((row) => row !== undefined), rows);
      return rows;
    });
  } catch (error) {
    throw storageError(error);
  }
}

/**
 * Stores a newly imported article under an id of its own: `imported-<slug>`, or `-2`, `-3`… when
 * that is taken. The id is checked again inside the write transaction, so two tabs importing
 * articles of the same title at once keep both. `fields` has no id or hash yet; they are given
 * here. `mine` mines the article (the import view does it in a worker); by default, here.
 */
export async function storeNewImport(
  db: SortieDb,
  fields: Omit<Article, 'id' | 'hash'>,
  mine?: (article: Article) => Promise<PackedArticle>,
): Promise<StoredArticle> {
  const withId = (id: string): Article => {
    const article = { ...fields, id };
    return { ...article, hash: hashJson(article) };
  };
  const mined = mine ?? (async (article: Article) => (await import('../content/pack-article.ts')).packArticle(article));
  // Mined under the id free now, outside the transaction (mining takes seconds, and in a worker).
  // When another tab has taken that id by the time of writing, nothing is written and the article
  // is mined again under the next free id: each such turn, the other tab has stored its article.
  for (;;) {
    const packed = await mined(withId(await freeImportId(db, fields.title)));
    try {
      const row = await db.transaction('rw', [db.articles, db.contracts, db.claims, db.meta], async () => {
        if (await db.articles.get(packed.id)) return null;
        return (await putImportedArticles(db, [packed]))[0]!;
      });
      if (row) return row;
    } catch (error) {
      throw storageError(error);
    }
  }
}

/** Deletes an article the reader imported, with its contracts and the reader's state for it. */
export async function deleteImportedArticle(db: SortieDb, id: string): Promise<void> {
  await db.transaction('rw', [db.articles, db.contracts, db.claims, db.readerState, db.meta], async () => {
    const article = await db.articles.get(id);
    if (!article) return;
    if (article.origin !== 'imported') throw new Error(`"${id}" came with Sortie and cannot be deleted.`);
    await db.articles.delete(id);
    await removeContractsOf(db, [id]);
    await db.readerState.delete(id);
    await changeTagSummary(db, [article], []);
  });
}

/** The articles the reader imported, newest first. */
export async function listImportedArticles(db: SortieDb): Promise<StoredArticle[]> {
  const rows = await db.articles.where('origin').equals('imported').toArray();
  return rows.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** An id for an imported article that clashes with nothing stored: `imported-<slug>`, then `-2`, `-3`… */
export async function freeImportId(db: SortieDb, title: string): Promise<string> {
  const slug = slugify(title).slice(0, 60).replace(/-+$/, '') || 'article';
  const base = `imported-${slug}`;
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await db.articles.get(id))) return id;
  }
}

/**
 * Writes articles already mined with `packArticle` as the reader's own, replacing any rows and
 * records of the same ids. Call inside a transaction over articles, contracts and claims, so
 * that the caller's other writes (restoring the reader's data) commit or fail with them; the
 * caller decides beforehand what to do about bundled articles of the same ids.
 */
export async function putImportedArticles(db: SortieDb, packed: PackedArticle[]): Promise<StoredArticle[]> {
  const rows = packed.map((article) => articleRow(article, 'imported'));
  const replaced = (await db.articles.bulkGet(rows.map((row) => row.id))).filter((row) => row !== undefined);
  await db.articles.bulkPut(rows);
  await replaceContractsOf(db, packed);
  await changeTagSummary(db, replaced, rows);
  return rows;
}

/** The extractor version every imported article has been mined with, once `remineImports` has run. */
const MINED_WITH_KEY = 'importsMinedWith';

/**
 * Mines again, with the current extractor, the imported articles an older one mined; their text
 * and the reader's state for them are untouched. Loads the extractor only when there are some.
 * Every import is mined by the running extractor, so once this has run for a version, later
 * starts read one meta row and nothing else. Returns how many were mined again.
 */
export async function remineImports(db: SortieDb): Promise<number> {
  const { EXTRACTOR_VERSION } = await import('../content/extractor-version.ts');
  if ((await db.meta.get(MINED_WITH_KEY))?.value === EXTRACTOR_VERSION) return 0;
  const stale = (await db.articles.where('origin').equals('imported').toArray()).filter((a) => a.extractor !== EXTRACTOR_VERSION);
  if (stale.length === 0) {
    await db.meta.put({ key: MINED_WITH_KEY, value: EXTRACTOR_VERSION });
    return 0;
  }
  const { packArticle } = await import('../content/pack-article.ts');
  const packed = stale.map(({ origin: _origin, mentions: _mentions, extractor: _extractor, ...article }) => packArticle(article));
  try {
    await db.transaction('rw', [db.articles, db.contracts, db.claims, db.meta], async () => {
      // an article deleted meanwhile stays deleted
      const still = new Set((await db.articles.bulkGet(packed.map((a) => a.id))).flatMap((a) => (a?.origin === 'imported' ? [a.id] : [])));
      await putImportedArticles(db, packed.filter((a) => still.has(a.id)));
      await db.meta.put({ key: MINED_WITH_KEY, value: EXTRACTOR_VERSION });
    });
  } catch (error) {
    throw storageError(error);
  }
  return stale.length;
}

