import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../src/lib/content/article.ts';
import { packArticle } from '../../../src/lib/content/pack-article.ts';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';
import { contractsOf } from '../../../src/lib/db/contracts.ts';
import { listImportedArticles, StorageFullError, storeImportedArticles } from '../../../src/lib/db/imports.ts';
import { loadPreferences, savePreference } from '../../../src/lib/db/preferences.ts';
import {
  describeImport,
  exportReaderData,
  importReaderData,
  MAX_READER_DATA_BYTES,
  mergeReaderState,
  parseReaderData,
  readerDataFileName,
  ReaderDataError,
  readReaderDataFile,
  resetReaderData,
  serializeReaderData,
  type ReaderDataFile,
} from '../../../src/lib/db/reader-data.ts';
import { getReaderState, markRead, savePosition, toggleBookmark } from '../../../src/lib/db/reader.ts';
import type { ReaderState, SortieDb } from '../../../src/lib/db/schema.ts';
import { syncBundle } from '../../../src/lib/db/sync.ts';
import { freshDb } from '../fresh-db.ts';

const SEED_FILE = 'content/articles/2020-10-22-putin-russia-china-military-cooperation.txt';
const seed = parseArticle(readFileSync(SEED_FILE, 'utf8'), SEED_FILE);
/** Synthetic imported articles, built from the seed's text: test data, not news. */
const mine: Article = { ...seed, id: 'imported-synthetic', title: 'Synthetic imported copy' };
const other: Article = {
  ...seed,
  id: 'imported-synthetic-other',
  title: 'Another synthetic import',
  paragraphs: ['A synthetic paragraph with no deals in it.'],
  comments: [],
};

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
/** A database with the seed bundled, as every device has it. */
async function deviceDb() {
  const db = freshDb();
  await syncBundle(db, { version: 'v1', packs: [{ file: 'p', hash: 'p', count: 1 }] }, async () => ({
    articles: [packArticle(seed)],
  }));
  return db;
}

/** Every table, whole: what "exactly as before" is compared on. */
async function dump(db: SortieDb) {
  const tables = [db.articles, db.readerState, db.settings, db.contracts, db.claims, db.meta] as const;
  return Promise.all(tables.map((table) => (table as Dexie.Table).toArray()));
}

function state(articleId: string, fields: Partial<ReaderState>): ReaderState {
  return { articleId, readAt: null, bookmarkedAt: null, position: 0, updatedAt: 0, ...fields };
}

function fileWith(fields: Partial<ReaderDataFile>): ReaderDataFile {
  return {
    format: 'sortie-reader-data',
    version: 1,
    exportedAt: '2026-11-27T10:00:00.000Z',
    readerState: [],
    settings: [],
    importedArticles: [],
    ...fields,
  };
}

