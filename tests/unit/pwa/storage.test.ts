import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, requestPersistence, storageFacts } from '../../../src/lib/pwa/storage.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('formatBytes', () => {
  it('writes sizes in decimal units, one decimal below ten', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1000)).toBe('1 kB');
    expect(formatBytes(830_000)).toBe('830 kB');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(12_345_678)).toBe('12 MB');
    expect(formatBytes(2_000_000_000)).toBe('2 GB');
    expect(formatBytes(299_000_000_000)).toBe('299 GB');
  });

  it('carries into the next unit instead of writing "1000 kB"', () => {
    expect(formatBytes(999_999)).toBe('1 MB');
    expect(formatBytes(9_960_000)).toBe('10 MB');
  });

  it('rejects what is not a byte count', () => {
    for (const n of [-1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => formatBytes(n)).toThrow(RangeError);
  });
});

describe('storageFacts', () => {
  it('reports usage, quota and persistence from navigator.storage', async () => {
    vi.stubGlobal('navigator', {
      storage: {
        estimate: async () => ({ usage: 1_234_567, quota: 2_000_000_000 }),
        persisted: async () => true,
      },
    });
    expect(await storageFacts()).toEqual({ usage: 1_234_567, quota: 2_000_000_000, persisted: true });
  });

  it('says null for what the browser cannot tell', async () => {
    vi.stubGlobal('navigator', {});
    expect(await storageFacts()).toEqual({ usage: null, quota: null, persisted: null });

    vi.stubGlobal('navigator', { storage: { estimate: async () => ({}) } });
    expect(await storageFacts()).toEqual({ usage: null, quota: null, persisted: null });

    vi.stubGlobal('navigator', {
      storage: {
        estimate: () => Promise.reject(new Error('denied')),
        persisted: async () => false,
      },
    });
    expect(await storageFacts()).toEqual({ usage: null, quota: null, persisted: false });
  });
});

describe('requestPersistence', () => {
  it('passes on the browser’s answer', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    expect(await requestPersistence()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();

    vi.stubGlobal('navigator', { storage: { persist: async () => false } });
    expect(await requestPersistence()).toBe(false);
  });

  it('is false where the browser cannot be asked or fails', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistence()).toBe(false);
    vi.stubGlobal('navigator', { storage: { persist: () => Promise.reject(new Error('no')) } });
    expect(await requestPersistence()).toBe(false);
  });
});
