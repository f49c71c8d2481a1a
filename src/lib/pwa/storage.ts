/** What the browser says about this app's storage; null where it does not say. */
export interface StorageFacts {
  /** Bytes used by this origin. */
  usage: number | null;
  /** Bytes this origin may use. */
  quota: number | null;
  /** Whether the browser has promised not to clear this origin's data when space runs low. */
  persisted: boolean | null;
}

function storageManager(): Partial<StorageManager> | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Storage used, quota and persistence, each null when the browser lacks the API or it fails. */
export async function storageFacts(): Promise<StorageFacts> {
  const storage = storageManager();
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.call(storage).catch(() => null) ?? null,
    storage?.persisted?.call(storage).catch(() => null) ?? null,
  ]);
  return {
    usage: typeof estimate?.usage === 'number' ? estimate.usage : null,
    quota: typeof estimate?.quota === 'number' ? estimate.quota : null,
    persisted: typeof persisted === 'boolean' ? persisted : null,
  };
}

/** Whether the browser lets the app ask for persistent storage at all. */
export function canRequestPersistence(): boolean {
  return typeof storageManager()?.persist === 'function';
}

/** Asks the browser to keep this origin's data; false when it refuses or cannot be asked. */
export async function requestPersistence(): Promise<boolean> {
  const storage = storageManager();
  if (typeof storage?.persist !== 'function') return false;
  try {
    return (await storage.persist()) === true;
  } catch {
    return false;
  }
}

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** A byte count in decimal units, as the reader reads it: "0 B", "830 kB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`Not a byte count: ${bytes}`);
  let unit = 0;
  let value = bytes;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  // One decimal below 10 ("1.2 MB"), whole numbers above ("830 kB"); bytes are always whole.
  let rounded = unit === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  if (rounded >= 1000 && unit < UNITS.length - 1) {
    rounded = 1;
    unit++;
  }
  return `${rounded} ${UNITS[unit]}`;
}
