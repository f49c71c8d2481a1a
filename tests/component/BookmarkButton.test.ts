import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import BookmarkButton from '../../src/lib/components/BookmarkButton.svelte';
import ArticleView from '../../src/views/ArticleView.svelte';
import { getReaderState, toggleBookmark } from '../../src/lib/db/reader.ts';
import { db } from '../../src/lib/db/schema.ts';
import { library } from '../../src/lib/state/library.svelte.ts';
import { bundleOf, seedArticle } from './fixtures.ts';
import { removeStorageStub, stubStorage, type StorageStub } from './storage-stub.ts';

const seed = seedArticle();
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
let storage: StorageStub;

beforeEach(async () => {
  await Promise.all([db.articles.clear(), db.readerState.clear(), db.meta.clear()]);
  storage = stubStorage();
});

afterEach(() => {
  cleanup();
  removeStorageStub();
});

describe('Bookmark button', () => {
  test('in the article, saves and unsaves it, showing which and storing it', async () => {
    await library.sync(bundleOf([seed]));
    render(ArticleView, { id: seed.id });
    const button = await screen.findByRole('button', { name: 'Save' });
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await fireEvent.click(button);
    const saved = await screen.findByRole('button', { name: 'Saved' });
    expect(saved).toHaveAttribute('aria-pressed', 'true');
    expect((await getReaderState(db, seed.id))?.bookmarkedAt).toBeTypeOf('number');

    await fireEvent.click(saved);
    expect(await screen.findByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'false');
    expect((await getReaderState(db, seed.id))?.bookmarkedAt).toBeNull();
  });

  test('the first bookmark asks the browser to keep storage', async () => {
    render(BookmarkButton, { articleId: 'synthetic-a', bookmarked: false });
    await settle();
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(async () => expect((await getReaderState(db, 'synthetic-a'))?.bookmarkedAt).toBeTypeOf('number'));
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  test('the first bookmark asks even when clicked before the bookmark count is known', async () => {
    render(BookmarkButton, { articleId: 'synthetic-a', bookmarked: false });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalledOnce());
  });

  test('a second bookmark does not ask again', async () => {
    await toggleBookmark(db, 'synthetic-first');
    render(BookmarkButton, { articleId: 'synthetic-second', bookmarked: false });
    await settle();
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(async () =>
      expect((await getReaderState(db, 'synthetic-second'))?.bookmarkedAt).toBeTypeOf('number'),
    );
    await settle();
    expect(storage.persist).not.toHaveBeenCalled();
  });

  test('removing a bookmark does not ask', async () => {
    await toggleBookmark(db, 'synthetic-a');
    render(BookmarkButton, { articleId: 'synthetic-a', bookmarked: true });
    await settle();
    await fireEvent.click(screen.getByRole('button', { name: 'Saved' }));
    await vi.waitFor(async () => expect((await getReaderState(db, 'synthetic-a'))?.bookmarkedAt).toBeNull());
    await settle();
    expect(storage.persist).not.toHaveBeenCalled();
  });
});
