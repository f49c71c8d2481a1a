// Test articles for search: the real seed, and SYNTHETIC articles made from it (labelled as
// such; test data, not news).
import { readFileSync } from 'node:fs';
import type { Article } from '../../../src/lib/content/article.ts';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';
import { ArticleIndex, type ReadableArticle } from '../../../src/lib/search/article-index.ts';

const SEED_FILE = 'content/articles/2020-10-22-putin-russia-china-military-cooperation.txt';
export const seed: Article = parseArticle(readFileSync(SEED_FILE, 'utf8'), SEED_FILE);

/** A synthetic article with only the given text. */
export function synthetic(id: string, fields: Partial<Article>): Article {
  return {
    ...seed,
    id,
    title: `Synthetic test article ${id}`,
    tags: ['synthetic'],
    paragraphs: ['Synthetic text for a search test.'],
    comments: [],
    related: { previous: null, next: null },
    hash: `hash-${id}`,
    ...fields,
  };
}

/** An in-memory index over these articles, reading their text from memory. */
export function indexOf(articles: ReadableArticle[]): ArticleIndex {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const index = new ArticleIndex(async (ids) => ids.map((id) => byId.get(id)));
  for (const article of articles) index.add(article);
  return index;
}
