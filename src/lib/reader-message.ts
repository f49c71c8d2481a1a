// What the reader is told when something fails: Sortie's own refusals keep their words, a full
// device is said to be one, and anything else (a raw exception from the browser, Dexie or our
// own code) becomes a plain sentence, with the raw error left in the console for a developer.
import { isStorageFull } from './db/storage-full.ts';

/** Errors whose messages are written for the reader: they name the file, the field or the limit. */
const READER_FACING = new Set(['ImportError', 'ReaderDataError', 'ContentError', 'StorageFullError', 'ImportCancelled']);

/**
 * Words for the reader about `error`. `unexpected` is said when the error is not one of
 * Sortie's own refusals (say what was not done, and what to try).
 */
export function readerMessage(error: unknown, unexpected: string): string {
  if (error instanceof Error && READER_FACING.has(error.name)) return error.message;
  if (isStorageFull(error)) return 'This device is out of storage space: free some space and try again.';
  console.error(error);
  return unexpected;
}
