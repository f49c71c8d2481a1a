import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ReaderDataSettings from '../../src/lib/components/ReaderDataSettings.svelte';
import SettingsView from '../../src/views/SettingsView.svelte';
import { listImportedArticles, storeImportedArticles } from '../../src/lib/db/imports.ts';
import { loadPreferences, savePreference } from '../../src/lib/db/preferences.ts';
import { exportReaderData, serializeReaderData, type ReaderDataFile } from '../../src/lib/db/reader-data.ts';
import { getReaderState, toggleBookmark } from '../../src/lib/db/reader.ts';
import { db } from '../../src/lib/db/schema.ts';
import { library } from '../../src/lib/state/library.svelte.ts';
import { preferences } from '../../src/lib/state/preferences.svelte.ts';
import { bundleOf, seedArticle } from './fixtures.ts';

const globals = globalThis as Record<string, unknown>;
if (typeof __APP_VERSION__ === 'undefined') globals.__APP_VERSION__ = '0.0.0-test';
if (typeof __BUILD_ID__ === 'undefined') globals.__BUILD_ID__ = 'build-test';

const seed = seedArticle();
/** A synthetic imported article, the seed's text under another id: test data, not news. */
const mine = { ...seed, id: 'imported-synthetic', title: 'Synthetic imported copy' };
const root = document.documentElement;

beforeEach(async () => {
  await Promise.all([db.articles.clear(), db.readerState.clear(), db.meta.clear(), db.contracts.clear(), db.claims.clear()]);
  await preferences.setTheme('system');
  await preferences.setTextSize('medium');
  await db.settings.clear();
  localStorage.clear();
  await library.sync(bundleOf([seed]));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete (URL as Partial<typeof URL>).createObjectURL;
  // revokeObjectURL stays: the download frees its URL on a timer that may outlive the test.
});

async function dump() {
  return Promise.all([db.articles, db.readerState, db.settings, db.contracts, db.claims].map((t) => t.toArray()));
}

function choose(text: string, name = 'data.json') {
  const input = screen.getByLabelText('Import data') as HTMLInputElement;
  return fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('Your data', () => {
  test('is a section of Settings', () => {
    render(SettingsView);
    const section = screen.getByRole('region', { name: 'Your data' });
    expect(within(section).getByRole('button', { name: 'Export my data' })).toBeInTheDocument();
  });

  test('"Export my data" downloads the reader’s data as a dated JSON file', async () => {
    await toggleBookmark(db, seed.id);
    await savePreference(db, 'theme', 'dark');
    const blobs: Blob[] = [];
    // jsdom has no object URLs; the download only needs one to hand to the link.
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => {} });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    render(ReaderDataSettings);
    await fireEvent.click(screen.getByRole('button', { name: 'Export my data' }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledOnce());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^sortie-reader-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await blobs[0]!.text()) as ReaderDataFile;
    expect(file.format).toBe('sortie-reader-data');
    expect(file.readerState.map((row) => row.articleId)).toEqual([seed.id]);
    expect(file.settings).toEqual([{ key: 'theme', value: 'dark' }]);
    expect(screen.getByRole('status')).toHaveTextContent(`downloading as ${link.download}`);
  });

  test('"Import data" merges a file, applies its settings at once and says what it brought', async () => {
    await storeImportedArticles(db, [mine]);
    await toggleBookmark(db, mine.id);
    await savePreference(db, 'theme', 'dark');
    const text = serializeReaderData(await exportReaderData(db));
    await Promise.all([db.readerState.clear(), db.settings.clear(), db.articles.delete(mine.id)]);

    render(ReaderDataSettings);
    const input = screen.getByLabelText('Import data');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', expect.stringContaining('.json'));
    await choose(text);
    await vi.waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Imported reading state for 1 article (1 new bookmark), 1 setting and 1 imported article.',
      ),
    );
    expect((await getReaderState(db, mine.id))?.bookmarkedAt).toBeTypeOf('number');
    expect((await listImportedArticles(db)).map((a) => a.id)).toEqual([mine.id]);
    expect(root.dataset.theme).toBe('dark');
    expect(preferences.theme).toBe('dark');
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  test('a file that is not a Sortie export changes nothing and says why', async () => {
    await toggleBookmark(db, seed.id);
    await savePreference(db, 'textSize', 'large');
    const before = await dump();
    render(ReaderDataSettings);

    await choose('{"hello": "world"}');
    expect(await screen.findByText(/not a Sortie export/)).toHaveTextContent(
      'Nothing was imported. This is not a Sortie export: it has no "format": "sortie-reader-data".',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('not a Sortie export');

    await choose('{"format": "sortie-reader-data", "version": 1, oops');
    await vi.waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/^Nothing was imported\. This file is not JSON \(.+\)\.$/));
    expect(await dump()).toEqual(before);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  test('"Reset…" asks in the page first, and Cancel deletes nothing', async () => {
    await toggleBookmark(db, seed.id);
    const confirm = vi.spyOn(window, 'confirm');
    render(ReaderDataSettings);

    await fireEvent.click(screen.getByRole('button', { name: 'Reset…' }));
    const question = await screen.findByRole('group', { name: /Delete your bookmarks/ });
    const cancel = within(question).getByRole('button', { name: 'Cancel' });
    await vi.waitFor(() => expect(cancel).toHaveFocus());
    expect(confirm).not.toHaveBeenCalled();

    await fireEvent.click(cancel);
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Reset…' })).toHaveFocus());
    expect(screen.queryByRole('group')).toBeNull();
    expect((await getReaderState(db, seed.id))?.bookmarkedAt).toBeTypeOf('number');
  });

  test('confirming the reset deletes the reader’s data and keeps the bundled articles', async () => {
    await storeImportedArticles(db, [mine]);
    await toggleBookmark(db, seed.id);
    await preferences.setTheme('dark');
    // the next visit's first screen, kept from Latest: it shows the imported article's title
    localStorage.setItem('sortie.first-screen', JSON.stringify({ code: '/assets/index-x.js', html: '<main><article>Synthetic imported copy</article></main>' }));
    render(ReaderDataSettings);

    await fireEvent.click(screen.getByRole('button', { name: 'Reset…' }));
    await fireEvent.click(
      screen.getByRole('button', {
        name: 'Yes, delete my bookmarks, reading positions, settings and imported articles',
      }),
    );
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/were deleted from this device/));
    expect(await db.readerState.count()).toBe(0);
    expect(await listImportedArticles(db)).toEqual([]);
    expect(await db.articles.get(seed.id)).toBeDefined();
    expect(await loadPreferences(db)).toEqual({ theme: 'system', textSize: 'medium' });
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(localStorage.getItem('sortie.first-screen')).toBeNull();
    expect(screen.getByRole('button', { name: 'Reset…' })).toHaveFocus();
  });
});