describe('export', () => {
  it('writes one versioned object with reader state, settings and imported articles, never bundled ones', async () => {
    const db = await deviceDb();
    await storeImportedArticles(db, [mine]);
    await toggleBookmark(db, seed.id);
    await savePreference(db, 'theme', 'dark');

    const file = await exportReaderData(db, new Date('2026-11-27T10:00:00Z'));
    expect(file.format).toBe('sortie-reader-data');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe('2026-11-27T10:00:00.000Z');
    expect(file.readerState.map((row) => row.articleId)).toEqual([seed.id]);
    expect(file.settings).toEqual([{ key: 'theme', value: 'dark' }]);
    expect(file.importedArticles.map((article) => article.id)).toEqual([mine.id]);
    // A plain article, to be mined again: no origin, no records, the hash of its own text.
    expect(file.importedArticles[0]).not.toHaveProperty('origin');
    expect(file.importedArticles[0]).not.toHaveProperty('contracts');
    expect(file.importedArticles[0]!.paragraphs).toEqual(seed.paragraphs);

    const text = serializeReaderData(file);
    expect(text).toMatch(/^\{\n {2}"format": "sortie-reader-data",\n {2}"version": 1,/);
    expect(JSON.parse(text)).toEqual(file);
  });

  it('names the file after the day of the export', () => {
    expect(readerDataFileName(new Date(2026, 0, 5, 12))).toBe('sortie-reader-data-2026-01-05.json');
  });
});

describe('round trip', () => {
  it('says when a more recent file takes a bookmark away', async () => {
    const db = freshDb();
    await db.readerState.put(state(seed.id, { bookmarkedAt: 100, updatedAt: 100 }));
    const summary = await importReaderData(db, fileWith({ readerState: [state(seed.id, { bookmarkedAt: null, readAt: 150, updatedAt: 200 })] }));
    expect(summary).toMatchObject({ statesMerged: 1, bookmarksAdded: 0, bookmarksRemoved: 1 });
    expect((await getReaderState(db, seed.id))?.bookmarkedAt).toBeNull();
    expect(describeImport(summary)).toBe('Imported reading state for 1 article (1 bookmark removed).');
  });

  it('reads a setting named like an object’s own property ("constructor", "__proto__", "toString") as one it does not know', async () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
    const text = JSON.stringify({ ...fileWith({}), settings: names.map((key) => ({ key, value: 1 })) });
    const data = parseReaderData(text);
    expect(data.settings.map((setting) => setting.key)).toEqual(names);
    const db = freshDb();
    await importReaderData(db, data);
    expect(await loadPreferences(db)).toEqual({ theme: 'system', textSize: 'medium' });
  });

  it('brings bookmarks, read marks, positions, settings and imported articles with their contracts to a fresh device', async () => {
    const a = await deviceDb();
    await storeImportedArticles(a, [mine, other]);
    await toggleBookmark(a, seed.id);
    await markRead(a, seed.id);
    await savePosition(a, seed.id, 0.4);
    await toggleBookmark(a, mine.id);
    await markRead(a, other.id);
    await savePreference(a, 'theme', 'dark');
    await savePreference(a, 'textSize', 'large');
    const text = serializeReaderData(await exportReaderData(a));

    const b = await deviceDb();
    const summary = await importReaderData(b, parseReaderData(text));
    expect(summary).toEqual({
      statesMerged: 3,
      bookmarksAdded: 2,
      bookmarksRemoved: 0,
      settingsApplied: 2,
      articlesAdded: 2,
      articlesRenamed: 0,
      articlesUnchanged: 0,
      articlesSkipped: 0,
      bookmarksForMissing: 0,
    });
    expect(await b.readerState.toArray()).toEqual(await a.readerState.toArray());
    expect(await loadPreferences(b)).toEqual({ theme: 'dark', textSize: 'large' });
    expect((await listImportedArticles(b)).map((article) => article.id).sort()).toEqual([mine.id, other.id].sort());
    const helicopters = (await contractsOf(b, mine.id)).filter((r) => r.category === 'helicopter');
    expect(helicopters.map((r) => r.quantity)).toEqual([68, 18, 14, 21]);
    expect(await b.contracts.count()).toBe(await a.contracts.count());
    expect(await b.claims.count()).toBe(await a.claims.count());
    // The bundled article is the device's own, untouched.
    expect(await b.articles.get(seed.id)).toEqual(await a.articles.get(seed.id));
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const a = await deviceDb();
    await storeImportedArticles(a, [mine]);
    await toggleBookmark(a, mine.id);
    const file = await exportReaderData(a);
    const b = await deviceDb();
    await importReaderData(b, file);
    const before = await dump(b);
    const again = await importReaderData(b, file);
    expect(again).toMatchObject({ statesMerged: 0, bookmarksAdded: 0, articlesAdded: 0, articlesUnchanged: 1 });
    expect(await dump(b)).toEqual(before);
    expect(describeImport(again)).toBe('Nothing new to import: this device already has everything in the file.');
  });
});

