import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, type SortieDb, type StoredArticle } from '../../../src/lib/db/schema.ts';
import {
  getArticle,
  getReaderState,
  listArticles,
  listBookmarked,
  listTags,
  markRead,
  savePosition,
  toggleBookmark,
  type ArticleSummary,
  type Page,
} from '../../../src/lib/db/reader.ts';

/** Synthetic: a made-up stored article; only the fields the reader functions use matter. */
function article(id: string, date: string): StoredArticle {
  return {
    id,
    title: `Title ${id}`,
    date,
    publication: 'Synthetic Weekly',
    url: null,
    tags: ['synthetic'],
    paragraphs: [`Text of ${id}.`],
    comments: [],
    related: { previous: null, next: null },
    wordCount: 3,
    readingMinutes: 1,
    hash: `hash-${id}`,
    origin: 'bundled',
  };
}

let db: SortieDb;

beforeEach(() => {
  db = createDb('test-' + crypto.randomUUID());
});

afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('reader state', () => {
  it('markRead creates the row with defaults and keeps the first reading time', async () => {
    vi.useFakeTimers({ now: 1000, toFake: ['Date'] });
    await markRead(db, 'a');
    expect(await getReaderState(db, 'a')).toEqual({
      articleId: 'a',
      readAt: 1000,
      bookmarkedAt: null,
      position: 0,
      updatedAt: 1000,
    });

    vi.setSystemTime(5000);
    await markRead(db, 'a');
    expect((await getReaderState(db, 'a'))?.readAt).toBe(1000);
  });

  it('toggleBookmark flips the bookmark and says which way', async () => {
    vi.useFakeTimers({ now: 2000, toFake: ['Date'] });
    expect(await toggleBookmark(db, 'a')).toBe(true);
    expect(await getReaderState(db, 'a')).toMatchObject({
      bookmarkedAt: 2000,
      readAt: null,
      updatedAt: 2000,
    });

    vi.setSystemTime(3000);
    expect(await toggleBookmark(db, 'a')).toBe(false);
    expect(await getReaderState(db, 'a')).toMatchObject({ bookmarkedAt: null, updatedAt: 3000 });
  });

  it('savePosition clamps to 0…1 and leaves the other marks alone', async () => {
    await markRead(db, 'a');
    await toggleBookmark(db, 'a');
    const before = await getReaderState(db, 'a');

    await savePosition(db, 'a', 0.4);
    expect((await getReaderState(db, 'a'))?.position).toBe(0.4);
    await savePosition(db, 'a', 1.7);
    expect((await getReaderState(db, 'a'))?.position).toBe(1);
    await savePosition(db, 'a', -0.2);
    expect(await getReaderState(db, 'a')).toMatchObject({
      position: 0,
      readAt: before?.readAt,
      bookmarkedAt: before?.bookmarkedAt,
    });
    await expect(savePosition(db, 'a', Number.NaN)).rejects.toThrow(RangeError);
  });

  it('getArticle returns the stored article, or undefined', async () => {
    await db.articles.put(article('a', '2021-01-01'));
    expect(await getArticle(db, 'a')).toEqual(article('a', '2021-01-01'));
    expect(await getArticle(db, 'nope')).toBeUndefined();
  });
});

describe('listArticles', () => {
  const dates: [string, string][] = [
    ['old', '2019-05-01'],
    ['new', '2022-03-04'],
    ['mid-b', '2020-07-07'],
    ['mid-a', '2020-07-07'],
    ['mid-c', '2020-07-07'],
    ['newest', '2022-03-04T10:00:00Z'],
  ];
  // Newest first; articles of the same date in a fixed order (id, descending).
  const expectedOrder = ['newest', 'new', 'mid-c', 'mid-b', 'mid-a', 'old'];

  beforeEach(async () => {
    await db.articles.bulkPut(dates.map(([id, date]) => article(id, date)));
  });

  it('lists newest first, without bodies, joined with read and bookmarked', async () => {
    await markRead(db, 'mid-b');
    await toggleBookmark(db, 'old');

    const { items, next } = await listArticles(db, { limit: 10 });

    expect(items.map((item) => item.id)).toEqual(expectedOrder);
    expect(next).toBeNull();
    const byId = (id: string) => items.find((item) => item.id === id);
    expect(byId('mid-b')).toMatchObject({ read: true, bookmarked: false });
    expect(byId('old')).toMatchObject({ read: false, bookmarked: true });
    expect(byId('new')).toEqual({
      id: 'new',
      title: 'Title new',
      date: '2022-03-04',
      publication: 'Synthetic Weekly',
      tags: ['synthetic'],
      readingMinutes: 1,
      wordCount: 3,
      origin: 'bundled',
      read: false,
      bookmarked: false,
    });
  });

  it('pages with next until it is null, covering every article once', async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    do {
      const page: Page<ArticleSummary> = await listArticles(db, { limit: 2, after });
      seen.push(...page.items.map((item) => item.id));
      sizes.push(page.items.length);
      after = page.next;
    } while (after !== null);

    expect(seen).toEqual(expectedOrder);
    expect(sizes).toEqual([2, 2, 2]);
  });

  it('a page does not shift when an article is added before it', async () => {
    const first = await listArticles(db, { limit: 3 });
    await db.articles.put(article('brand-new', '2023-01-01'));

    const second = await listArticles(db, { limit: 3, after: first.next });

    expect(second.items.map((item) => item.id)).toEqual(['mid-b', 'mid-a', 'old']);
    expect(second.next).toBeNull();
  });

  it('returns an empty last page for an empty database', async () => {
    await db.articles.clear();
    expect(await listArticles(db, { limit: 5 })).toEqual({ items: [], next: null });
  });

  it('rejects a page size or cursor it cannot use', async () => {
    await expect(listArticles(db, { limit: 0 })).rejects.toThrow(RangeError);
    await expect(listArticles(db, { limit: 2, after: 'not a cursor' })).rejects.toThrow(RangeError);
  });
});

