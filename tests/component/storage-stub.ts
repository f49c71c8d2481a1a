// A stand-in for navigator.storage, which jsdom does not have.
import { vi } from 'vitest';

export interface StorageStub {
  persist: ReturnType<typeof vi.fn<() => Promise<boolean>>>;
}

/** Installs a fake StorageManager; `persisted` starts as given and becomes true when persist() grants. */
export function stubStorage({
  usage = 1_234_567,
  quota = 2_000_000_000,
  persisted = false,
  grant = true,
}: { usage?: number; quota?: number; persisted?: boolean; grant?: boolean } = {}): StorageStub {
  let isPersisted = persisted;
  const persist = vi.fn(async () => {
    if (grant) isPersisted = true;
    return grant;
  });
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      estimate: async () => ({ usage, quota }),
      persisted: async () => isPersisted,
      persist,
    },
  });
  return { persist };
}

export function removeStorageStub() {
  delete (navigator as { storage?: unknown }).storage;
}
