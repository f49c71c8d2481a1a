import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article, ContentManifest } from '../../../src/lib/content/article.ts';
import { packArticle } from '../../../src/lib/content/pack-article.ts';
import { deleteImportedArticle, storeImportedArticles } from '../../../src/lib/db/imports.ts';
import type { SortieDb } from '../../../src/lib/db/schema.ts';
import { syncBundle } from '../../../src/lib/db/sync.ts';
import { ArticleIndex, INDEX_FORMAT } from '../../../src/lib/search/article-index.ts';
import { ensureSearchIndex } from '../../../src/lib/search/persisted-index.ts';
import { search } from '../../../src/lib/search/search.ts';
import { seed, synthetic } from './articles.ts';
import { freshDb } from '../fresh-db.ts';

afterEach(() => {
  vi.restoreAllMocks();
});
async function sync(db: SortieDb, version: string, articles: Article[]) {
  const manifest: ContentManifest = { version, packs: [{ file: `content/pack-${version}.json`, hash: version, count: articles.length }] };
  await syncBundle(db, manifest, async () => ({ articles: articles.map(packArticle) }));
}

const found = async (db: SortieDb, query: string) => {
  const { index } = await ensureSearchIndex(db);
  return (await search(index, query)).results.map((result) => result.id);
};

const other = synthetic('synthetic-other', { paragraphs: ['A synthetic paragraph about the Ka-52.'] });