describe('merge', () => {
  it('keeps, per article, the bookmark and position of the row changed last, and the earliest read time', () => {
    const here = state('a', { readAt: 3000, bookmarkedAt: 4000, position: 0.2, updatedAt: 5000 });
    const older = state('a', { readAt: 1000, bookmarkedAt: null, position: 0.9, updatedAt: 4500 });
    expect(mergeReaderState(here, older)).toEqual(
      state('a', { readAt: 1000, bookmarkedAt: 4000, position: 0.2, updatedAt: 5000 }),
    );
    const newer = state('a', { readAt: null, bookmarkedAt: null, position: 0.7, updatedAt: 6000 });
    expect(mergeReaderState(here, newer)).toEqual(
      state('a', { readAt: 3000, bookmarkedAt: null, position: 0.7, updatedAt: 6000 }),
    );
    // A tie keeps this device's row; an article new to the device takes the file's.
    expect(mergeReaderState(here, { ...newer, updatedAt: 5000 })).toEqual({ ...here });
    expect(mergeReaderState(undefined, newer)).toEqual(newer);
  });

  it('merges into a device with data of its own, losing none of it', async () => {
    const db = await deviceDb();
    await storeImportedArticles(db, [other]);
    await db.readerState.bulkPut([
      state(seed.id, { readAt: 3000, bookmarkedAt: 4000, position: 0.2, updatedAt: 5000 }),
      state('only-here', { readAt: 100, position: 0.5, updatedAt: 200 }),
      state('stale-here', { bookmarkedAt: 10, position: 0.1, updatedAt: 20 }),
    ]);
    await savePreference(db, 'theme', 'dark');

    const summary = await importReaderData(
      db,
      fileWith({
        readerState: [
          state(seed.id, { readAt: 1000, bookmarkedAt: null, position: 0.9, updatedAt: 4000 }),
          state('stale-here', { readAt: 15, bookmarkedAt: null, position: 0.6, updatedAt: 30 }),
          state('only-there', { bookmarkedAt: 50, updatedAt: 60 }),
        ],
        settings: [{ key: 'textSize', value: 'large' }],
        importedArticles: [mine],
      }),
    );

    expect(await getReaderState(db, seed.id)).toEqual(
      state(seed.id, { readAt: 1000, bookmarkedAt: 4000, position: 0.2, updatedAt: 5000 }),
    );
    expect(await getReaderState(db, 'only-here')).toEqual(state('only-here', { readAt: 100, position: 0.5, updatedAt: 200 }));
    expect(await getReaderState(db, 'stale-here')).toEqual(
      state('stale-here', { readAt: 15, bookmarkedAt: null, position: 0.6, updatedAt: 30 }),
    );
    expect(await getReaderState(db, 'only-there')).toEqual(state('only-there', { bookmarkedAt: 50, updatedAt: 60 }));
    expect(await loadPreferences(db)).toEqual({ theme: 'dark', textSize: 'large' });
    expect((await listImportedArticles(db)).map((article) => article.id).sort()).toEqual([mine.id, other.id].sort());
    expect(summary).toEqual({
      statesMerged: 3,
      bookmarksAdded: 1,
      // "stale-here" was bookmarked here; the file's later state has no bookmark
      bookmarksRemoved: 1,
      settingsApplied: 1,
      articlesAdded: 1,
      articlesRenamed: 0,
      articlesUnchanged: 0,
      articlesSkipped: 0,
      // "only-there" is bookmarked for an article this device does not have
      bookmarksForMissing: 1,
    });
    expect(describeImport(summary)).toBe(
      'Imported reading state for 3 articles (1 new bookmark, 1 bookmark removed), 1 setting and 1 imported article. ' +
        '1 bookmark is for an article this device does not have: kept, it shows in Saved if that article arrives with a content update.',
    );
  });

  it('stores a different article that has the id of one on this device under a new id, its reading state with it', async () => {
    const db = await deviceDb();
    await storeImportedArticles(db, [mine]);
    const different = { ...other, id: mine.id };
    const file = fileWith({
      importedArticles: [different],
      readerState: [state(mine.id, { bookmarkedAt: 70, updatedAt: 80 })],
    });

    const summary = await importReaderData(db, file);
    expect(summary).toMatchObject({ articlesAdded: 1, articlesRenamed: 1, bookmarksAdded: 1 });
    expect((await db.articles.get(mine.id))?.title).toBe(mine.title);
    expect((await db.articles.get(`${mine.id}-2`))?.title).toBe(other.title);
    expect(await getReaderState(db, mine.id)).toBeUndefined();
    expect((await getReaderState(db, `${mine.id}-2`))?.bookmarkedAt).toBe(70);
    expect(describeImport(summary)).toContain('1 article got a new id');

    // The same file again finds it where it put it, and adds no third copy.
    const before = await dump(db);
    expect(await importReaderData(db, file)).toMatchObject({ articlesAdded: 0, articlesUnchanged: 1, statesMerged: 0 });
    expect(await dump(db)).toEqual(before);
  });

  it('skips, and counts, an article whose id is a bundled one, leaving the bundled article as it was', async () => {
    const db = await deviceDb();
    const bundled = await db.articles.get(seed.id);
    const summary = await importReaderData(db, fileWith({ importedArticles: [{ ...other, id: seed.id }, mine] }));
    expect(summary).toMatchObject({ articlesAdded: 1, articlesSkipped: 1 });
    expect(await db.articles.get(seed.id)).toEqual(bundled);
    expect(describeImport(summary)).toContain('1 article was skipped: its id is taken by articles that come with Sortie.');
  });
});

