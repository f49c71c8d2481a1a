import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  Article,
  ContentManifest,
  ContentPack,
  PackRef,
} from '../../../src/lib/content/article.ts';
import { createDb, type SortieDb } from '../../../src/lib/db/schema.ts';
import { syncBundle } from '../../../src/lib/db/sync.ts';
import { deleteImportedArticle, storeNewImport } from '../../../src/lib/db/imports.ts';
import { countTags, TAG_SUMMARY_KEY, tagSummary } from '../../../src/lib/db/reader.ts';

// Synthetic content: small made-up articles, not the real corpus. Their hashes are derived
// from their fields here, so an article's hash changes exactly when it does.

function hashOf(value: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(value)) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function article(id: string, text = `Text of ${id}.`, date = '2021-01-01'): Article {
  const fields: Omit<Article, 'hash'> = {
    id,
    title: `Title ${id}`,
    date,
    publication: 'Synthetic Weekly',
    url: null,
    tags: ['synthetic'],
    paragraphs: [text],
    comments: [],
    related: { previous: null, next: null },
    wordCount: text.split(/\s+/).length,
    readingMinutes: 1,
  };
  return { ...fields, hash: hashOf(fields) };
}

interface BuiltPack {
  ref: PackRef;
  pack: ContentPack;
}

function pack(...articles: Article[]): BuiltPack {
  const hash = hashOf(articles.map((a) => a.hash));
  const ref = { file: `content/pack-${hash}.json`, hash, count: articles.length };
  return { ref, pack: { articles: articles.map((a) => ({ ...a, contracts: [], claims: [], mentions: [] })) } };
}

/** A manifest over `packs`, and a fetcher for them that records what it was asked for. */
function bundle(version: string, ...packs: BuiltPack[]) {
  const manifest: ContentManifest = { version, packs: packs.map((p) => p.ref) };
  const byFile = new Map(packs.map((p) => [p.ref.file, p.pack]));
  const fetchPack = vi.fn(async (ref: PackRef) => {
    const found = byFile.get(ref.file);
    if (!found) throw new Error(`404 ${ref.file}`);
    return structuredClone(found);
  });
  return { manifest, fetchPack };
}

/** Counts writes to each table, and the transactions the article writes happened in. */
function watchWrites(db: SortieDb) {
  const counts = { created: 0, updated: 0, deleted: 0, readerState: 0 };
  const transactions = new Set<unknown>();
  db.articles.hook('creating', (_key, _obj, tx) => {
    counts.created++;
    transactions.add(tx);
  });
  db.articles.hook('updating', (_changes, _key, _obj, tx) => {
    counts.updated++;
    transactions.add(tx);
    return undefined;
  });
  db.articles.hook('deleting', (_key, _obj, tx) => {
    counts.deleted++;
    transactions.add(tx);
  });
  const touchReaderState = () => {
    counts.readerState++;
  };
  db.readerState.hook('creating', touchReaderState);
  db.readerState.hook('updating', () => {
    touchReaderState();
    return undefined;
  });
  db.readerState.hook('deleting', touchReaderState);
  return { counts, transactions };
}

async function snapshot(db: SortieDb) {
  return {
    articles: await db.articles.toArray(),
    readerState: await db.readerState.toArray(),
    meta: await db.meta.toArray(),
  };
}

const a = article('a', 'Alpha.', '2021-01-03');
const b = article('b', 'Bravo.', '2021-01-02');
const c = article('c', 'Charlie.', '2021-01-01');
const packAB = pack(a, b);
const packC = pack(c);

let db: SortieDb;

beforeEach(() => {
  db = createDb('test-' + crypto.randomUUID());
});

afterEach(async () => {
  await db.delete();
});

