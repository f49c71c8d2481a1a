import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import SearchView from '../../src/views/SearchView.svelte';
import { db } from '../../src/lib/db/schema.ts';
import { refreshSearchIndex } from '../../src/lib/search/search-state.svelte.ts';
import { library } from '../../src/lib/state/library.svelte.ts';
import { router } from '../../src/lib/state/router.svelte.ts';
import { bundleOf, seedArticle } from './fixtures.ts';

const seed = seedArticle();

beforeEach(async () => {
  await Promise.all([db.articles.clear(), db.readerState.clear(), db.meta.clear(), db.searchIndex.clear()]);
  await library.sync(bundleOf([seed]));
  await refreshSearchIndex();
  router.navigate('/search', { replace: true });
});

afterEach(() => cleanup());

async function type(text: string) {
  const field = screen.getByRole('searchbox', { name: 'Search articles and reader comments' });
  await fireEvent.input(field, { target: { value: text } });
}

describe('Search', () => {
  test('typing finds the seed, marks the matched word in its snippet and keeps the query in the URL', async () => {
    render(SearchView);
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    await type('Ansat');
    const link = await screen.findByRole('link', { name: seed.title });
    expect(link).toHaveAttribute('href', `/article/${seed.id}`);
    const result = link.closest('li')!;
    const marks = result.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['Ansat']);
    expect(result).toHaveTextContent('21 Ansat helicopters');
    expect(result).toHaveTextContent('22 October 2020');
    expect(result).toHaveTextContent('Asia Pacific Defence Reporter');
    expect(screen.getByRole('status')).toHaveTextContent('1 result');
    // the URL follows once typing pauses (the results do not wait for it)
    await waitFor(() => expect(location.search).toBe('?q=Ansat'));
  });

  test('a Cyrillic designation finds the Latin one', async () => {
    render(SearchView);
    await type('Ми-171Ш');
    const link = await screen.findByRole('link', { name: seed.title });
    expect([...link.closest('li')!.querySelectorAll('mark')].map((mark) => mark.textContent)).toContain('Mi-171Sh');
  });

  test('says when nothing matched', async () => {
    render(SearchView);
    await type('zzqxv');
    expect(await screen.findByText('No results for “zzqxv”')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('link')).toBeNull();
  });

  test('says when only the reader comments matched', async () => {
    render(SearchView);
    await type('exceptional');
    const link = await screen.findByRole('link', { name: seed.title });
    expect(within(link.closest('li')!).getByText('Found in reader comments')).toBeInTheDocument();
  });

  test('a search URL opened directly fills the field and shows the results', async () => {
    router.navigate('/search?q=Ulan-Ude%20Aviaton', { replace: true });
    render(SearchView);
    expect(screen.getByRole('searchbox')).toHaveValue('Ulan-Ude Aviaton');
    const link = await screen.findByRole('link', { name: seed.title });
    expect([...link.closest('li')!.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Ulan-Ude', 'Aviation']);
  });
});
