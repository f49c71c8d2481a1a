// Mines one imported article off the main thread: the extractor's time grows with the text
// (about a second per megabyte of deal sentences), and the page must answer the reader
// meanwhile, a Cancel tap included. Receives an Article, answers with it packed.
import type { Article } from '../content/article.ts';
import { packArticle } from '../content/pack-article.ts';

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<Article>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  try {
    scope.postMessage({ packed: packArticle(event.data) });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
