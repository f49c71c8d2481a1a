// Storage running out, in all the forms IndexedDB and Dexie report it: a QuotaExceededError;
// an AbortError or UnknownError of a transaction whose cause was one (Dexie keeps the browser's
// error as `inner`, a bulk write its failed puts in `failures`); an I/O failure
// ("UnknownError") that a disk with no room gives Chromium; and, for a value large enough that
// Chromium writes it to a file of its own, "DataError: Failed to write blobs (IOError)".

/** What the reader is told: what happened, that nothing was lost, and what to do. */
export const STORAGE_FULL_MESSAGE =
  'Sortie could not save to this device, which is out of storage space: nothing was saved, and what was stored before is still there. ' +
  'Free some space on the device, or delete articles you imported, then try again.';

/** Raised when the device has no room left: says so in words, and nothing was written. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super(STORAGE_FULL_MESSAGE, { cause });
    this.name = 'StorageFullError';
  }
}

const FULL_NAMES = new Set(['QuotaExceededError', 'UnknownError']);
const FULL_WORDS = /quota|disk is full|no space|not enough space|storage is full|failed to write blobs|\bIOError\b|error opening backing store/i;

/** Whether `error`, or anything it wraps, says the device's storage is full or failed to write. */
export function isStorageFull(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { name, message, inner, cause, failures } = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof name === 'string' && FULL_NAMES.has(name)) return true;
  if (typeof message === 'string' && FULL_WORDS.test(message)) return true;
  if (isStorageFull(inner, depth + 1) || isStorageFull(cause, depth + 1)) return true;
  if (!Array.isArray(failures) || failures.length === 0) return false;
  // Chromium on a disk with no room left fails every put of a bulk write with a bare
  // "AbortError: The transaction was aborted" and gives no cause: nothing of Sortie's aborted it.
  return failures.some((failure) => isStorageFull(failure, depth + 1)) || failures.every(isBareAbort);
}

/** An AbortError that wraps nothing: a request the browser gave up on because its transaction failed. */
function isBareAbort(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
  return name === 'AbortError' && inner == null && cause == null;
}

/**
 * What a view tells the reader when it cannot read what it shows (`what`: "your saved
 * articles"): why, when it is known, and that nothing was deleted.
 */
export function readFailureText(what: string, error: unknown): string {
  const reason = isStorageFull(error)
    ? 'this device is out of storage space, and Sortie needs a little room to open its database. Nothing has been deleted: free some space, then reload.'
    : 'Sortie could not open its database. Nothing has been deleted: reload the app to try again.';
  return `${what[0]!.toUpperCase()}${what.slice(1)} cannot be shown right now: ${reason}`;
}

/** What to rethrow for a failed write: a StorageFullError when the device is full, else the error itself. */
export function storageError(error: unknown): unknown {
  return error instanceof StorageFullError ? error : isStorageFull(error) ? new StorageFullError(error) : error;
}
