import type { ReaderState, SortieDb, StoredArticle } from './schema.ts';

/** An article as the Latest list shows it: no body, plus the reader's read and bookmark marks. */
export interface ArticleSummary
  extends Pick<
    StoredArticle,
    'id' | 'title' | 'date' | 'publication' | 'tags' | 'readingMinutes' | 'wordCount' | 'origin'
  > {
  read: boolean;
  bookmarked: boolean;
}

/** One page of a list; `next` is passed back as `after` for the following page, null at the end. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

export function getArticle(db: SortieDb, id: string): Promise<StoredArticle | undefined> {
  return db.articles.get(id);
}

export function getReaderState(db: SortieDb, id: string): Promise<ReaderState | undefined> {
  return db.readerState.get(id);
}

/** Records that the reader opened the article; the first time is kept. */
export async function markRead(db: SortieDb, id: string): Promise<void> {
  await updateReaderState(db, id, (state) =>
    state.readAt === null ? { ...state, readAt: Date.now() } : null,
  );
}

/** Remembers how far down the article the reader was, clamped to 0 (top) … 1 (end). */
export async function savePosition(db: SortieDb, id: string, position: number): Promise<void> {
  if (Number.isNaN(position)) throw new RangeError(`Reading position for ${id} is NaN`);
  const clamped = Math.min(1, Math.max(0, position));
  await updateReaderState(db, id, (state) => ({ ...state, position: clamped }));
}

/** Bookmarks the article, or removes its bookmark; resolves to whether it is now bookmarked. */
export async function toggleBookmark(db: SortieDb, id: string): Promise<boolean> {
  const state = await updateReaderState(db, id, (state) => ({
    ...state,
    bookmarkedAt: state.bookmarkedAt === null ? Date.now() : null,
  }));
  return state.bookmarkedAt !== null;
}

/** Articles newest first, a page at a time, each joined with the reader's marks. */
export async function listArticles(
  db: SortieDb,
  { limit, after, tag }: { limit: number; after?: string | null; tag?: string | null },
): Promise<Page<ArticleSummary>> {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`Page size ${limit} is not a positive integer`);
  }
  const from = after == null ? null : decodeCursor(after);

  return db.transaction('r', db.articles, db.readerState, async () => {
    // Keyset paging on (date, id), the date index's own order, so a page does not
    // shift when articles are added or removed between requests.
    const rows = tag
      ? await taggedPage(db, tag, from, limit + 1)
      : await (from
          ? db.articles
              .where('date')
              .belowOrEqual(from.date)
              .reverse()
              .filter((a) => a.date < from.date || a.id < from.id)
          : db.articles.orderBy('date').reverse()
        ).limit(limit + 1).toArray();
    const items = rows.slice(0, limit);
    const states = await db.readerState.bulkGet(items.map((a) => a.id));
    const last = items.at(-1);
    return {
      items: items.map((article, i) => summarise(article, states[i])),
      next: rows.length > limit && last ? encodeCursor(last) : null,
    };
  });
}

/**
 * The articles the reader bookmarked, most recently saved first. A bookmark whose article is
 * not stored (yet, or any more) stays in the database but is not listed.
 */
export function listBookmarked(db: SortieDb, { limit = Infinity }: { limit?: number } = {}): Promise<ArticleSummary[]> {
  return db.transaction('r', db.articles, db.readerState, async () => {
    // Rows without a bookmark hold null, which IndexedDB leaves out of the index. Read in
    // chunks, newest first, until `limit` stored articles are found: thousands of bookmarks
    // (some for articles not on this device) never read thousands of article bodies for a page.
    const chunk = Number.isFinite(limit) ? limit + 1 : 500;
    const found: ArticleSummary[] = [];
    for (let offset = 0; found.length < limit; offset += chunk) {
      const states = await db.readerState.orderBy('bookmarkedAt').reverse().offset(offset).limit(chunk).toArray();
      if (states.length === 0) break;
      const articles = await db.articles.bulkGet(states.map((state) => state.articleId));
      for (const [i, article] of articles.entries()) if (article && found.length < limit) found.push(summarise(article, states[i]));
    }
    return found;
  });
}

/**
 * One page of the articles with a tag, newest first. A multi-entry index cannot be compound
 * with the date, so the tag index gives the ids (keys only), and the date index, walked newest
 * first (keys only too), gives their order until the page is full: only the page's articles
 * are read whole, however many carry the tag.
 */
async function taggedPage(
  db: SortieDb,
  tag: string,
  from: { date: string; id: string } | null,
  count: number,
): Promise<StoredArticle[]> {
  const tagged = new Set(await db.articles.where('tags').equals(tag).primaryKeys());
  const ids: string[] = [];
  const dates = from ? db.articles.where('date').belowOrEqual(from.date) : db.articles.orderBy('date');
  await dates
    .reverse()
    .until(() => ids.length >= count)
    .eachKey((date, cursor) => {
      const id = cursor.primaryKey as string;
      if (ids.length >= count || !tagged.has(id)) return;
      if (from && !(date < from.date || (date === from.date && id < from.id))) return;
      ids.push(id);
    });
  return (await db.articles.bulkGet(ids)).filter((article): article is StoredArticle => article !== undefined);
}