describe('a refused file leaves the database exactly as it was', () => {
  async function populated() {
    const db = await deviceDb();
    await storeImportedArticles(db, [other]);
    await toggleBookmark(db, seed.id);
    await savePosition(db, other.id, 0.3);
    await savePreference(db, 'theme', 'light');
    return db;
  }

  const valid = () =>
    fileWith({
      readerState: [0, 1, 2, 3].map((i) => state(`synthetic-${i}`, { position: 0.5, updatedAt: 10 })),
      settings: [{ key: 'textSize', value: 'small' }],
      importedArticles: [mine],
    });

  const refusals: [string, () => string, RegExp | string][] = [
    ['not JSON', () => '{"format": "sortie-reader-data", oops}', /^This file is not JSON \(.+\)\.$/],
    [
      'not a Sortie export',
      () => JSON.stringify({ hello: 'world' }),
      'This is not a Sortie export: it has no "format": "sortie-reader-data".',
    ],
    [
      'from a newer Sortie',
      () => JSON.stringify({ ...valid(), version: 2 }),
      'This export is from a newer version of Sortie (version 2); this app reads version 1. Update Sortie and try again.',
    ],
    [
      'a bad position',
      () => {
        const file = valid();
        file.readerState[3]!.position = 1.5;
        return JSON.stringify(file);
      },
      'readerState[3].position is not a number between 0 and 1.',
    ],
    [
      'an article without a title',
      () => {
        const { title: _title, ...untitled } = mine;
        return JSON.stringify({ ...valid(), importedArticles: [untitled] });
      },
      'importedArticles[0] is missing its title.',
    ],
    [
      'a setting the app does not know the value of',
      () => JSON.stringify({ ...valid(), settings: [{ key: 'theme', value: 'purple' }] }),
      'settings[0].value is not a theme Sortie knows ("system", "light", "dark").',
    ],
    [
      'an article linking to a script',
      () => JSON.stringify({ ...valid(), importedArticles: [{ ...mine, url: 'javascript:alert(1)' }] }),
      'importedArticles[0].url is not a web address (http or https) or null.',
    ],
    [
      'two states for one article',
      () => {
        const file = valid();
        file.readerState[2]!.articleId = 'synthetic-0';
        return JSON.stringify(file);
      },
      'readerState[2].articleId "synthetic-0" is already used by readerState[0].',
    ],
    [
      'an article dated on no day the calendar has',
      () => JSON.stringify({ ...valid(), importedArticles: [{ ...mine, date: '2020-02-30' }] }),
      'importedArticles[0].date is not an ISO 8601 date.',
    ],
    ['a missing list', () => JSON.stringify({ ...valid(), settings: undefined }), 'The file is missing its settings.'],
    [
      'too large',
      () => serializeReaderData(valid()).replace('{', `{"padding": "${'x'.repeat(MAX_READER_DATA_BYTES)}",`),
      'This file is larger than 20 MB, the most Sortie reads from a data file.',
    ],
  ];

  it.each(refusals)('%s', async (_name, text, message) => {
    const db = await populated();
    const before = await dump(db);
    let error: unknown;
    try {
      await importReaderData(db, parseReaderData(text()));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ReaderDataError);
    if (typeof message === 'string') expect((error as Error).message).toBe(message);
    else expect((error as Error).message).toMatch(message);
    expect(await dump(db)).toEqual(before);
  });

  it('the valid file used above is accepted', async () => {
    const db = await populated();
    await expect(importReaderData(db, parseReaderData(JSON.stringify(valid())))).resolves.toMatchObject({ articlesAdded: 1 });
  });

  it('a write that fails part way (the disk full on the last table) writes nothing at all', async () => {
    const db = await populated();
    const before = await dump(db);
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.spyOn(db.settings, 'bulkPut').mockRejectedValue(quota);
    await expect(importReaderData(db, valid())).rejects.toBeInstanceOf(StorageFullError);
    expect(await dump(db)).toEqual(before);
  });

  it('an import planned on articles that another tab then changed is refused, writing nothing', async () => {
    const db = await populated();
    // The look before the transaction misses the article another tab stores a moment later.
    await storeImportedArticles(db, [{ ...other, id: mine.id }]);
    vi.spyOn(db.articles, 'get').mockResolvedValue(undefined);
    const before = await dump(db);
    await expect(importReaderData(db, valid())).rejects.toThrow('changed in another tab');
    expect(await dump(db)).toEqual(before);
  });

  it('a file too large is refused before it is read', async () => {
    const text = vi.fn(async () => '{}');
    const huge = { size: MAX_READER_DATA_BYTES + 1, text } as unknown as Blob;
    await expect(readReaderDataFile(huge)).rejects.toThrow('larger than 20 MB');
    expect(text).not.toHaveBeenCalled();
  });

  it('a file of the right size is read and checked', async () => {
    const blob = new Blob([serializeReaderData(valid())], { type: 'application/json' });
    expect((await readReaderDataFile(blob)).importedArticles.map((a) => a.id)).toEqual([mine.id]);
  });
});

