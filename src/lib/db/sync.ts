import type { ContentManifest, ContentPack, PackedArticle, PackRef } from '../content/article.ts';
import { articleRow, removeContractsOf, replaceContractsOf } from './contracts.ts';
import { changeTagSummary, storeTagSummary, TAG_SUMMARY_KEY } from './reader.ts';
import type { SortieDb, StoredArticle } from './schema.ts';

/** What one call to `syncBundle` did. */
export interface SyncReport {
  /** The manifest version the database now holds. */
  version: string;
  /** Articles added or rewritten. */
  written: number;
  /** Bundled articles deleted because the corpus no longer has them. */
  removed: number;
  packsFetched: number;
  /** True when the database already held this version and nothing was done. */
  skipped: boolean;
}

/** A pack as last synced: its hash and ids, so an unchanged pack need not be fetched again. */
export interface SyncedPack {
  hash: string;
  ids: string[];
}

const VERSION_KEY = 'corpusVersion';
const PACKS_KEY = 'packs';
/** After the newest pack, how many packs a first sync stores in one transaction. */
const PACKS_PER_BATCH = 8;

/** How far a first sync has come, in articles. */
export type SyncProgress = (stored: number, total: number) => void;

/**
 * Brings the bundled articles in `db` up to `manifest`, fetching only packs it has not seen.
 * Reader state is never touched, and articles the reader imported are never replaced or removed.
 *
 * The first sync on a device stores the newest pack first, in a transaction of its own, then
 * the rest a few packs per transaction, so the newest articles can be read while the rest are
 * stored, and `onProgress` hears of each step;
 * cut short (the tab closed, the network gone), it goes on from the packs already stored the
 * next time. A later sync, an update of content already stored, is all or nothing.
 */
export async function syncBundle(
  db: SortieDb,
  manifest: ContentManifest,
  fetchPack: (ref: PackRef) => Promise<ContentPack>,
  onProgress?: SyncProgress,
): Promise<SyncReport> {
  const [versionRow, packsRow, tagsRow] = await db.meta.bulkGet([VERSION_KEY, PACKS_KEY, TAG_SUMMARY_KEY]);
  const storedVersion = versionRow?.value;
  if (storedVersion === manifest.version) {
    // a database stored before the tag summary was kept gets one, once
    if (!tagsRow) await db.transaction('rw', [db.articles, db.meta], () => storeTagSummary(db));
    return skipped(manifest.version);
  }
  const knownIds = new Map(readSyncedPacks(packsRow?.value).map((pack) => [pack.hash, pack.ids]));
  if (storedVersion === undefined) return firstSync(db, manifest, fetchPack, knownIds, onProgress);

  const toFetch = manifest.packs.filter((ref) => !knownIds.has(ref.hash));
  // All network work happens here, before the transaction: an await on anything but
  // IndexedDB inside it would let the transaction commit early.
  const fetched = await Promise.all(toFetch.map((ref) => loadPack(ref, fetchPack)));
  for (const [i, pack] of fetched.entries()) {
    knownIds.set(toFetch[i]!.hash, pack.articles.map((article) => article.id));
  }

  return db.transaction('rw', [db.articles, db.contracts, db.claims, db.meta], async () => {
    const current = (await db.meta.get(VERSION_KEY))?.value;
    if (current === manifest.version) return skipped(manifest.version, fetched.length);
    // Another sync finished since we read meta: the articles of packs we did not fetch
    // may no longer be in the database, so trusting them would leave holes.
    if (current !== storedVersion) {
      throw new Error(`Content sync to ${manifest.version} raced with another sync; run it again`);
    }
    const written = await writeArticles(db, fetched.flatMap((pack) => pack.articles));
    const removed = await finish(db, manifest, knownIds);
    return { version: manifest.version, written, removed, packsFetched: fetched.length, skipped: false };
  });
}

