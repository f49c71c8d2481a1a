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

/** A copy kept in memory, as the origin private file system keeps its folder in the browser. */
function memoryStore(): BackupStore & { files: Map<string, string>; writes: string[] } {
  const files = new Map<string, string>();
  const writes: string[] = [];
  return {
    files,
    writes,
    read: async (name) => files.get(name) ?? null,
    write: async (name, text) => {
      files.set(name, text);
      writes.push(name);
    },
    remove: async (name) => {
      files.delete(name);
    },
    list: async () => [...files].map(([name, text]) => ({ name, size: new TextEncoder().encode(text).length })),
  };
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

  it('has nothing to tell when the copy brought nothing back', () => {
    const nothing = { statesMerged: 0, bookmarksAdded: 0, bookmarksRemoved: 0, settingsApplied: 0, articlesAdded: 0, articlesRenamed: 0, articlesUnchanged: 0, articlesSkipped: 0, bookmarksForMissing: 0 };
    expect(restoredText(nothing)).toBeNull();
    expect(restoredText({ ...nothing, statesMerged: 1 })).toBe(
      'The browser had emptied Sortie’s database (it does so after the device runs out of space); your reading state and settings were brought back from Sortie’s own copy.',
    );
  });

  it('brings the rest back when one imported article’s file in the copy was cut short on a full disk', async () => {
    const db = freshDb();
    await storeImportedArticles(db, [packArticle(mine)]);
    await toggleBookmark(db, seed.id);
    const store = memoryStore();
    await writeBackup(db, store);
    // a second import whose file was made, then not written: the disk was full
    store.files.set('import-imported-synthetic-cut-short.json', '');
    const again = freshDb();
    const summary = await restoreAfterWipe(again, store);
    expect(summary).toMatchObject({ bookmarksAdded: 1, articlesAdded: 1 });
    expect((await listImportedArticles(again)).map((a) => a.title)).toEqual(['Synthetic imported copy']);
  });

  it('writes again an imported article’s file an earlier version left empty, so a later restore has it', async () => {
    const db = freshDb();
    await storeImportedArticles(db, [packArticle(mine)]);
    const store = memoryStore();
    await writeBackup(db, store);
    const file = 'import-imported-synthetic.json';
    store.files.set(file, ''); // an earlier version's write cut short by a full disk
    await writeBackup(db, store);
    expect(store.files.get(file)).not.toBe('');
    const summary = await restoreAfterWipe(freshDb(), store);
    expect(summary).toMatchObject({ articlesAdded: 1 });
  });

  it('brings nothing back where there is no copy, or one this version cannot read', async () => {
    const db = freshDb();
    expect(await restoreAfterWipe(db, memoryStore())).toBeNull();
    const broken = memoryStore();
    broken.files.set('state.json', '{"databaseId": "x", "readerState": "not a list"}');
    expect(await restoreAfterWipe(db, broken)).toBeNull();
  });

  it('never brings data into a database from before the copy existed that already holds the reader’s data', async () => {
    const db = freshDb();
    await toggleBookmark(db, seed.id);
    const store = memoryStore();
    store.files.set('state.json', JSON.stringify({ databaseId: 'another-database', readerState: [], settings: [{ key: 'theme', value: 'light' }] }));
    expect(await restoreAfterWipe(db, store)).toBeNull();
    expect((await loadPreferences(db)).theme).not.toBe('light');
  });

  it('follows each committed change a moment later, and a reset leaves a copy with nothing in it', async () => {
    const db = freshDb();
    const store = memoryStore();
    const stop = keepBackup(db, store, 10);
    try {
      await toggleBookmark(db, seed.id);
      await expect.poll(() => store.files.get('state.json') ?? '', { timeout: 2_000 }).toContain(`"articleId":"${seed.id}"`);
      await resetReaderData(db);
      await expect.poll(() => store.files.get('state.json') ?? '', { timeout: 2_000 }).not.toContain(`"articleId":"${seed.id}"`);
    } finally {
      stop();
    }
    // the reset database is the copy's own: nothing comes back
    expect(await restoreAfterWipe(db, store)).toBeNull();
  });

  it('writes an imported article once, not again when only the reading state changes, and removes it when it is deleted', async () => {
    const db = freshDb();
    const store = memoryStore();
    await storeImportedArticles(db, [packArticle(mine)]);
    let state = await writeBackup(db, store);
    expect(store.writes.filter((name) => name.startsWith('import-'))).toEqual(['import-imported-synthetic.json']);
    await toggleBookmark(db, mine.id);
    state = await writeBackup(db, store, state);
    expect(store.writes.filter((name) => name.startsWith('import-'))).toHaveLength(1);
    expect(store.writes.filter((name) => name === 'state.json')).toHaveLength(2);
    await writeBackup(db, store, state); // nothing changed: nothing written
    expect(store.writes).toHaveLength(3);
    await resetReaderData(db);
    await writeBackup(db, store, state);
    expect([...store.files.keys()]).toEqual(['state.json']);
  });
});
