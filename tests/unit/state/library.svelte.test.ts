// Runes need the client compile of this file, which the jsdom environment selects.
// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article, PackedArticle } from '../../../src/lib/content/article.ts';
import { db } from '../../../src/lib/db/schema.ts';
import { library } from '../../../src/lib/state/library.svelte.ts';

/** A tiny synthetic article, already packed: test data, not news. */
function packed(id: string, date: string): PackedArticle {
  const article: Article = {
    id, hash: id, title: `Synthetic ${id}`, date, publication: 'Synthetic Weekly', url: null, tags: [],
    paragraphs: ['Synthetic text.'], comments: [], related: { previous: null, next: null }, wordCount: 2, readingMinutes: 1,
  };
  return { ...article, contracts: [], claims: [], mentions: [] };
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all([db.articles.clear(), db.meta.clear()]);
});

describe('the library when the device fills up during the first sync', () => {
  it('says so in plain words and keeps the articles stored before', async () => {
    const newer = packed('newer', '2021-02-01');
    const older = packed('older', '2021-01-01');
    const bulkPut = db.articles.bulkPut.bind(db.articles);
    let writes = 0;
    vi.spyOn(db.articles, 'bulkPut').mockImplementation(((rows: never) => {
      // the newest pack fits; the next write finds the disk full
      if (++writes === 1) return bulkPut(rows);
      return Promise.reject(new Dexie.AbortError('Transaction aborted', Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })));
    }) as never);

    await library.sync({
      fetchManifest: async () => ({ version: 'v1', packs: [{ file: 'older.json', hash: 'older', count: 1 }, { file: 'newer.json', hash: 'newer', count: 1 }] }),
      fetchPack: async (ref) => ({ articles: [ref.hash === 'newer' ? newer : older] }),
    });

    expect(library.status).toBe('failed');
    expect(library.error).toBe('this device is out of storage space; free some and Sortie tries again on the next visit');
    expect(library.progress).toBeNull();
    expect(await db.articles.toCollection().primaryKeys()).toEqual(['newer']);
  });
});
