import type { ContentManifest, ContentPack, PackRef } from '../content/article.ts';
import { fetchManifest, fetchPack } from '../db/bundle.ts';
import { db } from '../db/schema.ts';
import { isStorageFull } from '../db/storage-full.ts';
import { syncBundle } from '../db/sync.ts';

/** Where the bundled content comes from: the app's own server or precache, or a test's stand-in. */
export interface ContentSource {
  fetchManifest(): Promise<ContentManifest>;
  fetchPack(ref: PackRef): Promise<ContentPack>;
}

/** Whether the bundled articles have been brought into IndexedDB yet. */
class Library {
  #status = $state<'syncing' | 'ready' | 'failed'>('syncing');
  #error = $state<string | null>(null);
  #progress = $state<{ stored: number; total: number } | null>(null);

  get status() {
    return this.#status;
  }

  /** Why the last sync failed, in words for the reader; null when it did not. */
  get error() {
    return this.#error;
  }

  /** Something the reader should know about what is stored (the reader's data brought back); null when nothing. */
  notice = $state<string | null>(null);

  /** While a first sync stores the corpus: how many articles are stored of how many; null otherwise. */
  get progress() {
    return this.#progress;
  }

  async sync(source: ContentSource = { fetchManifest, fetchPack }) {
    this.#status = 'syncing';
    try {
      await syncBundle(db, await source.fetchManifest(), source.fetchPack, (stored, total) => {
        this.#progress = stored < total ? { stored, total } : null;
      });
      this.#progress = null;
      this.#status = 'ready';
      this.#error = null;
    } catch (error) {
      this.#status = 'failed';
      this.#progress = null;
      // what a first sync stored before the device filled up stays, and is shown
      // a pack that could not be fetched carries fetch's own TypeError as its cause
      const network = error instanceof TypeError || (error instanceof Error && error.cause instanceof TypeError);
      this.#error = isStorageFull(error)
        ? 'this device is out of storage space; free some and Sortie tries again on the next visit'
        : network
          ? 'the network could not be reached' // fetch's own words are "Failed to fetch"
          : error instanceof Error
            ? error.message
            : String(error);
    }
  }
}

export const library = new Library();
