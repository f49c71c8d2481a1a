// Reads and mines one imported article off the main thread: reading a 2 MB text takes up to
// seconds, mining about a second per megabyte of deal sentences, and the page must answer the
// reader meanwhile, a Cancel tap included. Answers each job of mine.ts with its result.
import { packArticle } from '../content/pack-article.ts';
import type { WorkerAnswer, WorkerJob } from './mine.ts';
import { ImportError, readImport } from './read-import.ts';

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<WorkerJob>) => void) | null; postMessage(message: WorkerAnswer): void };

scope.onmessage = (event) => {
  const job = event.data;
  try {
    if ('read' in job) scope.postMessage({ article: readImport(job.read, { today: job.today }) });
    else scope.postMessage({ packed: packArticle(job.mine) });
  } catch (error) {
    if (error instanceof ImportError) scope.postMessage({ refused: error.message });
    else scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
