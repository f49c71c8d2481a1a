import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { loadPreferences } from '../../../src/lib/db/preferences.ts';
import { listImportedArticles } from '../../../src/lib/db/imports.ts';
import { listBookmarked } from '../../../src/lib/db/reader.ts';
import { createDb, type ReaderState, type StoredArticle } from '../../../src/lib/db/schema.ts';
import { deleteAfterTest } from '../fresh-db.ts';

// Every schema version Sortie has shipped, exactly as it shipped (never edit these: they are
// what readers' devices hold). A database of each is filled with the reader's own data, then
// opened by the current code, which must keep every item.
const RELEASED: Record<number, Record<string, string>> = {
  1: { articles: 'id, date, origin, hash', readerState: 'articleId, bookmarkedAt', meta: 'key' },
  2: { settings: 'key' },
  3: { contracts: 'id, source.articleId', claims: 'id, articleId' },
  4: { searchIndex: 'key' },
  5: { articles: 'id, date, origin, hash, *tags' },
  6: { contracts: 'id, articleId' },
};
const CURRENT = Math.max(...Object.keys(RELEASED).map(Number));

/** A database as version `n` of Sortie left it. */
function releasedDb(name: string, n: number): Dexie {
  const db = new Dexie(name);
  for (let v = 1; v <= n; v++) db.version(v).stores(RELEASED[v]!);
  return db;
}

/** Synthetic articles, test data and not news: one bundled, one the reader imported. */
function article(id: string, origin: StoredArticle['origin']): StoredArticle {
  return {
    id,
    title: `Synthetic ${origin} article`,
    date: '2021-03-04',
    publication: origin === 'imported' ? 'Imported' : 'Synthetic Weekly',
    url: null,
    tags: ['synthetic'],
    paragraphs: [`The reader’s own copy of a synthetic ${origin} text.`],
    comments: [],
    related: { previous: null, next: null },
    wordCount: 8,
    readingMinutes: 1,
    hash: `hash-${id}`,
    origin,
  };
}

const bundled = article('synthetic-bundled', 'bundled');
const imported = article('imported-synthetic-own', 'imported');
const states: ReaderState[] = [
  { articleId: bundled.id, readAt: 1_000, bookmarkedAt: 2_000, position: 0.4, updatedAt: 2_000 },
  { articleId: imported.id, readAt: 3_000, bookmarkedAt: 4_000, position: 0.9, updatedAt: 4_000 },
];

describe('every upgrade path keeps the reader’s data', () => {
  for (let n = 1; n < CURRENT; n++) {
    it(`from schema version ${n}: bookmarks, reading positions, imports${n >= 2 ? ' and settings' : ''} are all there`, async () => {
      const name = `upgrade-path-${n}-${crypto.randomUUID()}`;
      const old = releasedDb(name, n);
      await old.open();
      await old.table('articles').bulkPut([bundled, imported]);
      await old.table('readerState').bulkPut(states);
      await old.table('meta').put({ key: 'corpusVersion', value: 'synthetic-corpus' });
      if (n >= 2) await old.table('settings').bulkPut([
        { key: 'theme', value: 'dark' },
        { key: 'textSize', value: 'large' },
      ]);
      if (n >= 3) {
        // a record in the shape of its day: one `source`, no evidence
        const source = { articleId: imported.id, paragraph: 0, start: 0, end: 20, sentence: 'The reader’s own copy' };
        await old.table('contracts').put({ id: 'r1', source, model: 'Mi-17', family: 'Mi-8/17', category: 'helicopter', quantity: 4, status: 'signed', supplier: 'Russia', recipient: 'Laos', year: 2021 });
      }
      expect(old.verno).toBe(n);
      old.close();

      const db = deleteAfterTest(createDb(name));
      await db.open();
      expect(db.verno).toBe(CURRENT);
      expect((await listBookmarked(db)).map((a) => a.id)).toEqual([imported.id, bundled.id]);
      expect(await db.readerState.toArray()).toEqual([...states].sort((a, b) => a.articleId.localeCompare(b.articleId)));
      expect(await listImportedArticles(db)).toEqual([imported]);
      expect(await db.articles.get(bundled.id)).toEqual(bundled);
      expect((await db.meta.get('corpusVersion'))?.value).toBe('synthetic-corpus');
      if (n >= 2) expect(await loadPreferences(db)).toMatchObject({ theme: 'dark', textSize: 'large' });
      if (n >= 3) expect((await db.contracts.get('r1'))?.sources).toEqual([{ articleId: imported.id, paragraph: 0, start: 0, end: 20, sentence: 'The reader’s own copy' }]);
    });
  }

  it('lists every released version here: a new schema version needs its line above', () => {
    expect(createDb(`verno-${crypto.randomUUID()}`).verno).toBe(CURRENT);
  });
});
