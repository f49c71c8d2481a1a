import Dexie, { type ObservabilitySet } from 'dexie';
import { db, type SortieDb } from '../db/schema.ts';
import { readerMessage } from '../reader-message.ts';
import { openEngine, type SearchEngine } from './engine.ts';
import type { SearchResponse } from './search.ts';

/** `idle`: not loaded yet; `indexing`: loading, building or updating; `ready`: searchable. */
export type SearchStatus = 'idle' | 'indexing' | 'ready';

/**
 * This tab's search index: loaded when search is first used, then kept in step with the
 * stored articles. It runs in a worker (engine.ts), started only then, so neither it nor
 * the search engine is part of the app shell.
 */
export class SearchState {
  readonly #db: SortieDb;
  #engine: SearchEngine | null = null;
  #status = $state<SearchStatus>('idle');
  // The index changes where it runs; `revision` says when, so searches can run again.
  #ready = $state(false);
  #revision = $state(0);
  #error = $state<string | null>(null);
  #progress = $state.raw<{ indexed: number; total: number } | null>(null);
  #running: Promise<void> | null = null;
  #queued: Promise<void> | null = null;

  constructor(database: SortieDb) {
    this.#db = database;
  }

  get status(): SearchStatus {
    return this.#status;
  }

  /** Whether there is an index to search: false until the first load, or a first build's first batch, is done. */
  get ready(): boolean {
    return this.#ready;
  }

  /** The best `limit` articles for `query`; nothing before the index is ready. */
  search(query: string, limit = 50): Promise<SearchResponse> {
    if (!this.#engine) return Promise.resolve({ total: 0, results: [] });
    return this.#engine.search(query, limit);
  }

  /** Goes up each time the index's contents change. */
  get revision(): number {
    return this.#revision;
  }

  /** While a long update runs (a first build): how many articles are indexed of how many; null otherwise. */
  get progress(): { indexed: number; total: number } | null {
    return this.#progress;
  }

  /** Why the index could not be loaded or updated, in words; null when it could. */
  get error(): string | null {
    return this.#error;
  }

  /** Loads the index (building or updating it as needed) unless it is loaded or loading already. */
  open(): Promise<void> {
    if (this.#status === 'idle') return this.#schedule();
    return this.#queued ?? this.#running ?? Promise.resolve();
  }

  /**
   * Brings the loaded index up to date with the stored articles, after a sync or an import.
   * Before search is first used there is nothing to do: opening it checks every article anyway.
   */
  refresh(): Promise<void> {
    if (this.#status === 'idle' && !this.#running) return Promise.resolve();
    return this.#schedule();
  }

  /** One update at a time; requests made during one share a single run after it. */
  #schedule(): Promise<void> {
    if (this.#queued) return this.#queued;
    if (this.#running) {
      this.#queued = this.#running.then(() => {
        this.#queued = null;
        return this.#start();
      });
      return this.#queued;
    }
    return this.#start();
  }

  #start(): Promise<void> {
    const run = this.#update().finally(() => {
      if (this.#running === run) this.#running = null;
    });
    this.#running = run;
    return run;
  }

  async #update(): Promise<void> {
    this.#status = 'indexing';
    this.#engine ??= openEngine(this.#db);
    const engine = this.#engine;
    try {
      const changed = await engine.update(
        (indexed, total) => {
          // searches run on what is indexed so far
          this.#ready = true;
          this.#revision++;
          this.#progress = { indexed, total };
        },
        () => {
          // the stored index is searchable while it is checked against the articles
          this.#ready = true;
          this.#revision++;
        },
      );
      this.#ready = engine.ready;
      if (changed) this.#revision++;
      this.#error = null;
    } catch (error) {
      // the reader sees "Search is not available: …": Sortie's words, never a raw exception's
      this.#error = readerMessage(error, 'its index could not be built. Reload the app to try again.');
    } finally {
      this.#progress = null;
      this.#status = engine.ready ? 'ready' : 'idle';
    }
  }
}

export const searchState = new SearchState(db);

/** Call after the stored articles change (a sync, an import, a deletion). */
export function refreshSearchIndex(): Promise<void> {
  return searchState.refresh();
}

/**
 * Keeps the index in step with the stored articles, whoever changes them (a sync, an import,
 * a deletion, a data import or reset, in this tab or another): every committed write to the
 * articles refreshes it, which does nothing until search has been used. Nothing is read to
 * follow: a start costs the same whatever the number of articles.
 * Returns the function that stops following.
 */
export function followArticleChanges(database: SortieDb = db, refresh: () => unknown = refreshSearchIndex): () => void {
  const articles = `idb://${database.name}/articles/`;
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(articles))) void refresh();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
