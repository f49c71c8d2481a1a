// A reader who last ran the first Sortie that shipped: their database is at schema version 1
// (IndexedDB version 10, as Dexie numbers it), with a bookmark, a reading position and an
// article they imported. Today's Sortie opens it in Chromium, upgrades it in place, and every
// item is still there, also after a reload. (Every other version: tests/unit/db/upgrade-paths.test.ts.)
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSession, type Session } from './harness.ts';

let session: Session;

/** What version 1 stored, made in the page with IndexedDB itself (synthetic: not news). */
const MAKE_VERSION_1 = `new Promise((resolve, reject) => {
  const open = indexedDB.open('sortie', 10);
  open.onupgradeneeded = () => {
    const db = open.result;
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    for (const index of ['date', 'origin', 'hash']) articles.createIndex(index, index);
    db.createObjectStore('readerState', { keyPath: 'articleId' }).createIndex('bookmarkedAt', 'bookmarkedAt');
    db.createObjectStore('meta', { keyPath: 'key' });
  };
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['articles', 'readerState'], 'readwrite');
    tx.objectStore('articles').put({
      id: 'imported-synthetic-kept-since-version-1', title: 'Synthetic article kept since version 1', date: '2020-05-06',
      publication: 'Imported', url: null, tags: [], paragraphs: ['A synthetic paragraph the reader imported long ago.'],
      comments: [], related: { previous: null, next: null }, wordCount: 8, readingMinutes: 1, hash: 'h-v1', origin: 'imported',
    });
    tx.objectStore('readerState').put({ articleId: 'imported-synthetic-kept-since-version-1', readAt: 1000, bookmarkedAt: 2000, position: 0.5, updatedAt: 2000 });
    tx.oncomplete = () => { db.close(); resolve(db.version); };
    tx.onerror = () => reject(tx.error);
  };
})`;

beforeAll(async () => {
  session = await openSession();
  const { page, origin } = session;
  // a file of the same origin that is not the app, so nothing opens the database first
  await page.goto(origin + '/icon.svg');
  expect(await page.evaluate(MAKE_VERSION_1)).toBe(10);
}, 60_000);

afterAll(async () => {
  await session?.close();
});

describe('a database from the first version', () => {
  test('is upgraded by today’s Sortie with the bookmark and the import kept, also after a reload', async () => {
    const { page, origin } = session;
    for (let visit = 0; visit < 2; visit++) {
      await page.goto(origin + '/saved');
      await page.getByRole('link', { name: 'Synthetic article kept since version 1' }).waitFor({ timeout: 30_000 });
      await page.goto(origin + '/import');
      await page.getByRole('region', { name: 'Your imported articles' }).getByRole('link', { name: 'Synthetic article kept since version 1' }).waitFor();
    }
    const state = await page.evaluate(`new Promise((resolve) => {
      const open = indexedDB.open('sortie');
      open.onsuccess = () => {
        const db = open.result;
        const get = db.transaction('readerState').objectStore('readerState').get('imported-synthetic-kept-since-version-1');
        get.onsuccess = () => { resolve({ version: db.version, position: get.result.position, bookmarkedAt: get.result.bookmarkedAt }); db.close(); };
      };
    })`);
    expect(state).toEqual({ version: 60, position: 0.5, bookmarkedAt: 2000 });
  });

  test('a tab still running when a newer Sortie upgrades the database is told so, and offered a reload', async () => {
    const { page, context, origin } = session;
    await page.goto(origin + '/');
    await page.getByRole('heading', { level: 1, name: 'Latest' }).waitFor();
    // another tab opens the database at a later version, as a newer Sortie would
    const other = await context.newPage();
    await other.goto(origin + '/icon.svg');
    const upgraded = await other.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('sortie', 70);
      open.onsuccess = () => { const version = open.result.version; open.result.close(); resolve(version); };
      open.onerror = () => reject(open.error);
      open.onblocked = () => reject(new Error('blocked: the first tab did not let go'));
    })`);
    expect(upgraded).toBe(70);
    await page.getByText('Sortie was updated in another tab.').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    await other.close();
  });
});

