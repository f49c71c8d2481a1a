// Storage running out, in all the forms IndexedDB and Dexie report it: a QuotaExceededError;
// an AbortError or UnknownError of a transaction whose cause was one (Dexie keeps the browser's
// error as `inner`, a bulk write its failed puts in `failures`); an I/O failure
// ("UnknownError") that a disk with no room gives Chromium.

/** Raised when the device has no room left: says so in words, and nothing was written. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('This device is out of storage space for Sortie: nothing was saved. Free some space and try again.', { cause });
    this.name = 'StorageFullError';
  }
}

const FULL_NAMES = new Set(['QuotaExceededError', 'UnknownError']);
const FULL_WORDS = /quota|disk is full|no space|not enough space|storage is full/i;

/** Whether `error`, or anything it wraps, says the device's storage is full or failed to write. */
export function isStorageFull(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { name, message, inner, cause, failures } = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof name === 'string' && FULL_NAMES.has(name)) return true;
  if (typeof message === 'string' && FULL_WORDS.test(message)) return true;
  if (isStorageFull(inner, depth + 1) || isStorageFull(cause, depth + 1)) return true;
  return Array.isArray(failures) && failures.some((failure) => isStorageFull(failure, depth + 1));
}

/** What to rethrow for a failed write: a StorageFullError when the device is full, else the error itself. */
export function storageError(error: unknown): unknown {
  return error instanceof StorageFullError ? error : isStorageFull(error) ? new StorageFullError(error) : error;
}