describe('reset', () => {
  it('deletes bookmarks, reading state, settings and imported articles with their contracts; bundled articles stay', async () => {
    const db = await deviceDb();
    const bundledBefore = {
      articles: await db.articles.where('origin').equals('bundled').toArray(),
      contracts: await contractsOf(db, seed.id),
      claims: await db.claims.where('articleId').equals(seed.id).toArray(),
      meta: await db.meta.toArray(),
    };
    await storeImportedArticles(db, [mine]);
    await toggleBookmark(db, seed.id);
    await toggleBookmark(db, mine.id);
    await savePreference(db, 'theme', 'dark');

    await resetReaderData(db);
    expect(await db.readerState.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    expect(await listImportedArticles(db)).toEqual([]);
    expect(await contractsOf(db, mine.id)).toEqual([]);
    expect(await db.claims.where('articleId').equals(mine.id).count()).toBe(0);
    expect(await db.articles.toArray()).toEqual(bundledBefore.articles);
    expect(await contractsOf(db, seed.id)).toEqual(bundledBefore.contracts);
    expect(await db.claims.toArray()).toEqual(bundledBefore.claims);
    expect(await db.meta.toArray()).toEqual(bundledBefore.meta);
    expect(bundledBefore.contracts.length).toBeGreaterThan(0);
  });
});
