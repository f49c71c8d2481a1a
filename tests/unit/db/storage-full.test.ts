import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isStorageFull, StorageFullError, storageError } from '../../../src/lib/db/storage-full.ts';

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
      ['words only', new Error('Failed to write blobs: not enough space')],
    ];
    for (const [what, error] of forms) expect(isStorageFull(error), what).toBe(true);
  });

  it('and not in other failures, which keep their own message', () => {
    for (const error of [domError('ConstraintError', 'Key already exists'), new Dexie.DataError('bad key'), new TypeError('x is undefined'), 'a string', null, new Dexie.AbortError('Transaction aborted', domError('ConstraintError'))]) {
      expect(isStorageFull(error)).toBe(false);
      expect(storageError(error)).toBe(error);
    }
  });

  it('turns it into one plain message, once', () => {
    const full = storageError(new Dexie.AbortError('Transaction aborted', domError('QuotaExceededError')));
    expect(full).toBeInstanceOf(StorageFullError);
    expect((full as Error).message).toBe('This device is out of storage space for Sortie: nothing was saved. Free some space and try again.');
    expect(storageError(full)).toBe(full);
  });
});
