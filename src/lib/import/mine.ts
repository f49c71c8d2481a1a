// Reading and mining an imported article, in a worker where the browser has them (the page
// stays responsive, and Cancel stops the work at once), in this thread where it has not (Node,
// tests). The readers and the extractor load in this thread only then.
import type { Article, PackedArticle } from '../content/article.ts';
import { ImportError, type ImportInput, type ReadImportOptions } from './import-file.ts';

/** The reader cancelled the import: nothing was stored. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled: nothing was stored.');
    this.name = 'ImportCancelled';
  }
}

/** What the worker is asked (see mine-worker.ts), and what it answers. */
export type WorkerJob = { mine: Article } | { read: ImportInput; today?: Date };
export interface WorkerAnswer {
  packed?: PackedArticle;
  article?: Article;
  /** An ImportError's message: the reader's input was refused, in Sortie's words. */
  refused?: string;
  error?: string;
}

/** Runs `job` in a worker of its own, which stops when the answer comes or `signal` aborts. */
async function inWorker(job: WorkerJob, signal: AbortSignal | undefined, failed: string): Promise<WorkerAnswer> {
  const worker = new Worker(new URL('./mine-worker.ts', import.meta.url), { type: 'module', name: 'Sortie: reading and mining an import' });
  try {
    return await new Promise<WorkerAnswer>((resolve, reject) => {
      const cancel = () => reject(new ImportCancelled());
      signal?.addEventListener('abort', cancel, { once: true });
      worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
        signal?.removeEventListener('abort', cancel);
        resolve(event.data);
      };
      worker.onerror = (event) => {
        signal?.removeEventListener('abort', cancel);
        event.preventDefault();
        reject(new Error(`${failed}: ${event.message || 'the worker could not start'}`));
      };
      worker.postMessage(job);
    });
  } finally {
    worker.terminate(); // also stops work the reader cancelled
  }
}

/** Reads what the reader gave into an article (as `readImport` does), stopping when `signal` aborts. */
export async function readArticle(input: ImportInput, options: ReadImportOptions = {}): Promise<Article> {
  if (options.signal?.aborted) throw new ImportCancelled();
  if (typeof Worker === 'undefined') {
    const { readImport } = await import('./read-import.ts');
    return readImport(input, options);
  }
  const answer = await inWorker({ read: input, today: options.today }, options.signal, 'Reading the article failed');
  if (answer.article) return answer.article;
  if (answer.refused !== undefined) throw new ImportError(answer.refused);
  throw new Error(`Reading the article failed: ${answer.error ?? 'no answer'}`);
}

/** Mines `article` (contracts, claims, mentions), stopping when `signal` aborts. */
export async function mineArticle(article: Article, signal?: AbortSignal): Promise<PackedArticle> {
  if (signal?.aborted) throw new ImportCancelled();
  if (typeof Worker === 'undefined') {
    const { packArticle } = await import('../content/pack-article.ts');
    if (signal?.aborted) throw new ImportCancelled();
    return packArticle(article);
  }
  const answer = await inWorker({ mine: article }, signal, 'Mining the article failed');
  if (answer.packed) return answer.packed;
  throw new Error(`Mining the article failed: ${answer.error ?? 'no answer'}`);
}
