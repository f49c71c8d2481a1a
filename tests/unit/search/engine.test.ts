import { describe, expect, it, vi } from 'vitest';
import { StorageFullError, STORAGE_FULL_MESSAGE } from '../../../src/lib/db/storage-full.ts';
import { readerMessage } from '../../../src/lib/reader-message.ts';
import { describeFailure, failureError, NewestSearch } from '../../../src/lib/search/engine.ts';

/** An error as the page sees it once it has crossed from the search worker. */
const crossed = (error: unknown) => failureError(structuredClone(describeFailure(error)));

describe('a failure in the search worker reaches the reader in the same words as one in the page', () => {
  it('a full disk is still a full disk, however the browser wrapped it', () => {
    const abort = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('The quota was exceeded', 'QuotaExceededError') });
    expect(readerMessage(crossed(abort), 'unexpected')).toBe('This device is out of storage space: free some space and try again.');
  });

  it('Sortie’s own refusal keeps its words', () => {
    expect(readerMessage(crossed(new StorageFullError(new Error('quota'))), 'unexpected')).toBe(STORAGE_FULL_MESSAGE);
  });

  it('anything else is said in the words the caller chose, not as a raw exception', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(readerMessage(crossed(new TypeError('x.y is not a function')), 'search failed')).toBe('search failed');
    logged.mockRestore();
  });
});

describe('searches typed faster than the worker answers them', () => {
  it('only the newest search of a database is still worth matching', async () => {
    const newest = new NewestSearch();
    const typed = [1, 2, 3].map((id) => ({ id, database: 'sortie' }));
    for (const call of typed) newest.asked(call);
    expect(await Promise.all(typed.map((call) => newest.stillNewest(call)))).toEqual([false, false, true]);
  });

  it('a search asked while an older one waits overtakes it', async () => {
    const newest = new NewestSearch();
    const older = { id: 1, database: 'sortie' };
    newest.asked(older);
    const waiting = newest.stillNewest(older);
    newest.asked({ id: 2, database: 'sortie' });
    expect(await waiting).toBe(false);
  });

  it('searches of another database do not overtake each other', async () => {
    const newest = new NewestSearch();
    newest.asked({ id: 1, database: 'sortie' });
    newest.asked({ id: 2, database: 'sortie-test' });
    expect(await newest.stillNewest({ id: 1, database: 'sortie' })).toBe(true);
    expect(await newest.stillNewest({ id: 2, database: 'sortie-test' })).toBe(true);
  });
});
