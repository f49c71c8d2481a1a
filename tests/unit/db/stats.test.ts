import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toggleBookmark, markRead } from '../../../src/lib/db/reader.ts';
import { createDb, type SortieDb } from '../../../src/lib/db/schema.ts';
import { countArticles, countBookmarks, getCorpusVersion } from '../../../src/lib/db/stats.ts';

let db: SortieDb;

beforeEach(() => {
  db = createDb('test-' + crypto.randomUUID());
});

afterEach(async () => {
  await db.delete();
});

describe('stats', () => {
  it('countBookmarks counts bookmarked articles only, not every article the reader opened', async () => {
    expect(await countBookmarks(db)).toBe(0);
    await markRead(db, 'a');
    expect(await countBookmarks(db)).toBe(0);
    await toggleBookmark(db, 'a');
    await toggleBookmark(db, 'b');
    expect(await countBookmarks(db)).toBe(2);
    await toggleBookmark(db, 'a');
    expect(await countBookmarks(db)).toBe(1);
  });

  it('getCorpusVersion is null before the first sync, then the synced version', async () => {
    expect(await getCorpusVersion(db)).toBeNull();
    await db.meta.put({ key: 'corpusVersion', value: 'corpus-7' });
    expect(await getCorpusVersion(db)).toBe('corpus-7');
  });

  it('countArticles counts stored articles', async () => {
    expect(await countArticles(db)).toBe(0);
    // Synthetic rows: only the primary key matters to a count.
    await db.articles.bulkPut([{ id: 'a' }, { id: 'b' }] as never[]);
    expect(await countArticles(db)).toBe(2);
  });
});
