import type { ArticleIndex } from './article-index.ts';
import { snippetOf, type Snippet } from './snippet.ts';

/** One article found, as the Search view lists it. */
export interface SearchResult {
  id: string;
  title: string;
  date: string;
  publication: string;
  score: number;
  snippet: Snippet;
  /** True when only the reader comments matched: the snippet is from a comment. */
  inComments: boolean;
}

/** The results shown and how many articles matched in all. */
export interface SearchResponse {
  total: number;
  results: SearchResult[];
}

/**
 * Searches the index and reads the best `limit` articles for their snippets. Articles deleted
 * since they were indexed are left out.
 */
export async function search(index: ArticleIndex, query: string, { limit = 50 } = {}): Promise<SearchResponse> {
  const matches = index.match(query);
  const top = matches.slice(0, limit);
  const articles = top.length > 0 ? await index.read(top.map((match) => match.id)) : [];
  const results: SearchResult[] = [];
  for (const [i, match] of top.entries()) {
    const article = articles[i];
    if (!article) continue;
    results.push({
      id: article.id,
      title: article.title,
      date: article.date,
      publication: article.publication,
      score: match.score,
      snippet: snippetOf(article, new Set(match.terms), match.inComments),
      inComments: match.inComments,
    });
  }
  return { total: matches.length - (top.length - results.length), results };
}