describe('listBookmarked', () => {
  it('lists bookmarked articles most recently saved first, leaving out unsaved and unstored ones', async () => {
    await db.articles.bulkPut([article('a', '2020-01-01'), article('b', '2021-01-01'), article('c', '2022-01-01')]);
    vi.useFakeTimers({ now: 1000, toFake: ['Date'] });
    await toggleBookmark(db, 'a');
    vi.setSystemTime(2000);
    await toggleBookmark(db, 'gone'); // an article no longer stored
    vi.setSystemTime(3000);
    await toggleBookmark(db, 'b');
    await markRead(db, 'b');
    await markRead(db, 'c'); // read, not saved
    vi.setSystemTime(4000);
    await toggleBookmark(db, 'c');
    await toggleBookmark(db, 'c'); // saved, then unsaved

    const saved = await listBookmarked(db);
    expect(saved.map((a) => [a.id, a.bookmarked, a.read])).toEqual([
      ['b', true, true],
      ['a', true, false],
    ]);
    expect(saved[0]).not.toHaveProperty('paragraphs');
  });

  it('is empty with no bookmarks', async () => {
    expect(await listBookmarked(db)).toEqual([]);
  });
});

describe('tags', () => {
  beforeEach(async () => {
    await db.articles.bulkPut([
      { ...article('a', '2020-01-01'), tags: ['Russia', 'helicopters'] },
      { ...article('b', '2021-01-01'), tags: ['China'] },
      { ...article('c', '2022-01-01'), tags: ['Russia'] },
      { ...article('d', '2019-01-01'), tags: ['Russia', 'China'] },
    ]);
  });

  it('lists every tag with its number of articles, most used first', async () => {
    expect(await listTags(db)).toEqual([
      { tag: 'Russia', count: 3 },
      { tag: 'China', count: 2 },
      { tag: 'helicopters', count: 1 },
    ]);
  });

  it('filters the list to one tag, newest first, and pages through it', async () => {
    const first = await listArticles(db, { limit: 2, tag: 'Russia' });
    expect(first.items.map((item) => item.id)).toEqual(['c', 'a']);
    const second = await listArticles(db, { limit: 2, tag: 'Russia', after: first.next });
    expect(second.items.map((item) => item.id)).toEqual(['d']);
    expect(second.next).toBeNull();
    expect((await listArticles(db, { limit: 10, tag: 'nobody' })).items).toEqual([]);
  });

  it('reads only the page’s articles whole, however many carry the tag, and pages through ties in date', async () => {
    // 40 more, every other one tagged, several on one day
    await db.articles.bulkPut(
      Array.from({ length: 40 }, (_, i) => ({ ...article(`x${String(i).padStart(2, '0')}`, `2023-01-0${1 + (i % 3)}`), tags: i % 2 === 0 ? ['Russia'] : ['Laos'] })),
    );
    const read = vi.spyOn(db.articles, 'bulkGet');
    const ids: string[] = [];
    let page = await listArticles(db, { limit: 5, tag: 'Russia' });
    for (;;) {
      ids.push(...page.items.map((item) => item.id));
      if (!page.next) break;
      page = await listArticles(db, { limit: 5, tag: 'Russia', after: page.next });
    }
    // each page reads at most a page and one more
    expect(read.mock.calls.length).toBeGreaterThan(0);
    for (const [keys] of read.mock.calls) expect(keys.length).toBeLessThanOrEqual(6);
    const expected = (await db.articles.where('tags').equals('Russia').toArray()).sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1)).map((a) => a.id);
    expect(ids).toEqual(expected);
    expect(ids).toHaveLength(23);
  });
});
