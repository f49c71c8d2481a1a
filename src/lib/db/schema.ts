import Dexie, { type EntityTable } from 'dexie';
import type { Article } from '../content/article.ts';
import type { ClaimedTotal, PackedMention, PackedRecord } from '../content/contract.ts';

/** An article as stored: the parsed article plus where it came from. */
export interface StoredArticle extends Article {
  /** `bundled` articles come and go with the corpus; `imported` ones belong to the reader. */
  origin: 'bundled' | 'imported';
  /** Deals the article names with no number: marked in its text, not explorer rows. */
  mentions?: PackedMention[];
  /** For an imported article, the extractor version its records were mined with (absent: before version 2). */
  extractor?: number;
}

/** The reader's own state for one article, kept apart so a content sync never touches it. */
export interface ReaderState {
  articleId: string;
  /** When the reader first opened the article; null while unread. */
  readAt: number | null;
  /** When the reader bookmarked it; null when not bookmarked (and then not indexed). */
  bookmarkedAt: number | null;
  /** How far down the article the reader was, 0 (top) to 1 (end). */
  position: number;
  updatedAt: number;
}

/** One key/value row of bookkeeping, such as the corpus version last synced. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** One of the reader's preferences; `lib/db/preferences.ts` validates what comes back. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * A contract record as stored, keyed by `recordId` (article, paragraph, sentence, model, index).
 * Its sources are offsets into its article (rows stored before version 24 of the extractor also
 * carry the sentence, which nothing reads); `withSentences` reads the sentences from the article.
 */
export interface StoredContract extends PackedRecord {
  id: string;
  /** The article it was mined from (its sources are all in it): the index "the records of this article" uses. */
  articleId: string;
  /** Position among its article's records, in reading order (several can share a sentence). */
  order: number;
  /** Its article's title, copied so the explorer never reads article bodies to show it. */
  articleTitle?: string;
}

/** A total an article claims, stored beside its records for the "claimed vs counted" check. */
export interface StoredClaim extends ClaimedTotal {
  id: string;
  /** Its article's title, as on the records. */
  articleTitle?: string;
}

/** The search index as last saved (`lib/search`): the engine's JSON and the article hashes it covers. */
export interface SearchIndexRow {
  key: string;
  /** The index format it was built with; another format is rebuilt, not loaded. */
  format: number;
  engine: string;
  hashes: Record<string, string>;
}

/** The app's one IndexedDB database. */
export type SortieDb = Dexie & {
  articles: EntityTable<StoredArticle, 'id'>;
  readerState: EntityTable<ReaderState, 'articleId'>;
  meta: EntityTable<MetaRow, 'key'>;
  settings: EntityTable<SettingRow, 'key'>;
  contracts: EntityTable<StoredContract, 'id'>;
  claims: EntityTable<StoredClaim, 'id'>;
  searchIndex: EntityTable<SearchIndexRow, 'key'>;
};

/** Opens (lazily) a Sortie database; tests pass their own name to stay isolated. */
export function createDb(name = 'sortie'): SortieDb {
  const db = new Dexie(name) as SortieDb;
  db.version(1).stores({
    // date: the Latest list's order; origin: which rows a sync may remove; hash: change detection.
    articles: 'id, date, origin, hash',
    readerState: 'articleId, bookmarkedAt',
    meta: 'key',
  });
  // Version 1 stays as it shipped: Dexie upgrades an existing database in place and keeps
  // every table a later version does not mention.
  db.version(2).stores({
    settings: 'key',
  });
  // The explorer reads every record and filters in memory (thousands of rows, not millions);
  // only "the records of this article" is a query, for the article view and for syncs.
  db.version(3).stores({
    contracts: 'id, source.articleId',
    claims: 'id, articleId',
  });
  // Search keeps its index here so it is not rebuilt on every start; no field is queried.
  db.version(4).stores({
    searchIndex: 'key',
  });
  // *tags (multi-entry): the Latest list filtered by one tag.
  db.version(5).stores({
    articles: 'id, date, origin, hash, *tags',
  });
  // Records carry every sentence that tells them (`sources`) and their `evidence`, and always
  // a quantity. Old rows are converted in place; a row with no quantity was a mention, not a
  // deal, and goes. Reader data is not touched. Imported articles are mined again, lazily, by
  // the current extractor (`remineImports`), because a bundled corpus re-syncs by itself.
  db.version(6)
    .stores({ contracts: 'id, articleId' })
    .upgrade(async (tx) => {
      const contracts = tx.table('contracts');
      const old = (await contracts.toArray()) as (Partial<StoredContract> & { source?: StoredContract['sources'][number]; id: string })[];
      await contracts.clear();
      await contracts.bulkPut(
        old.flatMap(({ source, ...row }) => {
          const sources = row.sources ?? (source ? [source] : []);
          if (typeof row.quantity !== 'number' || sources.length === 0) return [];
          return [{ ...row, sources, evidence: row.evidence ?? [], articleId: row.articleId ?? sources[0]!.articleId }];
        }),
      );
    });
  return db;
}

export const db = createDb();
