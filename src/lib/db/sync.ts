import type { ContentManifest, ContentPack, PackedArticle, PackRef } from '../content/article.ts';
import { articleRow, removeContractsOf, replaceContractsOf } from './contracts.ts';
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

/**
 * Brings the bundled articles in `db` up to `manifest`, fetching only packs it has not seen.
 * Reader state is never touched, and articles the reader imported are never replaced or removed.
 */
export async function syncBundle(
  db: SortieDb,
  manifest: ContentManifest,
  fetchPack: (ref: PackRef) => Promise<ContentPack>,
): Promise<SyncReport> {
  const [versionRow, packsRow] = await db.meta.bulkGet([VERSION_KEY, PACKS_KEY]);
  const storedVersion = versionRow?.value;
  if (storedVersion === manifest.version) return skipped(manifest.version);

  const knownIds = new Map(readSyncedPacks(packsRow?.value).map((pack) => [pack.hash, pack.ids]));
  const toFetch = manifest.packs.filter((ref) => !knownIds.has(ref.hash));
  // All network work happens here, before the transaction: an await on anything but
  // IndexedDB inside it would let the transaction commit early.
  const fetched = await Promise.all(toFetch.map((ref) => loadPack(ref, fetchPack)));
  for (const [i, pack] of fetched.entries()) {
    knownIds.set(toFetch[i]!.hash, pack.articles.map((article) => article.id));
  }

  const incoming = new Map<string, PackedArticle>();
  for (const pack of fetched) {
    for (const article of pack.articles) incoming.set(article.id, article);
  }
  const packs: SyncedPack[] = manifest.packs.map((ref) => ({
    hash: ref.hash,
    ids: knownIds.get(ref.hash)!,
  }));
  const corpusIds = new Set(packs.flatMap((pack) => pack.ids));

  return db.transaction('rw', [db.articles, db.contracts, db.claims, db.meta], async () => {
    const current = (await db.meta.get(VERSION_KEY))?.value;
    if (current === manifest.version) return skipped(manifest.version, fetched.length);
    // Another sync finished since we read meta: the articles of packs we did not fetch
    // may no longer be in the database, so trusting them would leave holes.
    if (current !== storedVersion) {
      throw new Error(`Content sync to ${manifest.version} raced with another sync; run it again`);
    }

    // Only keys are read (the hash index and the origin index), never article bodies.
    const unchanged = new Set<string>();
    await db.articles
      .where('hash')
      .anyOf([...incoming.values()].map((a) => a.hash))
      .eachKey((hash, cursor) => {
        const id = cursor.primaryKey;
        if (incoming.get(id)?.hash === hash) unchanged.add(id);
      });
    const imported = new Set(await db.articles.where('origin').equals('imported').primaryKeys());
    const bundled = await db.articles.where('origin').equals('bundled').primaryKeys();

    const changed: PackedArticle[] = [];
    for (const article of incoming.values()) {
      if (!unchanged.has(article.id) && !imported.has(article.id)) changed.push(article);
    }
    const toWrite: StoredArticle[] = changed.map((article) => articleRow(article, 'bundled'));
    const toRemove = bundled.filter((id) => !corpusIds.has(id));

    await db.articles.bulkPut(toWrite);
    await replaceContractsOf(db, changed);
    await db.articles.bulkDelete(toRemove);
    await removeContractsOf(db, toRemove);
    await db.meta.bulkPut([
      { key: VERSION_KEY, value: manifest.version },
      { key: PACKS_KEY, value: packs },
    ]);
    return {
      version: manifest.version,
      written: toWrite.length,
      removed: toRemove.length,
      packsFetched: fetched.length,
      skipped: false,
    };
  });
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
