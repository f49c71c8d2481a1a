import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import LatestView from '../../src/views/LatestView.svelte';
import { storeImportedArticles } from '../../src/lib/db/imports.ts';
import { markRead } from '../../src/lib/db/reader.ts';
import { db } from '../../src/lib/db/schema.ts';
import { library } from '../../src/lib/state/library.svelte.ts';
import { router } from '../../src/lib/state/router.svelte.ts';
import { packArticle } from '../../src/lib/content/pack-article.ts';
import { bundleOf, seedArticle } from './fixtures.ts';

const seed = seedArticle();

beforeEach(async () => {
  await Promise.all([db.articles.clear(), db.readerState.clear(), db.meta.clear()]);
  router.navigate('/', { replace: true });
});

afterEach(() => cleanup());

describe('Latest', () => {
  test('says it is loading, not empty, before the articles arrive', async () => {
    void library.sync({ fetchManifest: () => new Promise(() => {}), fetchPack: () => new Promise(() => {}) });
    render(LatestView);
    expect(await screen.findByRole('status')).toHaveTextContent('Loading articles');
    expect(screen.queryByText(/no articles/i)).toBeNull();
  });

  test('on a first visit, shows the newest articles while it stores the rest, and says how far it is', async () => {
    const older = { ...seed, id: 'older-synthetic', title: 'An older synthetic article', date: '2019-01-01', hash: 'older' };
    let deliverOlder = (_: unknown) => {};
    const olderPack = new Promise((resolve) => (deliverOlder = resolve));
    void library.sync({
      fetchManifest: async () => ({
        version: 'two-packs',
        packs: [
          { file: 'content/pack-older.json', hash: 'older', count: 1 },
          { file: 'content/pack-newer.json', hash: 'newer', count: 1 },
        ],
      }),
      fetchPack: (ref) => (ref.hash === 'newer' ? Promise.resolve({ articles: [packArticle(seed)] }) : (olderPack as Promise<never>)),
    });
    render(LatestView);

    // (the waits are generous: on a loaded 2-core machine the first pack's write can take a second)
    expect(await screen.findByRole('link', { name: seed.title }, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.getByText(/Storing 1 of 2 articles for reading offline/)).toHaveAttribute('role', 'status');

    deliverOlder({ articles: [packArticle(older)] });
    expect(await screen.findByRole('link', { name: older.title }, { timeout: 5_000 })).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByText(/Storing/)).toBeNull());
    await vi.waitFor(() => expect(library.status).toBe('ready'));
  });

  test('lists the stored article with its date, publication, tags, reading time and unread mark', async () => {
    await library.sync(bundleOf([seed]));
    render(LatestView);
    const link = await screen.findByRole('link', { name: seed.title });
    expect(link).toHaveAttribute('href', `/article/${seed.id}`);
    const card = link.closest('article')!;
    expect(card).toHaveTextContent('22 October 2020');
    expect(card).toHaveTextContent('Asia Pacific Defence Reporter');
    expect(card).toHaveTextContent(`${seed.readingMinutes} min read`);
    expect(card).toHaveTextContent('Unread');
    expect(seed.tags.length).toBeGreaterThan(0);
    for (const tag of seed.tags) expect(card).toHaveTextContent(tag);
  });

  test('shows an article as read once the reader has opened it', async () => {
    await library.sync(bundleOf([seed]));
    render(LatestView);
    await screen.findByText('Unread');
    await markRead(db, seed.id);
    expect(await screen.findByText('Read')).toBeInTheDocument();
    expect(screen.queryByText('Unread')).toBeNull();
  });

  test('says so when there are no articles at all', async () => {
    await library.sync(bundleOf([], 'empty'));
    render(LatestView);
    expect(await screen.findByText(/no articles are stored/i)).toBeInTheDocument();
  });

  test('marks an article the reader imported as their own', async () => {
    await library.sync(bundleOf([seed]));
    // Synthetic: the seed's text under another id and title, as if the reader had imported it.
    await storeImportedArticles(db, [{ ...seed, id: 'imported-synthetic', title: 'Synthetic imported article' }]);
    render(LatestView);
    const mine = (await screen.findByRole('link', { name: 'Synthetic imported article' })).closest('article')!;
    expect(mine).toHaveTextContent('Imported by you');
    const bundled = screen.getByRole('link', { name: seed.title }).closest('article')!;
    expect(bundled).not.toHaveTextContent('Imported by you');
  });

  test('a tag filters the list, and its chip says which tag is shown', async () => {
    // Synthetic articles: test data, not news.
    const synthetic = (n: number, tags: string[]) => ({ ...seed, id: `synthetic-${n}`, title: `Synthetic ${n}`, tags, hash: `h${n}` });
    await library.sync(bundleOf([seed, synthetic(1, ['Egypt']), synthetic(2, ['Egypt', 'helicopters'])], 'tags'));
    router.navigate('/?tag=Egypt', { replace: true });
    render(LatestView);
    await screen.findByRole('link', { name: 'Synthetic 1' });
    expect(screen.getByRole('link', { name: 'Synthetic 2' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: seed.title })).toBeNull();
    const filter = await screen.findByRole('navigation', { name: 'Filter by tag' });
    expect(await within(filter).findByRole('link', { name: /^Egypt/ })).toHaveAttribute('aria-current', 'page');
    expect(within(filter).getByRole('link', { name: 'All' })).toHaveAttribute('href', '/');
  });

  test('shows 50 articles, then 50 more on "Show more"', async () => {
    const many = Array.from({ length: 60 }, (_, n) => ({
      ...seed,
      id: `synthetic-${String(n).padStart(2, '0')}`,
      title: `Synthetic ${n}`,
      date: `2021-01-${String((n % 28) + 1).padStart(2, '0')}`,
      hash: `h${n}`,
    }));
    await library.sync(bundleOf(many, 'many'));
    render(LatestView);
    await screen.findByRole('button', { name: 'Show more' });
    expect(screen.getAllByRole('article')).toHaveLength(50);
    await fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await vi.waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(60));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});
