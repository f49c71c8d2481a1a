import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { ContentManifest, PackedArticle } from '../../../src/lib/content/article.ts';
import { packArticle } from '../../../src/lib/content/pack-article.ts';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';
import { DEAL_TABLE_KEY, allClaims, allContracts, contractsById, contractsOf, explorerData, storeDealTable } from '../../../src/lib/db/contracts.ts';
import { deleteImportedArticle, storeImportedArticles } from '../../../src/lib/db/imports.ts';
import { resetReaderData } from '../../../src/lib/db/reader-data.ts';
import type { DealTable } from '../../../src/lib/explorer/deal-table.ts';
import { dealRows, mergeReports, type DealRow } from '../../../src/lib/explorer/rows.ts';
import { getReaderState, toggleBookmark } from '../../../src/lib/db/reader.ts';
import { createDb } from '../../../src/lib/db/schema.ts';
import { syncBundle } from '../../../src/lib/db/sync.ts';
import { deleteAfterTest, freshDb } from '../fresh-db.ts';

const SEED_FILE = 'content/articles/2020-10-22-putin-russia-china-military-cooperation.txt';
const seed = packArticle(parseArticle(readFileSync(SEED_FILE, 'utf8'), SEED_FILE));

function bundle(version: string, articles: PackedArticle[]) {
  const manifest: ContentManifest = { version, packs: [{ file: `content/pack-${version}.json`, hash: version, count: articles.length }] };
  return { manifest, fetchPack: async () => structuredClone({ articles }) };
}

describe('contract records in IndexedDB', () => {
  it('a sync stores the seed\'s records and its claim, and the article row does not carry them', async () => {
    const db = freshDb();
    const { manifest, fetchPack } = bundle('v1', [seed]);
    await syncBundle(db, manifest, fetchPack);
    const rows = await contractsOf(db, seed.id);
    expect(rows.filter((row) => row.category === 'helicopter').map((row) => [row.quantity, row.model])).toEqual([
      [68, 'Mi-171'],
      [18, 'Mi-171Sh'],
      [14, 'Mi-171'],
      [21, 'Ansat'],
    ]);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect((await allClaims(db)).map((claim) => [claim.text, claim.counted])).toEqual([['120+', 121]]);
    const stored = await db.articles.get(seed.id);
    expect(stored).not.toHaveProperty('contracts');
    expect(stored).not.toHaveProperty('claims');
  });

  it('when an article\'s records change, its old records are replaced, not added to', async () => {
    const db = freshDb();
    await syncBundle(db, bundle('v1', [seed]).manifest, bundle('v1', [seed]).fetchPack);
    const fewer: PackedArticle = { ...seed, contracts: seed.contracts.slice(0, 1), hash: `${seed.hash}-fewer` };
    const next = bundle('v2', [fewer]);
    await syncBundle(db, next.manifest, next.fetchPack);
    expect(await allContracts(db)).toHaveLength(1);
  });

  it('an article gone from the corpus takes its records and claims with it, and the reader state stays', async () => {
    const db = freshDb();
    const first = bundle('v1', [seed]);
    await syncBundle(db, first.manifest, first.fetchPack);
    await toggleBookmark(db, seed.id);
    const empty = bundle('v2', []);
    await syncBundle(db, empty.manifest, empty.fetchPack);
    expect(await allContracts(db)).toEqual([]);
    expect(await allClaims(db)).toEqual([]);
    expect((await getReaderState(db, seed.id))?.bookmarkedAt).toBeTypeOf('number');
  });
});

describe('a record keeps where its sentence is, not a copy of it', () => {
  // synthetic articles (made-up deals, not news)
  const synthetic = (id: string, text: string) =>
    packArticle(parseArticle(['---', `title: Synthetic ${id}`, 'date: 2021-03-01', 'publication: Synthetic', '---', text].join('\n'), `${id}.txt`));

  it('stores the seed\'s records as offsets, and the deal\'s detail reads each sentence back from the article', async () => {
    const db = freshDb();
    await syncBundle(db, bundle('v1', [seed]).manifest, bundle('v1', [seed]).fetchPack);
    const rows = await contractsOf(db, seed.id);
    expect(JSON.stringify(rows)).not.toContain('The number counts 68 Mi-171');
    const quoted = await contractsById(db, rows.map((row) => row.id));
    expect(quoted.map((record) => record.id)).toEqual(rows.map((row) => row.id));
    expect(quoted[0]!.sources[0]!.sentence).toMatch(/^The number counts 68 Mi-171 helicopters .* and 21 Ansat helicopters\.$/);
    const headline = quoted.flatMap((record) => record.sources).filter((source) => source.paragraph < 0);
    for (const source of headline) expect(seed.title).toContain(source.sentence);
    expect(quoted.every((record) => record.sources.every((source) => source.sentence !== ''))).toBe(true);
  });

  it('takes the same room whatever the length of its sentence', async () => {
    const db = freshDb();
    const clause = ', a purchase the ministry had described in its annual report as a long-awaited step that would let the army fly in the mountains'.repeat(4);
    // ids and titles of equal length, so only the sentence differs
    const short = synthetic('peru-a', 'Peru signed a contract for 24 Mi-171Sh helicopters in 2020.');
    const long = synthetic('peru-b', `Peru signed a contract for 24 Mi-171Sh helicopters in 2020${clause}.`);
    await syncBundle(db, bundle('v1', [short, long]).manifest, bundle('v1', [short, long]).fetchPack);
    const size = async (id: string) => JSON.stringify(await contractsOf(db, id)).length;
    expect(await size('peru-a')).toBeGreaterThan(0);
    // a few more digits in the sentence's end offset, nothing more
    expect(await size('peru-b')).toBeLessThanOrEqual((await size('peru-a')) + 4);
    const [record] = await contractsById(db, (await contractsOf(db, 'peru-b')).map((row) => row.id));
    expect(record!.sources[0]!.sentence.length).toBeGreaterThan(clause.length);
  });

  it('a record whose article is not stored keeps an empty sentence rather than failing the export', async () => {
    const db = freshDb();
    const peru = synthetic('peru', 'Peru signed a contract for 24 Mi-171Sh helicopters in 2020.');
    await syncBundle(db, bundle('v1', [peru]).manifest, bundle('v1', [peru]).fetchPack);
    const ids = (await contractsOf(db, 'peru')).map((row) => row.id);
    await db.articles.delete('peru');
    expect((await contractsById(db, ids)).map((record) => record.sources.map((source) => source.sentence))).toEqual([['']]);
  });
});

