// Where the search index lives. In the browser it is a worker of its own: loading a stored
// index of thousands of articles, building one, saving it and running each query all take
// longer than a frame, and the page must answer the reader's keys meanwhile. Where there are
// no workers (Node, tests) it runs in this thread, through the same interface.
import type { SortieDb } from '../db/schema.ts';
import { isStorageFull } from '../db/storage-full.ts';
import type { ArticleIndex } from './article-index.ts';
import type { SearchResponse } from './search.ts';

/** Told during a long update (a first build): how many articles are indexed, of how many. */
export type EngineProgress = (indexed: number, total: number) => void;

/** The search index, wherever it runs. Searches may run while an update is under way. */
export interface SearchEngine {
  /**
   * Loads, builds or updates the index from the stored articles. Resolves true when what is
   * searchable changed. During a first build, `onProgress` says how far it is, and searches
   * meanwhile find what is indexed so far. `onReady` is told as soon as a stored index is
   * loaded, before it is checked against the articles: searches may run from then on.
   */
  update(onProgress?: EngineProgress, onReady?: () => void): Promise<boolean>;
  /** The best `limit` articles for `query`, with their snippets; empty until an index is loaded. */
  search(query: string, limit: number): Promise<SearchResponse>;
  /** Whether anything is searchable yet (a first build has indexed its first batch). */
  readonly ready: boolean;
}

/** The index in this thread, over `db`. */
export class LocalEngine implements SearchEngine {
  readonly #db: SortieDb;
  #index: ArticleIndex | null = null;

  constructor(db: SortieDb) {
    this.#db = db;
  }

  get ready(): boolean {
    return this.#index !== null;
  }

  async update(onProgress?: EngineProgress, onReady?: () => void): Promise<boolean> {
    const { ensureSearchIndex } = await import('./persisted-index.ts');
    const { index, update } = await ensureSearchIndex(
      this.#db,
      this.#index ?? undefined,
      (partial, indexed, total) => {
        this.#index = partial;
        onProgress?.(indexed, total);
      },
      (stored) => {
        this.#index = stored;
        onReady?.();
      },
    );
    const changed = index !== this.#index || update.added + update.replaced + update.removed > 0;
    this.#index = index;
    return changed;
  }

  async search(query: string, limit: number): Promise<SearchResponse> {
    if (!this.#index) return { total: 0, results: [] };
    const { search } = await import('./search.ts');
    return search(this.#index, query, { limit });
  }
}

/** What the page asks the worker (search-worker.ts): each call has an id its answers carry. */
export type EngineCall =
  | { id: number; database: string; update: true }
  | { id: number; database: string; search: { query: string; limit: number } };

/**
 * Searches asked faster than they are answered (one a key, at 50,000 articles each match takes
 * tens of milliseconds): only the newest search of a database is worked on. The page has
 * already dropped the older ones, so matching them only made the newest wait behind them.
 */
export class NewestSearch {
  /** Per database, the id of the newest search asked. */
  readonly #newest = new Map<string, number>();

  /** Notes a search as it arrives. */
  asked(call: { id: number; database: string }): void {
    this.#newest.set(call.database, call.id);
  }

  /** Whether `call` is still its database's newest search once the calls already sent have arrived. */
  async stillNewest(call: { id: number; database: string }): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, 0)); // let any message waiting be read first
    return this.#newest.get(call.database) === call.id;
  }
}

/** What the worker answers: progress of an update, then its result, or why it failed. */
export type EngineAnswer =
  | { id: number; progress: [indexed: number, total: number] }
  | { id: number; loaded: true }
  | { id: number; changed: boolean; ready: boolean }
  | { id: number; found: SearchResponse }
  | { id: number; failed: FailureInWords };

/** An error as it crosses from the worker: enough for `readerMessage` to say what happened. */
export interface FailureInWords {
  name: string;
  message: string;
  storageFull: boolean;
}

export function describeFailure(error: unknown): FailureInWords {
  return {
    name: error instanceof Error ? error.name : 'Error',
    message: error instanceof Error ? error.message : String(error),
    storageFull: isStorageFull(error),
  };
}

/** The worker's failure as an error of this thread, with the same name and, when it was one, a full disk as its cause. */
export function failureError({ name, message, storageFull }: FailureInWords): Error {
  const error = new Error(message, storageFull ? { cause: { name: 'QuotaExceededError' } } : undefined);
  error.name = name;
  return error;
}

interface Pending {
  resolve(answer: EngineAnswer): void;
  reject(error: Error): void;
  onProgress?: EngineProgress;
  onLoaded?: () => void;
}

/** The index in a worker of its own, started at the first call and kept for the tab's life. */
export class WorkerEngine implements SearchEngine {
  readonly #database: string;
  #worker: Worker | null = null;
  #next = 1;
  readonly #pending = new Map<number, Pending>();
  #ready = false;

  constructor(database: string) {
    this.#database = database;
  }

  get ready(): boolean {
    return this.#ready;
  }

  async update(onProgress?: EngineProgress, onReady?: () => void): Promise<boolean> {
    const answer = await this.#call(
      { update: true },
      (indexed, total) => {
        this.#ready = true;
        onProgress?.(indexed, total);
      },
      () => {
        this.#ready = true;
        onReady?.();
      },
    );
    if (!('changed' in answer)) throw new Error('The search worker gave no answer to an update');
    this.#ready = answer.ready;
    return answer.changed;
  }

  async search(query: string, limit: number): Promise<SearchResponse> {
    const answer = await this.#call({ search: { query, limit } });
    if (!('found' in answer)) throw new Error('The search worker gave no answer to a search');
    return answer.found;
  }

  #call(what: { update: true } | { search: { query: string; limit: number } }, onProgress?: EngineProgress, onLoaded?: () => void): Promise<EngineAnswer> {
    const worker = this.#start();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress, onLoaded });
      worker.postMessage({ id, database: this.#database, ...what } satisfies EngineCall);
    });
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'Sortie: search' });
    worker.onmessage = (event: MessageEvent<EngineAnswer>) => {
      const answer = event.data;
      const pending = this.#pending.get(answer.id);
      if (!pending) return;
      if ('progress' in answer) return pending.onProgress?.(...answer.progress);
      if ('loaded' in answer) return pending.onLoaded?.();
      this.#pending.delete(answer.id);
      if ('failed' in answer) pending.reject(failureError(answer.failed));
      else pending.resolve(answer);
    };
    worker.onerror = (event) => {
      // the worker could not start or threw outside a call: every call waiting is failed, and
      // the next one starts a new worker
      event.preventDefault();
      const error = new Error(`The search worker stopped: ${event.message || 'it could not start'}`);
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
      worker.terminate();
      this.#worker = null;
      this.#ready = false;
    };
    this.#worker = worker;
    return worker;
  }
}

/** The engine for `db`: a worker where the browser has them, this thread otherwise. */
export function openEngine(db: SortieDb): SearchEngine {
  return typeof Worker === 'undefined' ? new LocalEngine(db) : new WorkerEngine(db.name);
}