describe('ensureSearchIndex', () => {
  it('builds a large index in batches, searchable after each, and tells how far it is', async () => {
    const db = freshDb();
    const many = Array.from({ length: 120 }, (_, i) => synthetic(`synthetic-${String(i).padStart(3, '0')}`, { paragraphs: [`Synthetic paragraph ${i} about the word${i} helicopter.`] }));
    await sync(db, 'v-many', many);
    const seen: { indexed: number; total: number; hits: number }[] = [];
    const { update } = await ensureSearchIndex(db, undefined, (partial, indexed, total) => {
      seen.push({ indexed, total, hits: partial.match('helicopter').length });
    });
    expect(update).toMatchObject({ built: true, added: 120 });
    // each batch is searchable as soon as it is added: the hits grow with what is indexed
    expect(seen.map(({ indexed, total }) => [indexed, total])).toEqual([[50, 120], [100, 120], [120, 120]]);
    expect(seen.map(({ hits }) => hits)).toEqual([50, 100, 120]);
  });

  it('hands over a stored index as soon as it is loaded, searchable, then adds what was stored since', async () => {
    const db = freshDb();
    await sync(db, 'v1', [seed]);
    await ensureSearchIndex(db);
    await storeImportedArticles(db, [other]);
    const handedOver: { size: number; ansat: number }[] = [];
    const { index, update } = await ensureSearchIndex(db, undefined, undefined, (stored) => {
      handedOver.push({ size: stored.size, ansat: stored.match('Ansat').length });
    });
    // the reader can search the seed before the new article is checked and indexed
    expect(handedOver).toEqual([{ size: 1, ansat: 1 }]);
    expect(update).toMatchObject({ built: false, added: 1 });
    expect((await search(index, 'Ka-52')).results.map((r) => r.id)).toEqual([other.id]);
  });

  it('builds the index on a fresh database and stores it with every article hash', async () => {
    const db = freshDb();
    await sync(db, 'v1', [seed, other]);
    const { index, update } = await ensureSearchIndex(db);
    expect(update).toEqual({ built: true, added: 2, replaced: 0, removed: 0, saved: true });
    const row = await db.searchIndex.get('articles');
    expect(row?.format).toBe(INDEX_FORMAT);
    const stored = await db.articles.toArray();
    expect(row?.hashes).toEqual(Object.fromEntries(stored.map((article) => [article.id, article.hash])));
    expect((await search(index, 'Ansat')).results.map((r) => r.id)).toEqual([seed.id]);
  });

  it('loads the stored index when nothing changed: nothing indexed, nothing written, same results', async () => {
    const db = freshDb();
    await sync(db, 'v1', [seed, other]);
    const first = await ensureSearchIndex(db);
    const add = vi.spyOn(ArticleIndex.prototype, 'add');
    const put = vi.spyOn(db.searchIndex, 'put');
    const bodies = vi.spyOn(db.articles, 'bulkGet');
    const second = await ensureSearchIndex(db);
    expect(second.update).toEqual({ built: false, added: 0, replaced: 0, removed: 0, saved: false });
    expect(second.index).not.toBe(first.index);
    expect(add).not.toHaveBeenCalled();
    expect(put).not.toHaveBeenCalled();
    expect(bodies).not.toHaveBeenCalled(); // no article body was read
    for (const query of ['Ansat', 'Ка-52', 'Ulan-Ude Aviaton']) {
      expect((await search(second.index, query)).results).toEqual((await search(first.index, query)).results);
    }
  });

  it('follows an article that changed in a sync: only it is re-indexed', async () => {
    const db = freshDb();
    await sync(db, 'v1', [seed, other]);
    await ensureSearchIndex(db);
    const edited = { ...other, paragraphs: ['A synthetic paragraph about the Mi-28NE now.'], hash: 'hash-edited' };
    await sync(db, 'v2', [seed, edited]);
    const hash = (await db.articles.get(other.id))!.hash;
    const { index, update } = await ensureSearchIndex(db);
    expect(update).toMatchObject({ built: false, added: 0, replaced: 1, removed: 0, saved: true });
    expect((await search(index, 'Ka-52')).results).toEqual([]);
    expect((await search(index, 'Mi-28NE')).results.map((r) => r.id)).toEqual([other.id]);
    expect((await db.searchIndex.get('articles'))?.hashes[other.id]).toBe(hash);
    expect(await found(db, 'Mi-28NE')).toEqual([other.id]); // as stored, too
  });

  it('drops an article the corpus no longer has', async () => {
    const db = freshDb();
    await sync(db, 'v1', [seed, other]);
    await ensureSearchIndex(db);
    await sync(db, 'v2', [seed]);
    const { index, update } = await ensureSearchIndex(db);
    expect(update).toMatchObject({ removed: 1, saved: true });
    expect(index.size).toBe(1);
    expect(await found(db, 'Ka-52')).toEqual([]);
  });

  it('finds an imported article, and forgets it once deleted', async () => {
    const db = freshDb();
    await sync(db, 'v1', [seed]);
    await ensureSearchIndex(db);
    const mine = synthetic('imported-synthetic', { title: 'Synthetic imported note on the Ka-226T' });
    await storeImportedArticles(db, [mine]);
    expect(await found(db, 'Ka-226T')).toEqual([mine.id]);
    await deleteImportedArticle(db, mine.id);
    expect(await found(db, 'Ka-226T')).toEqual([]);
  });

  it('updates an index already in memory without loading the stored one', async () => {
    const db = freshDb();
    await sync(db, 'v1', [seed]);
    const { index } = await ensureSearchIndex(db);
    const get = vi.spyOn(db.searchIndex, 'get');
    await sync(db, 'v2', [seed, other]);
    const again = await ensureSearchIndex(db, index);
    expect(again.index).toBe(index);
    expect(again.update).toMatchObject({ added: 1, saved: true });
    expect(get).not.toHaveBeenCalled();
    expect((await search(index, 'Ka-52')).results.map((r) => r.id)).toEqual([other.id]);
  });

  it('rebuilds a stored index of another format or one that is damaged', async () => {
    const db = freshDb();
    await sync(db, 'v1', [seed]);
    await ensureSearchIndex(db);
    const row = (await db.searchIndex.get('articles'))!;
    await db.searchIndex.put({ ...row, format: INDEX_FORMAT + 1 });
    expect((await ensureSearchIndex(db)).update).toMatchObject({ built: true, added: 1 });
    await db.searchIndex.put({ ...row, engine: '{"not":"an index"' });
    expect((await ensureSearchIndex(db)).update).toMatchObject({ built: true, added: 1 });
    expect(await found(db, 'Ansat')).toEqual([seed.id]);
  });
});