describe('explorerData', () => {
  /** What the explorer shows of each deal: its fields and its reports, in a fixed order. */
  const shown = (rows: DealRow[]) =>
    rows
      .map(({ id, supplier, recipient, designation, model, family, category, quantity, year, engine, status, reports }) =>
        JSON.stringify([id, supplier, recipient, designation, model, family, category, quantity, year, engine, status, reports.map((r) => [r.id, r.articleId, r.articleTitle])]),
      )
      .sort();

  it('gives every deal and claim its article\'s title, also for records an earlier version stored without one', async () => {
    const db = freshDb();
    const { manifest, fetchPack } = bundle('v1', [seed]);
    await syncBundle(db, manifest, fetchPack);
    const [first] = await allContracts(db);
    await db.contracts.put({ ...first!, articleTitle: undefined }); // as an older version stored it,
    await db.meta.delete(DEAL_TABLE_KEY); // before the explorer's table was kept
    const { table, claims, built } = await explorerData(db);
    expect(built).toBe(true);
    const rows = dealRows(table);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.flatMap((row) => row.reports.map((report) => report.articleTitle)))).toEqual(new Set([seed.title]));
    expect(claims.map((claim) => claim.articleTitle)).toEqual([seed.title]);
  });

  it('reads one stored table that stays what every stored record gives, through syncs, imports and deletions', async () => {
    const db = freshDb();
    const fromRecords = async () => shown(mergeReports(await allContracts(db)));
    const fromTable = async () => shown(dealRows((await explorerData(db)).table));
    // synthetic articles (made-up deals, not news)
    const synthetic = (id: string, text: string) =>
      packArticle(parseArticle(['---', `title: Synthetic ${id}`, 'date: 2021-03-01', 'publication: Synthetic', '---', text].join('\n'), `${id}.txt`));
    const egypt = synthetic('egypt', 'Egypt signed a contract for 12 Mi-17 helicopters in 2019.');
    const peru = synthetic('peru', 'Peru signed a contract for 24 Mi-171Sh helicopters in 2020. It also ordered 6 Ansat helicopters.');

    await syncBundle(db, bundle('v1', [seed, egypt]).manifest, bundle('v1', [seed, egypt]).fetchPack);
    expect((await db.meta.get(DEAL_TABLE_KEY))?.value).toBeDefined();
    expect((await explorerData(db)).built).toBe(false);
    expect(await fromTable()).toEqual(await fromRecords());
    expect((await fromTable()).length).toBe(6);

    const fewer: PackedArticle = { ...seed, contracts: seed.contracts.slice(0, 2), hash: `${seed.hash}-fewer` };
    await syncBundle(db, bundle('v2', [fewer, peru]).manifest, bundle('v2', [fewer, peru]).fetchPack);
    expect(await fromTable()).toEqual(await fromRecords());
    expect(shown(dealRows((await explorerData(db)).table)).join()).not.toContain('Mi-17"'); // Egypt's article left the corpus

    const [imported] = await storeImportedArticles(db, [parseArticle(['---', 'title: Synthetic import', 'date: 2021-04-01', 'publication: Synthetic', '---', 'India signed a contract for 8 Ka-226T helicopters.'].join('\n'), 'import.txt')]);
    expect(await fromTable()).toEqual(await fromRecords());
    await deleteImportedArticle(db, imported!.id);
    expect(await fromTable()).toEqual(await fromRecords());
    await resetReaderData(db);
    expect(await fromTable()).toEqual(await fromRecords());
  });

  it('keeps the table for next time when the database has none yet', async () => {
    const db = freshDb();
    await syncBundle(db, bundle('v1', [seed]).manifest, bundle('v1', [seed]).fetchPack);
    await db.meta.delete(DEAL_TABLE_KEY);
    await storeDealTable(db);
    const stored = (await db.meta.get(DEAL_TABLE_KEY))?.value as DealTable;
    expect(shown(dealRows(stored))).toEqual(shown(mergeReports(await allContracts(db))));
  });
});

