import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  loadPreferences,
  parsePreferences,
  savePreference,
  type Preferences,
} from '../../../src/lib/db/preferences.ts';
import { getReaderState } from '../../../src/lib/db/reader.ts';
import { createDb, type StoredArticle } from '../../../src/lib/db/schema.ts';
import { deleteAfterTest, freshDb } from '../fresh-db.ts';


describe('preferences', () => {
  it('are the defaults before the reader chooses anything', async () => {
    expect(await loadPreferences(freshDb())).toEqual({ theme: 'system', textSize: 'medium' });
    expect(DEFAULT_PREFERENCES).toEqual({ theme: 'system', textSize: 'medium' });
  });

  it('come back as they were saved', async () => {
    const db = freshDb();
    await savePreference(db, 'theme', 'dark');
    await savePreference(db, 'textSize', 'x-large');
    expect(await loadPreferences(db)).toEqual({ theme: 'dark', textSize: 'x-large' });

    await savePreference(db, 'theme', 'light');
    expect(await loadPreferences(db)).toEqual({ theme: 'light', textSize: 'x-large' });
  });

  it('fall back to the default, one by one, when a stored value is not one the app knows', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: 'theme', value: 'sepia' },
      { key: 'textSize', value: 'large' },
    ]);
    expect(await loadPreferences(db)).toEqual({ theme: 'system', textSize: 'large' });

    await db.settings.bulkPut([
      { key: 'theme', value: 'dark' },
      { key: 'textSize', value: 42 },
    ]);
    expect(await loadPreferences(db)).toEqual({ theme: 'dark', textSize: 'medium' });
  });

  it('refuses to save a value the app does not know', async () => {
    const db = freshDb();
    await expect(savePreference(db, 'theme', 'sepia' as Preferences['theme'])).rejects.toThrow(RangeError);
    expect(await db.settings.count()).toBe(0);
  });

  it('parsePreferences copes with anything', () => {
    for (const raw of [null, undefined, 'dark', 7, [], {}]) {
      expect(parsePreferences(raw)).toEqual(DEFAULT_PREFERENCES);
    }
    expect(parsePreferences({ theme: 'light', textSize: 'small', extra: true })).toEqual({
      theme: 'light',
      textSize: 'small',
    });
  });
});

describe('schema upgrade from version 1', () => {
  it('keeps the reader state of a version 1 database and adds the later tables', async () => {
    const name = 'test-' + crypto.randomUUID();
    // Version 1 exactly as it shipped, without the settings table.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      articles: 'id, date, origin, hash',
      readerState: 'articleId, bookmarkedAt',
      meta: 'key',
    });
    const article: StoredArticle = {
      id: 'synthetic-upgrade',
      title: 'Synthetic article for the upgrade test',
      date: '2020-01-01',
      publication: 'Synthetic Weekly',
      url: null,
      tags: ['synthetic'],
      paragraphs: ['Synthetic text.'],
      comments: [],
      related: { previous: null, next: null },
      wordCount: 2,
      readingMinutes: 1,
      hash: 'hash-synthetic',
      origin: 'bundled',
    };
    const state = { articleId: article.id, readAt: 1000, bookmarkedAt: 2000, position: 0.4, updatedAt: 2000 };
    await v1.table('articles').put(article);
    await v1.table('readerState').put(state);
    await v1.table('meta').put({ key: 'corpusVersion', value: 'v1-corpus' });
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = createDb(name);
    deleteAfterTest(v2);
    await v2.open();
    expect(v2.verno).toBe(6);
    expect(await v2.contracts.count()).toBe(0);
    expect(await getReaderState(v2, article.id)).toEqual(state);
    expect(await v2.articles.get(article.id)).toEqual(article);
    expect(await v2.meta.get('corpusVersion')).toEqual({ key: 'corpusVersion', value: 'v1-corpus' });
    expect(await v2.readerState.where('bookmarkedAt').equals(2000).primaryKeys()).toEqual([article.id]);

    expect(await loadPreferences(v2)).toEqual(DEFAULT_PREFERENCES);
    await savePreference(v2, 'theme', 'dark');
    expect(await loadPreferences(v2)).toEqual({ theme: 'dark', textSize: 'medium' });
  });
});
