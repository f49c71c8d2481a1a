// Mining an imported article, in a worker where the browser has them (the page stays
// responsive, and Cancel stops the work at once), in this thread where it has not (Node, tests).
import type { Article, PackedArticle } from '../content/article.ts';

/** The reader cancelled the import: nothing was stored. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled: nothing was stored.');
    this.name = 'ImportCancelled';
  }
}

/** Mines `article` (contracts, claims, mentions), stopping when `signal` aborts. */
export async function mineArticle(article: Article, signal?: AbortSignal): Promise<PackedArticle> {
  if (signal?.aborted) throw new ImportCancelled();
  if (typeof Worker === 'undefined') {
    const { packArticle } = await import('../content/pack-article.ts');
    if (signal?.aborted) throw new ImportCancelled();
    return packArticle(article);
  }
  const worker = new Worker(new URL('./mine-worker.ts', import.meta.url), { type: 'module', name: 'Sortie: mining an import' });
  try {
    return await new Promise<PackedArticle>((resolve, reject) => {
      const cancel = () => reject(new ImportCancelled());
      signal?.addEventListener('abort', cancel, { once: true });
      worker.onmessage = (event: MessageEvent<{ packed?: PackedArticle; error?: string }>) => {
        signal?.removeEventListener('abort', cancel);
        if (event.data.packed) resolve(event.data.packed);
        else reject(new Error(`Mining the article failed: ${event.data.error ?? 'no answer'}`));
      };
      worker.onerror = (event) => {
        signal?.removeEventListener('abort', cancel);
        event.preventDefault();
        reject(new Error(`Mining the article failed: ${event.message || 'the worker could not start'}`));
      };
      worker.postMessage(article);
    });
  } finally {
    worker.terminate(); // also stops a mining the reader cancelled
  }
}