describe('schema upgrade from version 2', () => {
  it('keeps the reader state and settings, and adds empty contract tables that a sync fills', async () => {
    const name = `upgrade-v2-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    deleteAfterTest(v2);
    v2.version(1).stores({ articles: 'id, date, origin, hash', readerState: 'articleId, bookmarkedAt', meta: 'key' });
    v2.version(2).stores({ settings: 'key' });
    const state = { articleId: seed.id, readAt: 1, bookmarkedAt: 2, position: 0.5, updatedAt: 2 };
    await v2.table('readerState').put(state);
    await v2.table('settings').put({ key: 'theme', value: 'dark' });
    v2.close();

    const v3 = createDb(name);
    deleteAfterTest(v3);
    await v3.open();
    expect(v3.verno).toBe(6);
    expect(await getReaderState(v3, seed.id)).toEqual(state);
    expect(await v3.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
    const { manifest, fetchPack } = bundle('v1', [seed]);
    await syncBundle(v3, manifest, fetchPack);
    expect((await allContracts(v3)).length).toBeGreaterThan(0);
    expect(await getReaderState(v3, seed.id)).toEqual(state);
  });
});

describe('schema upgrade to version 6: records with sources and evidence', () => {
  /** A version 5 database as that version shipped, holding records in the old shape (synthetic). */
  async function version5(name: string) {
    const v5 = new Dexie(name);
    v5.version(5).stores({
      articles: 'id, date, origin, hash, *tags',
      readerState: 'articleId, bookmarkedAt',
      meta: 'key',
      settings: 'key',
      contracts: 'id, source.articleId',
      claims: 'id, articleId',
      searchIndex: 'key',
    });
    const sentence = 'Laos ordered 6 Mi-17 and some S-300 systems.';
    const source = { articleId: 'imported-synthetic', paragraph: 0, start: 0, end: sentence.length, sentence };
    const base = { supplier: 'Russia', supplierOrgs: [], recipient: 'Laos', family: 'Mi-8/17', year: null, role: null, engine: null, value: null, status: 'signed', order: 0, articleTitle: 'Synthetic' };
    await v5.table('contracts').bulkPut([
      { ...base, id: 'old-1', designation: 'Mi-17', model: 'Mi-17', category: 'helicopter', quantity: 6, source },
      { ...base, id: 'old-2', designation: 'S-300', model: 'S-300', category: 'air defence', quantity: null, source },
    ]);
    const article = {
      id: 'imported-synthetic', title: 'Synthetic import', date: '2024-05-09', publication: 'Imported', url: null, tags: [],
      paragraphs: ['Laos signed a contract for 6 Mi-17 helicopters in 2024.'], comments: [], related: { previous: null, next: null },
      wordCount: 9, readingMinutes: 1, hash: 'synthetic-hash', origin: 'imported',
    };
    await v5.table('articles').put(article);
    const state = { articleId: article.id, readAt: 1, bookmarkedAt: 2, position: 0.5, updatedAt: 2 };
    await v5.table('readerState').put(state);
    await v5.table('settings').put({ key: 'theme', value: 'dark' });
    v5.close();
    return { state, article };
  }

  it('keeps every record with a number in the new shape, drops the ones without, and touches no reader data', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const { state } = await version5(name);
    const db = deleteAfterTest(createDb(name));
    await db.open();
    expect(db.verno).toBe(6);
    const rows = await db.contracts.toArray();
    expect(rows.map((row) => [row.id, row.quantity, row.articleId, row.sources.length, row.evidence])).toEqual([['old-1', 6, 'imported-synthetic', 1, []]]);
    expect(rows[0]).not.toHaveProperty('source');
    expect(await contractsOf(db, 'imported-synthetic')).toHaveLength(1);
    expect(await getReaderState(db, 'imported-synthetic')).toEqual(state);
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
  });

  it('mines imported articles again with the current extractor, once, keeping their text and reader state', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const { state, article } = await version5(name);
    const db = deleteAfterTest(createDb(name));
    const { remineImports } = await import('../../../src/lib/db/imports.ts');
    expect(await remineImports(db)).toBe(1);
    const [record] = await contractsOf(db, article.id);
    expect(record).toMatchObject({ quantity: 6, model: 'Mi-17', recipient: 'Laos', year: 2024, status: 'signed' });
    expect(record!.evidence.length).toBeGreaterThan(0);
    const stored = await db.articles.get(article.id);
    expect(stored?.paragraphs).toEqual(article.paragraphs);
    expect(await getReaderState(db, article.id)).toEqual(state);
    expect(await remineImports(db)).toBe(0);
  });
});
