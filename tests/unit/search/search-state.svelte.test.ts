// Runes need the client compile of this file, which the jsdom environment selects.
// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storeImportedArticles } from '../../../src/lib/db/imports.ts';
import { createDb, type SortieDb } from '../../../src/lib/db/schema.ts';
import { SearchState } from '../../../src/lib/search/search-state.svelte.ts';
import { seed, synthetic } from './articles.ts';

let db: SortieDb;

beforeEach(async () => {
  db = createDb('test-' + crypto.randomUUID());
  await storeImportedArticles(db, [seed]);
});

afterEach(async () => {
  await db.delete();
});

describe('SearchState', () => {
  it('does nothing on refresh before search is first opened', async () => {
    const state = new SearchState(db);
    await state.refresh();
    expect(state.status).toBe('idle');
    expect(state.ready).toBe(false);
    expect(await db.searchIndex.count()).toBe(0);
  });

  it('is indexing while it opens, then ready with the index', async () => {
    const state = new SearchState(db);
    const opening = state.open();
    expect(state.status).toBe('indexing');
    await opening;
    expect(state.status).toBe('ready');
    expect((await state.search('Ansat')).results.map((r) => r.id)).toEqual([seed.id]);
  });

  it('after a refresh finds what was added, and counts a new revision', async () => {
    const state = new SearchState(db);
    await state.open();
    const revision = state.revision;
    await storeImportedArticles(db, [synthetic('imported-synthetic', { title: 'Synthetic note on the Ka-226T' })]);
    // Two requests while one runs share one update after it.
    await Promise.all([state.refresh(), state.refresh(), state.refresh()]);
    expect(state.revision).toBe(revision + 1);
    expect((await state.search('Ka-226T')).results.map((r) => r.id)).toEqual(['imported-synthetic']);
  });

  it('says in Sortie’s words, never a raw exception’s, why search is not available', async () => {
    const state = new SearchState(db);
    db.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await state.open();
    expect(state.ready).toBe(false);
    expect(state.error).toBe('its index could not be built. Reload the app to try again.');
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
