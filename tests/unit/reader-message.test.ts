import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { ImportError } from '../../src/lib/import/read-import.ts';
import { readerMessage } from '../../src/lib/reader-message.ts';

describe('what the reader is told of a failure', () => {
  it('keeps the words of Sortie’s own refusals, and says a full device is full', () => {
    expect(readerMessage(new ImportError('The text is empty.'), 'unexpected')).toBe('The text is empty.');
    expect(readerMessage(new Dexie.AbortError('Transaction aborted', Object.assign(new Error(''), { name: 'QuotaExceededError' })), 'unexpected')).toBe(
      'This device is out of storage space: free some space and try again.',
    );
  });

  it('never shows a raw exception: it says what was not done, and logs the error for a developer', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const raw = new TypeError("Cannot read properties of undefined (reading 'includes')");
    expect(readerMessage(raw, 'The bookmark could not be changed.')).toBe('The bookmark could not be changed.');
    expect(log).toHaveBeenCalledWith(raw);
    log.mockRestore();
  });
});
