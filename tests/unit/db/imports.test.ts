import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packArticle } from '../../../src/lib/content/pack-article.ts';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';
import { contractsOf } from '../../../src/lib/db/contracts.ts';
import { deleteImportedArticle, freeImportId, listImportedArticles, storeImportedArticles, storeNewImport } from '../../../src/lib/db/imports.ts';
import { createDb } from '../../../src/lib/db/schema.ts';
import { getReaderState, toggleBookmark } from '../../../src/lib/db/reader.ts';
import { syncBundle } from '../../../src/lib/db/sync.ts';
import { freshDb } from '../fresh-db.ts';

const SEED_FILE = 'content/articles/2020-10-22-putin-russia-china-military-cooperation.txt';
const seed = parseArticle(readFileSync(SEED_FILE, 'utf8'), SEED_FILE);
/** A synthetic imported article: test data, not news. */
const mine = { ...seed, id: 'imported-synthetic', title: 'Synthetic imported copy' };

describe('imported articles', () => {
  it('of the same title, imported at once in two tabs, are both kept, each with its own contracts', async () => {
    const db = freshDb();
    // a second connection to the same database, as another tab has
    const otherTab = createDb(db.name);
    const { id: _id, hash: _hash, ...fields } = mine;
    const [first, second] = await Promise.all([storeNewImport(db, fields), storeNewImport(otherTab, { ...fields, paragraphs: [...fields.paragraphs, 'A last line only the second tab has.'] })]);
    expect([first!.id, second!.id].sort()).toEqual(['imported-synthetic-imported-copy', 'imported-synthetic-imported-copy-2']);
    const stored = await listImportedArticles(db);
    expect(stored).toHaveLength(2);
    expect(stored.filter((a) => a.paragraphs.at(-1) === 'A last line only the second tab has.')).toHaveLength(1);
    for (const article of stored) {
      const records = await contractsOf(db, article.id);
      expect(records.length).toBeGreaterThan(0);
      expect(records.every((r) => r.sources.every((source) => source.articleId === article.id))).toBe(true);
    }
    otherTab.close();
  });

  it('are stored as the reader\'s own, with their contracts mined like bundled ones', async () => {
    const db = freshDb();
    await storeImportedArticles(db, [mine]);
    expect((await listImportedArticles(db)).map((a) => a.id)).toEqual(['imported-synthetic']);
    const models = (await contractsOf(db, mine.id)).filter((r) => r.category === 'helicopter').map((r) => r.quantity);
    expect(models).toEqual([68, 18, 14, 21]);
  });

  it('never replace a bundled article of the same id, and a refused import writes nothing', async () => {
    const db = freshDb();
    const packed = packArticle(seed);
    await syncBundle(db, { version: 'v1', packs: [{ file: 'p', hash: 'p', count: 1 }] }, async () => ({ articles: [packed] }));
    await expect(storeImportedArticles(db, [mine, { ...seed, title: 'Clash' }])).rejects.toThrow(/already bundled/);
    expect(await listImportedArticles(db)).toEqual([]);
    expect((await db.articles.get(seed.id))?.title).toBe(seed.title);
  });

  it('can be deleted with their contracts and reader state; bundled ones cannot', async () => {
    const db = freshDb();
    await storeImportedArticles(db, [mine]);
    await toggleBookmark(db, mine.id);
    await deleteImportedArticle(db, mine.id);
    expect(await db.articles.get(mine.id)).toBeUndefined();
    expect(await contractsOf(db, mine.id)).toEqual([]);
    expect(await getReaderState(db, mine.id)).toBeUndefined();

    const packed = packArticle(seed);
    await syncBundle(db, { version: 'v1', packs: [{ file: 'p', hash: 'p', count: 1 }] }, async () => ({ articles: [packed] }));
    await expect(deleteImportedArticle(db, seed.id)).rejects.toThrow(/came with Sortie/);
    expect(await db.articles.get(seed.id)).toBeDefined();
  });

  it('get a free id from their title', async () => {
    const db = freshDb();
    expect(await freeImportId(db, 'Ka-52 “Alligator” deliveries à Égypte')).toBe('imported-ka-52-alligator-deliveries-a-egypte');
    await storeImportedArticles(db, [{ ...mine, id: 'imported-same-title' }]);
    expect(await freeImportId(db, 'Same title')).toBe('imported-same-title-2');
    expect(await freeImportId(db, '«»')).toBe('imported-article');
  });
});