describe('syncBundle', () => {
  it('stores the whole corpus on the first run, the newest pack first in a transaction of its own', async () => {
    const { manifest, fetchPack } = bundle('v1', packC, packAB);
    const writes = watchWrites(db);
    const order: string[] = [];
    db.articles.hook('creating', (key) => {
      order.push(String(key));
    });
    const progress: [number, number][] = [];

    const report = await syncBundle(db, manifest, fetchPack, (stored, total) => progress.push([stored, total]));

    expect(report).toEqual({ version: 'v1', written: 3, removed: 0, packsFetched: 2, skipped: false });
    expect(writes.counts.created).toBe(3);
    expect(writes.transactions.size).toBe(2);
    // packs are oldest first: the newest articles are stored before the older ones
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('c'));
    expect(progress).toEqual([[0, 3], [2, 3], [3, 3]]);
    const stored = await db.articles.orderBy('id').toArray();
    expect(stored).toEqual([a, b, c].map((x) => ({ ...x, origin: 'bundled', mentions: [] })));
    expect((await db.meta.get('corpusVersion'))?.value).toBe('v1');
  });

  it('stores the rest of a first sync a few packs per transaction, reporting each step', async () => {
    const articles = Array.from({ length: 10 }, (_, i) => article(`p${i}`, `Pack ${i}.`, `2021-02-${String(i + 1).padStart(2, '0')}`));
    const { manifest, fetchPack } = bundle('v1', ...articles.map((x) => pack(x)));
    const writes = watchWrites(db);
    const progress: number[] = [];

    await syncBundle(db, manifest, fetchPack, (stored) => progress.push(stored));

    // the newest alone, then eight packs, then the last one
    expect(writes.transactions.size).toBe(3);
    expect(progress).toEqual([0, 1, 9, 10]);
    expect(await db.articles.count()).toBe(10);
  });

  it('keeps the packs a cut-short first sync stored, and goes on from them the next time', async () => {
    const d = article('d', 'Delta.', '2021-01-04');
    const packD = pack(d);
    const { manifest, fetchPack } = bundle('v1', packC, packAB, packD);
    // the network goes after the newest pack: the older two do not arrive
    const cut = vi.fn((ref: PackRef) => (ref.hash === packD.ref.hash ? fetchPack(ref) : Promise.reject(new Error('offline'))));

    await expect(syncBundle(db, manifest, cut)).rejects.toThrow(/could not be fetched/);
    expect(await db.articles.orderBy('id').primaryKeys()).toEqual(['d']);
    expect(await db.meta.get('corpusVersion')).toBeUndefined();

    const progress: [number, number][] = [];
    const report = await syncBundle(db, manifest, fetchPack, (stored, total) => progress.push([stored, total]));

    // the stored pack is not fetched again, and nothing is written twice
    expect(fetchPack.mock.calls.map(([ref]) => ref.hash)).toEqual([packD.ref.hash, packAB.ref.hash, packC.ref.hash]);
    expect(report).toEqual({ version: 'v1', written: 3, removed: 0, packsFetched: 2, skipped: false });
    expect(progress[0]).toEqual([1, 4]);
    expect(progress.at(-1)).toEqual([4, 4]);
    const clean = createDb('test-' + crypto.randomUUID());
    await syncBundle(clean, manifest, bundle('v1', packC, packAB, packD).fetchPack);
    expect(await snapshot(db)).toEqual(await snapshot(clean));
    await clean.delete();
  });

  it('finishes a cut-short first sync against the newer corpus it finds on the next visit', async () => {
    const old = bundle('v1', packC, packAB);
    const cut = vi.fn((ref: PackRef) => (ref.hash === packAB.ref.hash ? old.fetchPack(ref) : Promise.reject(new Error('offline'))));
    await expect(syncBundle(db, old.manifest, cut)).rejects.toThrow();
    // the app was updated before the next visit: "b" is gone, "c" changed
    const c2 = article('c', 'Charlie, corrected.', '2021-01-01');
    const next = bundle('v2', pack(c2), pack(a));

    const report = await syncBundle(db, next.manifest, next.fetchPack);

    expect(report).toMatchObject({ version: 'v2', removed: 1, skipped: false });
    expect(await db.articles.orderBy('id').primaryKeys()).toEqual(['a', 'c']);
    expect((await db.articles.get('c'))?.paragraphs).toEqual(['Charlie, corrected.']);
  });

  it('does nothing at all when the corpus version is unchanged', async () => {
    const first = bundle('v1', packAB, packC);
    await syncBundle(db, first.manifest, first.fetchPack);
    const before = await snapshot(db);
    const { manifest, fetchPack } = bundle('v1', packAB, packC);
    const writes = watchWrites(db);

    const report = await syncBundle(db, manifest, fetchPack);

    expect(report).toEqual({
      version: 'v1',
      written: 0,
      removed: 0,
      packsFetched: 0,
      skipped: true,
    });
    expect(fetchPack).not.toHaveBeenCalled();
    expect(writes.counts).toEqual({ created: 0, updated: 0, deleted: 0, readerState: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('rewrites only the article that changed, and fetches only the pack that changed', async () => {
    const first = bundle('v1', packAB, packC);
    await syncBundle(db, first.manifest, first.fetchPack);
    const b2 = article('b', 'Bravo, corrected.', '2021-01-02');
    const next = bundle('v2', pack(a, b2), packC);
    const writes = watchWrites(db);

    const report = await syncBundle(db, next.manifest, next.fetchPack);

    expect(report).toEqual({
      version: 'v2',
      written: 1,
      removed: 0,
      packsFetched: 1,
      skipped: false,
    });
    const fetched = next.fetchPack.mock.calls.map(([ref]) => ref.file);
    expect(fetched).toEqual([pack(a, b2).ref.file]);
    expect(writes.counts).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect((await db.articles.get('b'))?.paragraphs).toEqual(['Bravo, corrected.']);
    expect((await db.articles.get('b'))?.hash).toBe(b2.hash);
    expect((await db.meta.get('corpusVersion'))?.value).toBe('v2');
  });

  it('rewrites nothing when articles only move between packs', async () => {
    const first = bundle('v1', packAB, packC);
    await syncBundle(db, first.manifest, first.fetchPack);
    const next = bundle('v2', pack(a), pack(b, c));
    const writes = watchWrites(db);

    const report = await syncBundle(db, next.manifest, next.fetchPack);

    expect(report).toMatchObject({ written: 0, removed: 0, packsFetched: 2 });
    expect(writes.counts).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(await db.articles.count()).toBe(3);
  });

  it('removes an article gone from the corpus without refetching the packs left', async () => {
    const first = bundle('v1', packAB, packC);
    await syncBundle(db, first.manifest, first.fetchPack);
    const next = bundle('v2', packAB);

    const report = await syncBundle(db, next.manifest, next.fetchPack);

    expect(report).toEqual({
      version: 'v2',
      written: 0,
      removed: 1,
      packsFetched: 0,
      skipped: false,
    });
    expect(next.fetchPack).not.toHaveBeenCalled();
    expect(await db.articles.orderBy('id').primaryKeys()).toEqual(['a', 'b']);
  });

  it('never removes or replaces an article the reader imported', async () => {
    const mine = { ...article('mine', 'My own.'), origin: 'imported' as const };
    const clash = { ...article('c', 'My copy of Charlie.'), origin: 'imported' as const };
    await db.articles.bulkPut([mine, clash]);
    const first = bundle('v1', packAB, packC);
    await syncBundle(db, first.manifest, first.fetchPack);
    const next = bundle('v2', packAB);
    await syncBundle(db, next.manifest, next.fetchPack);

    expect(await db.articles.get('mine')).toEqual(mine);
    expect(await db.articles.get('c')).toEqual(clash);
    expect(await db.articles.orderBy('id').primaryKeys()).toEqual(['a', 'b', 'c', 'mine']);
  });

  it('leaves reader state exactly as it was, including for an article it removes', async () => {
    await db.readerState.bulkPut([
      { articleId: 'a', readAt: 1000, bookmarkedAt: null, position: 0.5, updatedAt: 1000 },
      { articleId: 'c', readAt: 2000, bookmarkedAt: 2100, position: 1, updatedAt: 2100 },
    ]);
    const readerState = await db.readerState.toArray();
    const writes = watchWrites(db);
    const versions = [
      bundle('v1', packAB, packC),
      bundle('v2', pack(a, article('b', 'Changed.')), packC),
      bundle('v3', packAB),
    ];

    for (const { manifest, fetchPack } of versions) {
      await syncBundle(db, manifest, fetchPack);
      expect(await db.readerState.toArray()).toEqual(readerState);
    }
    expect(await db.articles.get('c')).toBeUndefined();
    expect(writes.counts.readerState).toBe(0);
  });

  describe('when a pack cannot be used, rejects naming it and changes nothing', () => {
    const cases: [string, (ref: PackRef) => Promise<ContentPack>][] = [
      ['fails to fetch', async () => Promise.reject(new Error('offline'))],
      ['is not JSON', async () => JSON.parse('{"articles": [') as ContentPack],
      ['is not an object', async () => 'oops' as unknown as ContentPack],
      ['has no articles array', async () => ({ articles: 'none' }) as unknown as ContentPack],
      [
        'holds an article without an id',
        async () => ({ articles: [{ hash: 'x' }] }) as unknown as ContentPack,
      ],
      ['holds fewer articles than the manifest says', async () => ({ articles: [] })],
    ];

    it.each(cases)('a pack that %s', async (_label, badFetch) => {
      const first = bundle('v1', packAB, packC);
      await syncBundle(db, first.manifest, first.fetchPack);
      await db.readerState.put({
        articleId: 'a',
        readAt: 5,
        bookmarkedAt: 6,
        position: 0.25,
        updatedAt: 6,
      });
      const before = await snapshot(db);
      const changed = pack(article('c', 'Charlie, changed.'));
      const next = bundle('v2', pack(article('a', 'Alpha, changed.'), b), changed);
      // The first pack arrives fine; the second does not.
      const fetchPack = vi.fn((ref: PackRef) =>
        ref.hash === changed.ref.hash ? badFetch(ref) : next.fetchPack(ref),
      );
      const writes = watchWrites(db);

      const sync = syncBundle(db, next.manifest, fetchPack);
      await expect(sync).rejects.toThrow(changed.ref.file);

      expect(writes.counts).toEqual({ created: 0, updated: 0, deleted: 0, readerState: 0 });
      expect(await snapshot(db)).toEqual(before);
      expect((await db.meta.get('corpusVersion'))?.value).toBe('v1');
    });
  });

  it('names what is wrong: a pack that is not JSON is malformed, one that does not arrive could not be fetched', async () => {
    const first = bundle('v1', packAB, packC);
    await syncBundle(db, first.manifest, first.fetchPack);
    const next = bundle('v2', pack(a), packC);
    await expect(syncBundle(db, next.manifest, async () => JSON.parse('{"articles": [') as ContentPack)).rejects.toThrow(/is malformed: not valid JSON$/);
    await expect(syncBundle(db, next.manifest, async () => Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow(/could not be fetched$/);
  });

  it('fetches every pack again when the stored pack list is unreadable', async () => {
    const first = bundle('v1', packAB, packC);
    await syncBundle(db, first.manifest, first.fetchPack);
    await db.meta.put({ key: 'packs', value: 'garbage' });
    const next = bundle('v2', packAB, packC);

    const report = await syncBundle(db, next.manifest, next.fetchPack);

    expect(report).toMatchObject({ written: 0, removed: 0, packsFetched: 2 });
    expect(await db.articles.count()).toBe(3);
  });
});

describe('the tag filter a start reads', () => {
  const stored = async () => (await db.meta.get(TAG_SUMMARY_KEY))?.value;

  it('is one row, stored by a sync and kept true by an import and its deletion', async () => {
    const { manifest, fetchPack } = bundle('v1', packC, packAB);
    await syncBundle(db, manifest, fetchPack);
    expect(await stored()).toEqual({ total: 3, tags: [{ tag: 'synthetic', count: 3 }] });

    const { id: _id, hash: _hash, ...fields } = { ...article('x', 'In 2021 Laos signed a contract for 6 Mi-17V-5.'), tags: ['Laos', 'synthetic'] };
    const imported = await storeNewImport(db, fields);
    expect(await stored()).toEqual({ total: 4, tags: [{ tag: 'synthetic', count: 4 }, { tag: 'Laos', count: 1 }] });
    await deleteImportedArticle(db, imported.id);
    expect(await stored()).toEqual({ total: 3, tags: [{ tag: 'synthetic', count: 3 }] });
  });

  it('is read from that row without counting the articles again', async () => {
    const { manifest, fetchPack } = bundle('v1', packC, packAB);
    await syncBundle(db, manifest, fetchPack);
    const counting = vi.spyOn(db.articles, 'orderBy');
    expect(await tagSummary(db)).toEqual({ total: 3, tags: [{ tag: 'synthetic', count: 3 }] });
    expect(counting).not.toHaveBeenCalled();
  });

  it('is counted once, on the next start, for a database stored before it was kept', async () => {
    const { manifest, fetchPack } = bundle('v1', packC, packAB);
    await syncBundle(db, manifest, fetchPack);
    await db.meta.delete(TAG_SUMMARY_KEY);
    expect((await syncBundle(db, manifest, fetchPack)).skipped).toBe(true);
    expect(await stored()).toEqual({ total: 3, tags: [{ tag: 'synthetic', count: 3 }] });
  });

  it('grows with each batch of a first sync, so the filter reads one row while the corpus is stored', async () => {
    const { manifest, fetchPack } = bundle('v1', packC, packAB);
    // the older pack waits until the newest (packAB: two articles) is stored and checked
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = vi.fn(async (ref: PackRef) => {
      if (ref.hash === packC.ref.hash) await held;
      return fetchPack(ref);
    });
    const syncing = syncBundle(db, manifest, slow);
    await vi.waitFor(async () => expect(await stored()).toEqual({ total: 2, tags: [{ tag: 'synthetic', count: 2 }] }));
    release();
    await syncing;
    expect(await stored()).toEqual({ total: 3, tags: [{ tag: 'synthetic', count: 3 }] });
  });

  it('stays equal to a fresh count through updates that retag, remove and add articles, imports and deletions', async () => {
    const tagged = (id: string, tags: string[]) => {
      const { hash: _hash, ...fields } = { ...article(id), tags };
      return { ...fields, hash: hashOf(fields) };
    };
    const v1 = bundle('v1', pack(tagged('a', ['Laos', 'Mi-17']), tagged('b', ['Laos'])), pack(tagged('c', ['Peru'])));
    await syncBundle(db, v1.manifest, v1.fetchPack);
    const { id: _id, hash: _hash, ...fields } = { ...article('x'), tags: ['Peru', 'imports'] };
    const imported = await storeNewImport(db, fields);
    // a retagged, a removed (c) and a new article (d)
    const v2 = bundle('v2', pack(tagged('a', ['Laos', 'Ka-52']), tagged('b', ['Laos'])), pack(tagged('d', ['Peru', 'Ka-52'])));
    await syncBundle(db, v2.manifest, v2.fetchPack);
    expect(await stored()).toEqual(await countTags(db));
    expect(await stored()).toEqual({
      total: 4,
      tags: [
        { tag: 'Ka-52', count: 2 },
        { tag: 'Laos', count: 2 },
        { tag: 'Peru', count: 2 },
        { tag: 'imports', count: 1 },
      ],
    });
    await deleteImportedArticle(db, imported.id);
    expect(await stored()).toEqual(await countTags(db));
  });

  it('is changed by a content update without counting every article’s tags again', async () => {
    const v1 = bundle('v1', packC, packAB);
    await syncBundle(db, v1.manifest, v1.fetchPack);
    const counting = vi.spyOn(db.articles, 'orderBy');
    const v2 = bundle('v2', packC, pack(a, article('b', 'Text of b, edited.')));
    expect(await syncBundle(db, v2.manifest, v2.fetchPack)).toMatchObject({ written: 1 });
    expect(counting).not.toHaveBeenCalled();
    expect(await stored()).toEqual({ total: 3, tags: [{ tag: 'synthetic', count: 3 }] });
  });
});

