import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ShareButton from '../../src/lib/components/ShareButton.svelte';
import ArticleView from '../../src/views/ArticleView.svelte';
import { db } from '../../src/lib/db/schema.ts';
import { library } from '../../src/lib/state/library.svelte.ts';
import { bundleOf, seedArticle } from './fixtures.ts';

const link = { title: 'Synthetic article', url: 'https://example.test/a' };
const stubbed: string[] = [];

function stubNavigator(name: 'share' | 'clipboard', value: unknown) {
  Object.defineProperty(navigator, name, { configurable: true, value });
  stubbed.push(name);
}

function domError(name: string) {
  return Object.assign(new Error(name), { name });
}

beforeEach(async () => {
  await Promise.all([db.articles.clear(), db.readerState.clear(), db.meta.clear()]);
});

afterEach(() => {
  cleanup();
  for (const name of stubbed.splice(0)) delete (navigator as unknown as Record<string, unknown>)[name];
});

describe('Share button', () => {
  test('opens the system share sheet with the title and link, and says nothing more', async () => {
    const share = vi.fn(async () => {});
    stubNavigator('share', share);
    render(ShareButton, link);
    await fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await vi.waitFor(() => expect(share).toHaveBeenCalledWith(link));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  test('a cancelled share sheet is not an error and copies nothing', async () => {
    const writeText = vi.fn(async () => {});
    stubNavigator('share', vi.fn(async () => Promise.reject(domError('AbortError'))));
    stubNavigator('clipboard', { writeText });
    render(ShareButton, link);
    await fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Share' })).toHaveAttribute('aria-busy', 'false'));
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  test('without a share sheet, copies the link and says so in a polite live region', async () => {
    const writeText = vi.fn(async () => {});
    stubNavigator('clipboard', { writeText });
    render(ShareButton, link);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    await fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await vi.waitFor(() => expect(status).toHaveTextContent('Link copied'));
    expect(writeText).toHaveBeenCalledWith('https://example.test/a');
  });

  test('when nothing can share or copy, shows the link in a read-only field, selected', async () => {
    stubNavigator('clipboard', { writeText: vi.fn(async () => Promise.reject(domError('NotAllowedError'))) });
    render(ShareButton, link);
    await fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    const field = await screen.findByRole('textbox', { name: 'Copy this link to share it' });
    expect(field).toHaveValue('https://example.test/a');
    expect(field).toHaveAttribute('readonly');
    await vi.waitFor(() => expect(field).toHaveFocus());
    expect(screen.getByRole('status')).not.toHaveTextContent('Link copied');
  });

  test('sits beside Save in the article and shares its link in Sortie when it has no original page', async () => {
    const seed = seedArticle();
    const share = vi.fn(async () => {});
    stubNavigator('share', share);
    await library.sync(bundleOf([seed]));
    render(ArticleView, { id: seed.id });
    await screen.findByRole('button', { name: 'Save' });
    await fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    const url = new URL(`/article/${encodeURIComponent(seed.id)}`, location.href).href;
    await vi.waitFor(() => expect(share).toHaveBeenCalledWith({ title: seed.title, url }));
  });

  test('in the article, shares the original page when there is one', async () => {
    /** Synthetic: the seed under another id, with a made-up original address. */
    const withPage = { ...seedArticle(), id: 'synthetic-with-page', url: 'https://example.test/news/synthetic' };
    const share = vi.fn(async () => {});
    stubNavigator('share', share);
    await library.sync(bundleOf([withPage]));
    render(ArticleView, { id: withPage.id });
    await fireEvent.click(await screen.findByRole('button', { name: 'Share' }));
    await vi.waitFor(() =>
      expect(share).toHaveBeenCalledWith({ title: withPage.title, url: 'https://example.test/news/synthetic' }),
    );
  });
});
