import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/content/article.ts';
import { packArticle } from '../../../src/lib/content/pack-article.ts';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';
import { keepBackup, restoredText, restoreAfterWipe, writeBackup, type BackupStore } from '../../../src/lib/db/backup.ts';
import { listImportedArticles, storeImportedArticles } from '../../../src/lib/db/imports.ts';
import { loadPreferences, savePreference } from '../../../src/lib/db/preferences.ts';
import { resetReaderData } from '../../../src/lib/db/reader-data.ts';
import { getReaderState, toggleBookmark } from '../../../src/lib/db/reader.ts';
import { freshDb } from '../fresh-db.ts';

const SEED_FILE = 'content/articles/2020-10-22-putin-russia-china-military-cooperation.txt';
const seed = parseArticle(readFileSync(SEED_FILE, 'utf8'), SEED_FILE);
/** A synthetic imported article, built from the seed's text: test data, not news. */
const mine: Article = { ...seed, id: 'imported-synthetic', title: 'Synthetic imported copy' };

/** A copy kept in memory, as the origin private file system keeps it in the browser. */
function memoryStore(): BackupStore & { text: string | null } {
  const store = {
    text: null as string | null,
    read: async () => store.text,
    write: async (text: string) => {
      store.text = text;
    },
  };
  return store;
}

describe('the copy of the reader’s data kept outside the database', () => {
  it('brings back the bookmarks, the imported articles (mined again) and the settings into a database the browser made again', async () => {
    const db = freshDb();
    await storeImportedArticles(db, [packArticle(mine)]);
    await toggleBookmark(db, seed.id);
    await savePreference(db, 'theme', 'dark');
    const store = memoryStore();
    await writeBackup(db, store);

    // the browser deletes the database and makes it again, empty
    const again = freshDb();
    const summary = await restoreAfterWipe(again, store);
    expect(summary).toMatchObject({ bookmarksAdded: 1, articlesAdded: 1 });
    expect((await getReaderState(again, seed.id))?.bookmarkedAt).toEqual(expect.any(Number));
    expect((await listImportedArticles(again)).map((a) => a.title)).toEqual(['Synthetic imported copy']);
    expect((await again.contracts.where('articleId').equals(mine.id).count())).toBeGreaterThan(0);
    expect((await loadPreferences(again)).theme).toBe('dark');
    expect(restoredText(summary!)).toBe(
      'The browser had emptied Sortie’s database (it does so after the device runs out of space); your 1 bookmark and 1 imported article were brought back from Sortie’s own copy.',
    );
  });

  it('brings nothing back into the database it was made of, so what the reader removed stays removed', async () => {
    const db = freshDb();
    await toggleBookmark(db, seed.id);
    const store = memoryStore();
    await writeBackup(db, store);
    await toggleBookmark(db, seed.id); // removed after the copy was written
    expect(await restoreAfterWipe(db, store)).toBeNull();
    expect((await getReaderState(db, seed.id))?.bookmarkedAt).toBeNull();
  });

  it('brings nothing back where there is no copy, or one this version cannot read', async () => {
    const db = freshDb();
    expect(await restoreAfterWipe(db, memoryStore())).toBeNull();
    const broken = memoryStore();
    broken.text = '{"databaseId": "x", "data": {"format": "something else"}}';
    expect(await restoreAfterWipe(db, broken)).toBeNull();
  });

  it('never brings data into a database from before the copy existed that already holds the reader’s data', async () => {
    const db = freshDb();
    await toggleBookmark(db, seed.id);
    const store = memoryStore();
    store.text = JSON.stringify({ databaseId: 'another-database', data: JSON.parse(JSON.stringify({ format: 'sortie-reader-data', version: 1, exportedAt: '1970-01-01T00:00:00.000Z', readerState: [], settings: [{ key: 'theme', value: 'light' }], importedArticles: [] })) });
    expect(await restoreAfterWipe(db, store)).toBeNull();
    expect((await loadPreferences(db)).theme).not.toBe('light');
  });

  it('follows each committed change a moment later, and a reset leaves a copy with nothing in it', async () => {
    const db = freshDb();
    const store = memoryStore();
    const stop = keepBackup(db, store, 10);
    try {
      await toggleBookmark(db, seed.id);
      await expect.poll(() => store.text ?? '', { timeout: 2_000 }).toContain(`"articleId":"${seed.id}"`);
      await resetReaderData(db);
      await expect.poll(() => store.text ?? '', { timeout: 2_000 }).not.toContain(`"articleId":"${seed.id}"`);
    } finally {
      stop();
    }
    // the reset database is the copy's own: nothing comes back
    expect(await restoreAfterWipe(db, store)).toBeNull();
  });
});
