// Runes need the client compile of this file, which the jsdom environment selects.
// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb, type SortieDb } from '../../../src/lib/db/schema.ts';
import { live, type Live } from '../../../src/lib/state/live.svelte.ts';

// This file imports nothing from 'svelte' itself: in the node-based unit project that
// resolves to Svelte's server build, whose flushSync/tick do nothing. Effects are flushed
// on a microtask and Dexie answers on a timer, so polling with vi.waitFor is enough.

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

let db: SortieDb;
let destroy: (() => void) | undefined;

afterEach(async () => {
  destroy?.();
  destroy = undefined;
  await db.delete();
});

/** Runs `live(query)` in its own effect root, as a component would. */
function track<T>(query: () => T | Promise<T>): Live<T> {
  let result!: Live<T>;
  destroy = $effect.root(() => {
    result = live(query);
  });
  return result;
}

describe('live', () => {
  it('is undefined and loading until the first result, which is then kept current', async () => {
    db = createDb('test-' + crypto.randomUUID());
    await db.meta.put({ key: 'a', value: 1 });

    const keys = track(() => db.meta.toCollection().primaryKeys());
    await Promise.resolve();
    expect(keys.current).toBeUndefined();
    expect(keys.loading).toBe(true);

    await vi.waitFor(() => expect(keys.current).toEqual(['a']));
    expect(keys.loading).toBe(false);
    expect(keys.error).toBeUndefined();

    await db.meta.put({ key: 'b', value: 2 });
    await vi.waitFor(() => expect(keys.current).toEqual(['a', 'b']));
  });

  it('an empty result is an empty value, not "loading"', async () => {
    db = createDb('test-' + crypto.randomUUID());
    const rows = track(() => db.articles.toArray());
    await vi.waitFor(() => expect(rows.loading).toBe(false));
    expect(rows.current).toEqual([]);
  });

  it('stops following the database once its root is destroyed', async () => {
    db = createDb('test-' + crypto.randomUUID());
    await db.meta.put({ key: 'a', value: 1 });
    const keys = track(() => db.meta.toCollection().primaryKeys());
    await vi.waitFor(() => expect(keys.current).toEqual(['a']));

    destroy?.();
    await db.meta.put({ key: 'b', value: 2 });
    await settle();
    expect(keys.current).toEqual(['a']);
  });

  it('reports a failing query as an error, still without a value', async () => {
    db = createDb('test-' + crypto.randomUUID());
    const failing = track(async (): Promise<number> => {
      await db.meta.get('a');
      throw new Error('query failed');
    });
    await vi.waitFor(() => expect(failing.loading).toBe(false));
    expect(failing.error).toBeInstanceOf(Error);
    expect(failing.current).toBeUndefined();
  });

  it('runs again when a named input changes, keeping the last result until the new one', async () => {
    db = createDb('test-' + crypto.randomUUID());
    await db.meta.bulkPut([{ key: 'a', value: 1 }, { key: 'b', value: 2 }, { key: 'c', value: 3 }]);
    const input = $state({ limit: 1 });
    let result!: Live<string[]>;
    destroy = $effect.root(() => {
      result = live(
        () => db.meta.orderBy('key').limit(input.limit).primaryKeys() as Promise<string[]>,
        () => input.limit,
      );
    });
    await vi.waitFor(() => expect(result.current).toEqual(['a']));
    input.limit = 3;
    expect(result.current).toEqual(['a']); // not back to "loading"
    await vi.waitFor(() => expect(result.current).toEqual(['a', 'b', 'c']));
  });
});

