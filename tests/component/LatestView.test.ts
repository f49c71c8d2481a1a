import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import LatestView from '../../src/views/LatestView.svelte';
import { storeImportedArticles } from '../../src/lib/db/imports.ts';
import { markRead } from '../../src/lib/db/reader.ts';
import { db } from '../../src/lib/db/schema.ts';
import { library } from '../../src/lib/state/library.svelte.ts';
import { bundleOf, seedArticle } from './fixtures.ts';

const seed = seedArticle();

beforeEach(async () => {
  await Promise.all([db.articles.clear(), db.readerState.clear(), db.meta.clear()]);
});

afterEach(() => cleanup());

describe('Latest', () => {
  test('says it is loading, not empty, before the articles arrive', async () => {
    void library.sync({ fetchManifest: () => new Promise(() => {}), fetchPack: () => new Promise(() => {}) });
    render(LatestView);
    expect(await screen.findByRole('status')).toHaveTextContent('Loading articles');
    expect(screen.queryByText(/no articles/i)).toBeNull();
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
});