/** The first sync on a device: newest pack first, a transaction each, from where the last one stopped. */
async function firstSync(
  db: SortieDb,
  manifest: ContentManifest,
  fetchPack: (ref: PackRef) => Promise<ContentPack>,
  knownIds: Map<string, string[]>,
  onProgress?: SyncProgress,
): Promise<SyncReport> {
  const total = manifest.packs.reduce((sum, ref) => sum + ref.count, 0);
  let stored = manifest.packs.filter((ref) => knownIds.has(ref.hash)).reduce((sum, ref) => sum + ref.count, 0);
  onProgress?.(stored, total);
  // packs are oldest first: the newest is stored first, on its own, for the first screen; the
  // rest a few packs at a time (each transaction, and each view's read after it, has a cost)
  const toFetch = manifest.packs.filter((ref) => !knownIds.has(ref.hash)).reverse();
  const batches = toFetch.length === 0 ? [] : [toFetch.slice(0, 1)];
  for (let i = 1; i < toFetch.length; i += PACKS_PER_BATCH) batches.push(toFetch.slice(i, i + PACKS_PER_BATCH));
  const load = (batch: PackRef[]) => {
    const loading = Promise.all(batch.map((ref) => loadPack(ref, fetchPack)));
    // a failed fetch is reported when its batch's turn comes, not as an unhandled rejection now
    loading.catch(() => undefined);
    return loading;
  };
  let written = 0;
  let fetched = 0;
  // the next batch is fetched while this one is written
  let next = batches.length > 0 ? load(batches[0]!) : null;
  for (const [i, batch] of batches.entries()) {
    const packs = await next!;
    next = i + 1 < batches.length ? load(batches[i + 1]!) : null;
    const done = await db.transaction('rw', [db.articles, db.contracts, db.claims, db.meta], async () => {
      // another tab finished the first sync meanwhile: nothing left to do here
      if ((await db.meta.get(VERSION_KEY))?.value !== undefined) return false;
      const articles = packs.flatMap((pack) => pack.articles);
      written += await writeArticles(db, articles);
      const hashes = new Set(batch.map((ref) => ref.hash));
      const synced = readSyncedPacks((await db.meta.get(PACKS_KEY))?.value).filter((p) => !hashes.has(p.hash));
      const added = batch.map((ref, k) => ({ hash: ref.hash, ids: packs[k]!.articles.map((a) => a.id) }));
      await db.meta.put({ key: PACKS_KEY, value: [...synced, ...added] });
      return true;
    });
    fetched += batch.length;
    if (!done) return skipped(manifest.version, fetched);
    for (const [k, ref] of batch.entries()) {
      knownIds.set(ref.hash, packs[k]!.articles.map((article) => article.id));
      stored += ref.count;
    }
    onProgress?.(stored, total);
    // let the views read what was just stored before the next write is queued: IndexedDB runs
    // transactions on the same tables in the order they were made, so a view's read made after
    // the next write would wait for it, and for the one after, until the sync ended
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return db.transaction('rw', [db.articles, db.contracts, db.claims, db.meta], async () => {
    if ((await db.meta.get(VERSION_KEY))?.value !== undefined) return skipped(manifest.version, fetched);
    const removed = await finish(db, manifest, knownIds);
    return { version: manifest.version, written, removed, packsFetched: fetched, skipped: false };
  });
}

/**
 * Writes the articles that are new or changed (by their hash), never one the reader imported,
 * and updates the tag summary by them; inside the caller's transaction. Of the articles stored
 * before, only keys are read, and the rows of those it replaces. Returns how many it wrote.
 */
async function writeArticles(db: SortieDb, articles: readonly PackedArticle[]): Promise<number> {
  const incoming = new Map(articles.map((article) => [article.id, article]));
  const unchanged = new Set<string>();
  await db.articles
    .where('hash')
    .anyOf([...incoming.values()].map((a) => a.hash))
    .eachKey((hash, cursor) => {
      const id = cursor.primaryKey;
      if (incoming.get(id)?.hash === hash) unchanged.add(id);
    });
  const imported = new Set(await db.articles.where('origin').equals('imported').primaryKeys());
  const changed = [...incoming.values()].filter((article) => !unchanged.has(article.id) && !imported.has(article.id));
  if (changed.length === 0) return 0;
  const replaced = (await db.articles.bulkGet(changed.map((article) => article.id))).filter((row) => row !== undefined);
  await db.articles.bulkPut(changed.map((article) => articleRow(article, 'bundled')));
  await replaceContractsOf(db, changed);
  await changeTagSummary(db, replaced, changed);
  return changed.length;
}

/**
 * Removes the bundled articles `manifest` no longer has and records it as stored, with the ids
 * of each of its packs (`knownIds`, by pack hash); returns how many articles were removed.
 */
async function finish(db: SortieDb, manifest: ContentManifest, knownIds: Map<string, string[]>): Promise<number> {
  const packs: SyncedPack[] = manifest.packs.map((ref) => ({ hash: ref.hash, ids: knownIds.get(ref.hash)! }));
  const corpusIds = new Set(packs.flatMap((pack) => pack.ids));
  const bundled = await db.articles.where('origin').equals('bundled').primaryKeys();
  const toRemove = bundled.filter((id) => !corpusIds.has(id));
  const removed = (await db.articles.bulkGet(toRemove)).filter((row) => row !== undefined);
  await db.articles.bulkDelete(toRemove);
  await removeContractsOf(db, toRemove);
  await changeTagSummary(db, removed, []);
  await db.meta.bulkPut([
    { key: VERSION_KEY, value: manifest.version },
    { key: PACKS_KEY, value: packs },
  ]);
  return toRemove.length;
}

function skipped(version: string, packsFetched = 0): SyncReport {
  return { version, written: 0, removed: 0, packsFetched, skipped: true };
}

async function loadPack(
  ref: PackRef,
  fetchPack: (ref: PackRef) => Promise<ContentPack>,
): Promise<ContentPack> {
  let pack: unknown;
  try {
    pack = await fetchPack(ref);
  } catch (cause) {
    // a pack that arrived but is not JSON is broken, not missing
    if (cause instanceof SyntaxError) throw new Error(`Content pack ${ref.file} is malformed: not valid JSON`, { cause });
    throw new Error(`Content pack ${ref.file} could not be fetched`, { cause });
  }
  const problem = packProblem(pack, ref);
  if (problem) throw new Error(`Content pack ${ref.file} is malformed: ${problem}`);
  return pack as ContentPack;
}

/** Checks what the sync relies on; the articles themselves were validated by the build. */
function packProblem(pack: unknown, ref: PackRef): string | null {
  if (typeof pack !== 'object' || pack === null) return 'not an object';
  const articles = (pack as { articles?: unknown }).articles;
  if (!Array.isArray(articles)) return 'no articles array';
  if (articles.length !== ref.count) {
    return `holds ${articles.length} articles, manifest says ${ref.count}`;
  }
  const index = articles.findIndex((a: unknown) => !hasIdAndHash(a));
  if (index !== -1) return `article ${index} has no string id and hash`;
  const bare = articles.findIndex((a: { contracts?: unknown; claims?: unknown }) => !Array.isArray(a.contracts) || !Array.isArray(a.claims));
  if (bare !== -1) return `article ${bare} carries no contracts and claims arrays`;
  return null;
}

function hasIdAndHash(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { id, hash } = value as { id?: unknown; hash?: unknown };
  return typeof id === 'string' && id !== '' && typeof hash === 'string' && hash !== '';
}

/** Reads the `packs` meta row; anything unexpected means "no packs known": fetch them all. */
function readSyncedPacks(value: unknown): SyncedPack[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (pack): pack is SyncedPack =>
      typeof pack === 'object' &&
      pack !== null &&
      typeof pack.hash === 'string' &&
      Array.isArray(pack.ids) &&
      pack.ids.every((id: unknown) => typeof id === 'string'),
  );
}
