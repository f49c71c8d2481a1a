import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { followArticleChanges } from '../../../src/lib/search/search-state.svelte.ts';
import { freshDb } from '../fresh-db.ts';

describe('the search index following the stored articles', () => {
  it('is refreshed after every committed write to the articles, and not after other writes', async () => {
    const db = freshDb();
    await db.open();
    const refresh = vi.fn();
    const stop = followArticleChanges(db, refresh);

    await db.readerState.put({ articleId: 'a', readAt: 1, bookmarkedAt: null, position: 0, updatedAt: 1 });
    await db.meta.put({ key: 'x', value: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(refresh).not.toHaveBeenCalled();

    await db.articles.put({ id: 'a', hash: 'h', title: 'T', date: '2021-01-01', origin: 'imported' } as never);
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    await db.articles.delete('a');
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(2));

    stop();
    await db.articles.put({ id: 'b', hash: 'h2', title: 'T', date: '2021-01-01', origin: 'imported' } as never);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('does not hear another database’s articles', async () => {
    const db = freshDb();
    const other = freshDb();
    const refresh = vi.fn();
    const stop = followArticleChanges(db, refresh);
    await other.articles.put({ id: 'a', hash: 'h', title: 'T', date: '2021-01-01', origin: 'imported' } as never);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(refresh).not.toHaveBeenCalled();
    stop();
  });
});
