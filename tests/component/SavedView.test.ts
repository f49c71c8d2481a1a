import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import SavedView from '../../src/views/SavedView.svelte';
import { toggleBookmark } from '../../src/lib/db/reader.ts';
import { db } from '../../src/lib/db/schema.ts';
import { library } from '../../src/lib/state/library.svelte.ts';
import { bundleOf, seedArticle } from './fixtures.ts';

const seed = seedArticle();
/** Synthetic companions to the seed: test data, not news. */
const older = { ...seed, id: 'synthetic-older', title: 'Synthetic older article', date: '2019-05-01' };
const unsaved = { ...seed, id: 'synthetic-unsaved', title: 'Synthetic unsaved article', date: '2021-01-01' };

beforeEach(async () => {
  await Promise.all([db.articles.clear(), db.readerState.clear(), db.meta.clear()]);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Saved', () => {
  test('has a focusable heading and says it is loading, not empty, before the bookmarks arrive', async () => {
    void library.sync({ fetchManifest: () => new Promise(() => {}), fetchPack: () => new Promise(() => {}) });
    render(SavedView);
    expect(screen.getByRole('heading', { level: 1, name: 'Saved' })).toHaveAttribute('tabindex', '-1');
    expect(await screen.findByRole('status')).toHaveTextContent('Loading saved articles');
    expect(screen.queryByText(/nothing saved/i)).toBeNull();
  });

  test('says so, and that nothing was deleted, when the database cannot be opened, instead of loading for ever', async () => {
    // what Chromium gives every read on a device with no free space left
    const failure = new Dexie.DatabaseClosedError('UnknownError Internal error opening backing store for indexedDB.open.');
    vi.spyOn(db.readerState, 'orderBy').mockImplementation(() => {
      throw failure;
    });
    render(SavedView);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your saved articles cannot be shown right now: this device is out of storage space, and Sortie needs a little room to open its database. Nothing has been deleted',
    );
    expect(screen.queryByText('Loading saved articles…')).toBeNull();
    vi.restoreAllMocks();
  });

  test('lists the bookmarked articles, most recently saved first, and only those', async () => {
    await library.sync(bundleOf([seed, older, unsaved]));
    vi.useFakeTimers({ now: 1_000, toFake: ['Date'] });
    await toggleBookmark(db, seed.id);
    vi.setSystemTime(2_000);
    await toggleBookmark(db, older.id); // saved after the seed, though written earlier
    vi.useRealTimers();

    render(SavedView);
    const list = await screen.findByRole('list', { name: '' });
    const titles = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual([older.title, seed.title]);
    expect(screen.getByRole('link', { name: seed.title })).toHaveAttribute('href', `/article/${seed.id}`);
    expect(screen.queryByText(unsaved.title)).toBeNull();
  });

  test('an article saved while the view is open appears, and one unsaved goes', async () => {
    await library.sync(bundleOf([seed, older]));
    await toggleBookmark(db, seed.id);
    render(SavedView);
    await screen.findByRole('link', { name: seed.title });

    await toggleBookmark(db, older.id);
    expect(await screen.findByRole('link', { name: older.title })).toBeInTheDocument();
    await toggleBookmark(db, seed.id);
    await vi.waitFor(() => expect(screen.queryByRole('link', { name: seed.title })).toBeNull());
  });

  test('says how to save an article when nothing is saved', async () => {
    await library.sync(bundleOf([seed]));
    render(SavedView);
    expect(
      await screen.findByText('Nothing saved yet. Tap Save on an article to keep it here.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('shows 20 saved articles at a time, skipping bookmarks for articles not stored, with Show more for the rest', async () => {
    // 25 synthetic articles, all bookmarked, and 40 bookmarks for articles this device lacks
    const many = Array.from({ length: 25 }, (_, i) => ({ ...seed, id: `synthetic-${i}`, title: `Synthetic saved ${i}`, hash: `h${i}` }));
    await library.sync(bundleOf(many, 'many-saved'));
    for (const [i, article] of many.entries()) await db.readerState.put({ articleId: article.id, readAt: null, bookmarkedAt: 1_000 + i * 10, position: 0, updatedAt: 1 });
    for (let i = 0; i < 40; i++) await db.readerState.put({ articleId: `missing-${i}`, readAt: null, bookmarkedAt: 1_005 + i * 10, position: 0, updatedAt: 1 });

    render(SavedView);
    const list = await screen.findByRole('list', { name: '' });
    expect(within(list).getAllByRole('heading', { level: 2 })).toHaveLength(20);
    expect(within(list).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Synthetic saved 24');
    await fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await vi.waitFor(() => expect(within(screen.getByRole('list', { name: '' })).getAllByRole('heading', { level: 2 })).toHaveLength(25));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});