/** The tags of the stored articles with how many carry each (most used first), and how many articles there are. */
export interface TagSummary {
  total: number;
  tags: { tag: string; count: number }[];
}

/** The meta row that keeps the tag summary, rewritten by every write to the articles. */
export const TAG_SUMMARY_KEY = 'tagSummary';

/** Counts the tags in one pass over the tags index (its keys only, no article bodies). */
export async function countTags(db: SortieDb): Promise<TagSummary> {
  return db.transaction('r', db.articles, async () => {
    const counts = new Map<string, number>();
    for (const tag of (await db.articles.orderBy('tags').keys()) as string[]) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return summaryOf(counts, await db.articles.count());
  });
}

/** A summary from counts by tag: most used first, then by name. */
function summaryOf(counts: ReadonlyMap<string, number>, total: number): TagSummary {
  const tags = [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  return { total, tags };
}

/**
 * Stores the tag summary afresh, counting every article's tags: for a database that has none
 * yet and after a reset. Other writes change it with `changeTagSummary`. A start then reads one
 * row for the tag filter, whatever the corpus size. Call with the meta table in scope.
 */
export async function storeTagSummary(db: SortieDb): Promise<void> {
  await db.meta.put({ key: TAG_SUMMARY_KEY, value: await countTags(db) });
}

/** The tags of one article, as the summary counts them: each tag once. */
type Tagged = { tags: readonly string[] };

/**
 * Brings the stored tag summary up to date after articles were written or deleted, from the
 * tags they had before (`before`: the rows replaced or deleted) and have now (`after`: the rows
 * written); no other article's tags are read, so a write costs the same whatever the corpus
 * size. Call inside the transaction that changed them, after the change, with `meta` in scope.
 * A database with no summary yet (from before it was kept) gets one counted afresh.
 */
export async function changeTagSummary(db: SortieDb, before: readonly Tagged[], after: readonly Tagged[]): Promise<void> {
  if (before.length === 0 && after.length === 0) return;
  const row = await db.meta.get(TAG_SUMMARY_KEY);
  if (!isTagSummary(row?.value)) return storeTagSummary(db);
  const counts = new Map(row.value.tags.map(({ tag, count }) => [tag, count]));
  for (const article of before) {
    for (const tag of new Set(article.tags)) {
      const count = (counts.get(tag) ?? 0) - 1;
      if (count > 0) counts.set(tag, count);
      else counts.delete(tag);
    }
  }
  for (const article of after) for (const tag of new Set(article.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  await db.meta.put({ key: TAG_SUMMARY_KEY, value: summaryOf(counts, row.value.total - before.length + after.length) });
}

/** The tag summary: the stored one, or counted now when none is stored yet (a database from before it). */
export async function tagSummary(db: SortieDb): Promise<TagSummary> {
  const row = await db.meta.get(TAG_SUMMARY_KEY);
  return isTagSummary(row?.value) ? row.value : countTags(db);
}

function isTagSummary(value: unknown): value is TagSummary {
  return typeof value === 'object' && value !== null && typeof (value as TagSummary).total === 'number' && Array.isArray((value as TagSummary).tags);
}

/** Every tag on a stored article, with how many articles carry it, most used first. */
export async function listTags(db: SortieDb): Promise<{ tag: string; count: number }[]> {
  return (await countTags(db)).tags;
}

function summarise(article: StoredArticle, state: ReaderState | undefined): ArticleSummary {
  const { id, title, date, publication, tags, readingMinutes, wordCount, origin } = article;
  return {
    id,
    title,
    date,
    publication,
    tags,
    readingMinutes,
    wordCount,
    origin,
    read: state?.readAt != null,
    bookmarked: state?.bookmarkedAt != null,
  };
}

function encodeCursor(article: StoredArticle): string {
  return JSON.stringify([article.date, article.id]);
}

function decodeCursor(cursor: string): { date: string; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(cursor);
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    typeof parsed[1] !== 'string'
  ) {
    throw new RangeError(`Not a page cursor: ${cursor}`);
  }
  return { date: parsed[0], id: parsed[1] };
}

/**
 * Reads, changes and writes one reader-state row in a transaction, creating it with defaults.
 * `change` returns null when there is nothing to write.
 */
async function updateReaderState(
  db: SortieDb,
  id: string,
  change: (state: ReaderState) => ReaderState | null,
): Promise<ReaderState> {
  return db.transaction('rw', db.readerState, async () => {
    const state = (await db.readerState.get(id)) ?? {
      articleId: id,
      readAt: null,
      bookmarkedAt: null,
      position: 0,
      updatedAt: 0,
    };
    const next = change(state);
    if (!next) return state;
    const updated = { ...next, updatedAt: Date.now() };
    await db.readerState.put(updated);
    return updated;
  });
}
