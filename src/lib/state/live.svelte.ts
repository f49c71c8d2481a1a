import { liveQuery } from 'dexie';

/** The latest result of a Dexie query, kept current as the database changes. */
export interface Live<T> {
  /** The query's latest result; `undefined` until the first one arrives (loading, not empty). */
  readonly current: T | undefined;
  /** True until the first result or error arrives. */
  readonly loading: boolean;
  /** The error the query last failed with, if its latest run failed. */
  readonly error: unknown;
}

/**
 * A database that could not be opened, under a name Dexie's live queries pass on. They wait in
 * silence on a `DatabaseClosedError`, expecting the database to open again; on a device with no
 * space left it never does, and the view would say "Loading" for ever.
 */
export class DatabaseUnavailableError extends Error {
  constructor(cause: Error) {
    super(cause.message, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

async function passClosedOn<T>(query: () => T | Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    throw error instanceof Error && error.name === 'DatabaseClosedError' ? new DatabaseUnavailableError(error) : error;
  }
}

class LiveQuery<T> implements Live<T> {
  // Results are replaced whole on every change, so they need no deep proxy.
  #current = $state.raw<T | undefined>(undefined);
  #loading = $state(true);
  #error = $state.raw<unknown>(undefined);

  constructor(query: () => T | Promise<T>, inputs?: () => unknown) {
    $effect(() => {
      // Reading the inputs here makes this effect (and so the query) run again when they
      // change; the last result stays on screen until the new one arrives.
      inputs?.();
      const subscription = liveQuery(() => passClosedOn(query)).subscribe({
        next: (value) => {
          this.#current = value;
          this.#error = undefined;
          this.#loading = false;
        },
        error: (error: unknown) => {
          this.#error = error;
          this.#loading = false;
        },
      });
      return () => subscription.unsubscribe();
    });
  }

  get current(): T | undefined {
    return this.#current;
  }

  get loading(): boolean {
    return this.#loading;
  }

  get error(): unknown {
    return this.#error;
  }
}

/**
 * Runs `query` as a Dexie live query for as long as the calling component (or effect root)
 * lives, and exposes its result as reactive state.
 *
 * Call it during component initialisation or inside `$effect.root`. Dexie runs the query
 * outside this effect, so reactive values it reads are not tracked by themselves: name them
 * in `inputs` (e.g. `() => [limit, tag]`) and the query runs again when they change.
 */
export function live<T>(query: () => T | Promise<T>, inputs?: () => unknown): Live<T> {
  return new LiveQuery(query, inputs);
}
