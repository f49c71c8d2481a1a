import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isStorageFull, readFailureText, StorageFullError, storageError } from '../../../src/lib/db/storage-full.ts';

const domError = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('recognising a full device', () => {
  it('in every form a write reports it', () => {
    const quota = domError('QuotaExceededError', 'The quota has been exceeded.');
    const forms: [string, unknown][] = [
      ['a QuotaExceededError', quota],
      ['a transaction aborted by one (Dexie keeps it as inner)', new Dexie.AbortError('Transaction aborted', quota)],
      ['an I/O failure of a full disk', new Dexie.UnknownError('Internal error opening backing store', domError('UnknownError'))],
      ['one failed put of a bulk write', new Dexie.BulkError('contracts.bulkPut(): 1 of 40 operations failed', [quota])],
      ['an abort wrapping an abort wrapping one', new Dexie.AbortError('outer', new Dexie.AbortError('inner', quota))],
      ['an error caused by one', new Error('could not save', { cause: quota })],
      ['words only', new Error('not enough space')],
      // what Chromium 156 said of a 1.9 MB import on a full tmpfs profile (tests/e2e/full-disk.test.ts)
      ['a large value that could not be written to its own file', new Dexie.DataError('Failed to write blobs (IOError)')],
      // and of a 40 KB import on the same disk with nothing free: every put aborted, no cause given
      ['a bulk write whose puts the browser all aborted', new Dexie.BulkError('articles.bulkPut(): 1 of 1 operations failed', [domError('AbortError', 'The transaction was aborted, so the request cannot be fulfilled.')])],
      // and of opening the database there
      ['a database that cannot be opened', new Dexie.DatabaseClosedError('UnknownError Internal error opening backing store for indexedDB.open.')],
    ];
    for (const [what, error] of forms) expect(isStorageFull(error), what).toBe(true);
  });

  it('and not in other failures, which keep their own message', () => {
    const constraint = domError('ConstraintError', 'Key already exists');
    const aborted = domError('AbortError', 'The transaction was aborted, so the request cannot be fulfilled.');
    for (const error of [new Dexie.BulkError('articles.bulkAdd(): 2 of 2 operations failed', [constraint, aborted]), domError('ConstraintError', 'Key already exists'), new Dexie.DataError('bad key'), new TypeError('x is undefined'), 'a string', null, new Dexie.AbortError('Transaction aborted', domError('ConstraintError'))]) {
      expect(isStorageFull(error)).toBe(false);
      expect(storageError(error)).toBe(error);
    }
  });

  it('turns it into one plain message, once', () => {
    const full = storageError(new Dexie.AbortError('Transaction aborted', domError('QuotaExceededError')));
    expect(full).toBeInstanceOf(StorageFullError);
    expect((full as Error).message).toMatch(/^Sortie could not save to this device, which is out of storage space: nothing was saved, and what was stored before is still there\. Free some space/);
    expect(storageError(full)).toBe(full);
  });
});

describe('a view that cannot read', () => {
  it('says what it cannot show, why, and that nothing was deleted', () => {
    const full = new Dexie.DatabaseClosedError('UnknownError Internal error opening backing store for indexedDB.open.');
    expect(readFailureText('your saved articles', full)).toBe(
      'Your saved articles cannot be shown right now: this device is out of storage space, and Sortie needs a little room to open its database. Nothing has been deleted: free some space, then reload.',
    );
    expect(readFailureText('the contracts', new Dexie.DatabaseClosedError('Database has been closed'))).toBe(
      'The contracts cannot be shown right now: Sortie could not open its database. Nothing has been deleted: reload the app to try again.',
    );
  });
});
